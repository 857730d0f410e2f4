// The typed rows the store takes and hands out, and their mapping from SQLite's snake_case columns.
// Row shapes are also what an export file holds, so they use plain JSON values only.
import type { Minutes, Plan } from '../track/model.js';

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

export type ActionKind = 'done' | 'dsa' | 'skip' | 'lesson' | 'import';

/** A block marked done, with a snapshot of the block as it was planned that day. */
export interface CompletionRow {
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

export interface ProblemRow {
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

export interface SkipRow {
  id: string;
  date: string;
  createdAt: string;
}

export interface LessonRow {
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
  added: CompletionRow[];
  /** Block ids that were already done; their rows are unchanged. */
  already: string[];
}

// What SQLite returns, column for column; only the store reads these.
export interface CompletionRecord {
  id: string;
  block_id: string;
  date: string;
  track: string;
  week: number;
  day: number;
  plan: Plan;
  label: string;
  category: string;
  title: string;
  planned_min: number | null;
  planned_max: number | null;
  minutes: number | null;
  note: string | null;
  created_at: string;
}

export interface ProblemRecord {
  id: string;
  date: string;
  title: string | null;
  difficulty: Difficulty | null;
  topics: string;
  url: string | null;
  minutes: number | null;
  note: string | null;
  created_at: string;
}

export interface SkipRecord {
  id: string;
  date: string;
  created_at: string;
}

export interface LessonRecord {
  id: string;
  track: string;
  week: number;
  text: string;
  date: string;
  created_at: string;
}

export interface ActionRecord {
  id: number;
  kind: ActionKind;
  summary: string;
  created_at: string;
  undone: number;
}

export function toCompletion(r: CompletionRecord): CompletionRow {
  return {
    id: r.id,
    blockId: r.block_id,
    date: r.date,
    track: r.track,
    week: r.week,
    day: r.day,
    plan: r.plan,
    label: r.label,
    category: r.category,
    title: r.title,
    planned: r.planned_min === null || r.planned_max === null ? null : { min: r.planned_min, max: r.planned_max },
    minutes: r.minutes,
    note: r.note,
    createdAt: r.created_at,
  };
}

export function fromCompletion(c: CompletionRow): CompletionRecord {
  return {
    id: c.id,
    block_id: c.blockId,
    date: c.date,
    track: c.track,
    week: c.week,
    day: c.day,
    plan: c.plan,
    label: c.label,
    category: c.category,
    title: c.title,
    planned_min: c.planned?.min ?? null,
    planned_max: c.planned?.max ?? null,
    minutes: c.minutes,
    note: c.note,
    created_at: c.createdAt,
  };
}

function parseTopics(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    // A hand-edited row should not make every listing fail.
    return [];
  }
}

export function toProblem(r: ProblemRecord): ProblemRow {
  return {
    id: r.id,
    date: r.date,
    title: r.title,
    difficulty: r.difficulty,
    topics: parseTopics(r.topics),
    url: r.url,
    minutes: r.minutes,
    note: r.note,
    createdAt: r.created_at,
  };
}

export function fromProblem(p: ProblemRow): ProblemRecord {
  return {
    id: p.id,
    date: p.date,
    title: p.title,
    difficulty: p.difficulty,
    topics: JSON.stringify(p.topics),
    url: p.url,
    minutes: p.minutes,
    note: p.note,
    created_at: p.createdAt,
  };
}

export function toSkip(r: SkipRecord): SkipRow {
  return { id: r.id, date: r.date, createdAt: r.created_at };
}

export function toLesson(r: LessonRecord): LessonRow {
  return { id: r.id, track: r.track, week: r.week, text: r.text, date: r.date, createdAt: r.created_at };
}

export function toAction(r: ActionRecord): ActionSummary {
  return { id: r.id, kind: r.kind, summary: r.summary, createdAt: r.created_at, undone: r.undone !== 0 };
}
