// The learner's log as the rest of coach sees it: what was done, solved, rested and learnt.
// Plain JSON values only, so an export file holds exactly these shapes.
import type { Minutes, Plan } from '../track/model.js';

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

export type ActionKind = 'done' | 'dsa' | 'skip' | 'lesson' | 'import';

/** A block marked done, with a snapshot of the block as it was planned that day. */
export interface Completion {
  id: string;
  blockId: string;
  /** Study date, YYYY-MM-DD. */
  date: string;
  track: string;
  week: number;
  day: number;
  plan: Plan;
  label: string;
  category: string;
  title: string;
  planned: Minutes | null;
  /** Actual minutes, when the learner gave them. */
  minutes: number | null;
  note: string | null;
  createdAt: string;
}

export interface Problem {
  id: string;
  date: string;
  title: string | null;
  difficulty: Difficulty | null;
  topics: string[];
  url: string | null;
  minutes: number | null;
  note: string | null;
  createdAt: string;
}

export interface Skip {
  id: string;
  date: string;
  createdAt: string;
}

export interface Lesson {
  id: string;
  track: string;
  week: number;
  text: string;
  date: string;
  createdAt: string;
}

export interface ActionSummary {
  id: number;
  kind: ActionKind;
  summary: string;
  createdAt: string;
  undone: boolean;
}

/** A block to mark done, as the schedule shows it today. */
export interface CompletionInput {
  blockId: string;
  track: string;
  week: number;
  day: number;
  plan: Plan;
  label: string;
  category: string;
  title: string;
  minutes: Minutes | null;
}

export interface ProblemInput {
  date: string;
  title?: string | null;
  difficulty?: Difficulty | null;
  topics?: readonly string[];
  url?: string | null;
  minutes?: number | null;
  note?: string | null;
}

export interface LessonInput {
  track: string;
  week: number;
  text: string;
  date: string;
}

export interface MarkDoneResult {
  added: Completion[];
  /** Block ids that were already done; their rows are unchanged. */
  already: string[];
}
