// The learner's log as the rest of coach sees it: what was done, solved, rested and learnt.
// Plain JSON values only, so an export file holds exactly these shapes.
import type { IsoDate } from '../schedule/dates.js';
import type { Minutes, Plan } from '../track/model.js';
import type { Rating } from '../practice/ratings.js';
import type { completions, Difficulty, drops, EntityType, lessons, practice, problems, revisits, skips, timers } from './entities.js';

export { DIFFICULTIES, type Difficulty } from './entities.js';

export type ActionKind = 'done' | 'dsa' | 'skip' | 'lesson' | 'import' | 'remove' | 'drop' | 'practice' | 'revisit' | 'timer';

// Derived from the declarations in entities.ts, the one place a column is named.
export type Completion = EntityType<typeof completions>;
export type Revisit = EntityType<typeof revisits>;
export type Problem = EntityType<typeof problems>;
export type Skip = EntityType<typeof skips>;
export type Lesson = EntityType<typeof lessons>;
export type Drop = EntityType<typeof drops>;
export type Practice = EntityType<typeof practice>;
export type Timer = EntityType<typeof timers>;

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
  date: IsoDate;
  title?: string | null;
  difficulty?: Difficulty | null;
  topics?: readonly string[];
  url?: string | null;
  minutes?: number | null;
  note?: string | null;
  /** How it went; a titled problem is a revisit card (untitled ones are not, and get none). */
  rating?: Rating | null;
}

export interface RevisitInput {
  kind: Revisit['kind'];
  title: string;
  date: IsoDate;
  action: Revisit['action'];
  rating?: Rating | null;
  minutes?: number | null;
}

export interface LessonInput {
  track: string;
  week: number;
  text: string;
  date: IsoDate;
}

export interface MarkDoneResult {
  added: Completion[];
  /** Completions of blocks already done whose minutes or note were corrected, as they are now. */
  updated: Completion[];
  /** Block ids that were already done; their rows are unchanged. */
  already: string[];
}

export interface DropResult {
  added: Drop[];
  /** Block ids already done: a completion is never let go. */
  done: string[];
  /** Block ids already let go. */
  already: string[];
}

export interface UndoResult {
  kind: ActionKind;
  summary: string;
  /**
   * Rows the action added and undo deleted; fewer than it added if some were already gone or
   * changed since.
   */
  removed: number;
  /** Rows put back as they were: removed by the action (`coach dsa rm`, `coach lesson rm`) or corrected by it (`coach done --minutes`). */
  restored: number;
}
