// SQLite's rows, column for column, and their mapping to the log's domain types.
import type { Plan } from '../track/model.js';
import type { ActionKind, ActionSummary, Completion, Difficulty, Lesson, Problem, Skip } from '../log/types.js';

// What SQLite returns, column for column; only the store reads these.
export interface CompletionRow {
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

export interface ProblemRow {
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

export interface SkipRow {
  id: string;
  date: string;
  created_at: string;
}

export interface LessonRow {
  id: string;
  track: string;
  week: number;
  text: string;
  date: string;
  created_at: string;
}

export interface ActionRow {
  id: number;
  kind: ActionKind;
  summary: string;
  created_at: string;
  undone: number;
}

export function toCompletion(r: CompletionRow): Completion {
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

export function fromCompletion(c: Completion): CompletionRow {
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

export function toProblem(r: ProblemRow): Problem {
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

export function fromProblem(p: Problem): ProblemRow {
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

export function toSkip(r: SkipRow): Skip {
  return { id: r.id, date: r.date, createdAt: r.created_at };
}

export function toLesson(r: LessonRow): Lesson {
  return { id: r.id, track: r.track, week: r.week, text: r.text, date: r.date, createdAt: r.created_at };
}

export function toAction(r: ActionRow): ActionSummary {
  return { id: r.id, kind: r.kind, summary: r.summary, createdAt: r.created_at, undone: r.undone !== 0 };
}
