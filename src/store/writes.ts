// The writes that `coach undo` can revert: each builds its full domain rows, inserts (or removes)
// them and logs one action naming them. Callers check the arguments and hold an IMMEDIATE transaction.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { completions, lessons, problems, skips, type EntityType } from '../log/entities.js';
import type { Completion, CompletionInput, Lesson, LessonInput, MarkDoneResult, Problem, ProblemInput, Skip } from '../log/types.js';
import { fromRow } from './rows.js';
import { insertRow, recordAction, rowById } from './tables.js';

/** Blocks already done are left as they were and reported in `already`. */
export function markDone(
  db: Database,
  now: string,
  items: readonly CompletionInput[],
  date: string,
  opts: { minutes?: number; note?: string },
): MarkDoneResult {
  const added: Completion[] = [];
  const already: string[] = [];
  for (const item of items) {
    const row: Completion = {
      id: randomUUID(),
      blockId: item.blockId,
      date,
      track: item.track,
      week: item.week,
      day: item.day,
      plan: item.plan,
      label: item.label,
      category: item.category,
      title: item.title,
      planned: item.minutes ? { min: item.minutes.min, max: item.minutes.max } : null,
      minutes: opts.minutes ?? null,
      note: opts.note ?? null,
      createdAt: now,
    };
    if (insertRow(db, completions, row)) added.push(row);
    else already.push(item.blockId);
  }
  if (added.length > 0) {
    const names = added.map((r) => `${r.label} (${r.category})`).join(', ');
    const blocks = added.length === 1 ? '1 block' : `${added.length} blocks`;
    const refs = added.map((r) => ({ table: completions.table, id: r.id }));
    recordAction(db, 'done', `marked ${blocks} done: ${names}`, now, refs);
  }
  return { added, already };
}

export function addProblems(db: Database, now: string, list: readonly ProblemInput[]): Problem[] {
  const added = list.map((p): Problem => ({
    id: randomUUID(),
    date: p.date,
    title: p.title ?? null,
    difficulty: p.difficulty ?? null,
    topics: [...(p.topics ?? [])],
    url: p.url ?? null,
    minutes: p.minutes ?? null,
    note: p.note ?? null,
    createdAt: now,
  }));
  for (const row of added) insertRow(db, problems, row);
  const only = added.length === 1 ? added[0] : undefined;
  const summary = only?.title
    ? `logged DSA problem ${JSON.stringify(only.title)}`
    : `logged ${added.length} DSA problem${added.length === 1 ? '' : 's'}`;
  recordAction(db, 'dsa', summary, now, added.map((r) => ({ table: problems.table, id: r.id })));
  return added;
}

/** `added` is false when the date already was a day off. */
export function addSkip(db: Database, now: string, date: string): { added: boolean } {
  const row: Skip = { id: randomUUID(), date, createdAt: now };
  const added = insertRow(db, skips, row);
  if (added) recordAction(db, 'skip', `skipped ${date}`, now, [{ table: skips.table, id: row.id }]);
  return { added };
}

export function addLesson(db: Database, now: string, input: LessonInput): Lesson {
  const { track, week, text, date } = input;
  const row: Lesson = { id: randomUUID(), track, week, text, date, createdAt: now };
  insertRow(db, lessons, row);
  recordAction(db, 'lesson', `noted ${lessonLine(row)}`, now, [{ table: lessons.table, id: row.id }]);
  return row;
}

/**
 * Remove one problem or lesson by id, keeping the whole row in the action log so undo can put it
 * back as it was. Null, and nothing written, when there is no such row.
 */
export function removeRow<E extends typeof problems | typeof lessons>(
  db: Database, now: string, entity: E, id: string, describe: (row: EntityType<E>) => string,
): EntityType<E> | null {
  const row = rowById(db, entity, id);
  if (!row) return null;
  const removed = fromRow(entity, row);
  db.prepare(`DELETE FROM ${entity.table} WHERE id = ?`).run(id);
  recordAction(db, 'remove', `removed ${describe(removed)}`, now, [{ table: entity.table, id, removed: JSON.stringify(row) }]);
  return removed;
}

/** A problem as an action's summary names it. */
export function problemLine(p: Problem): string {
  return `${p.title ? `DSA problem ${JSON.stringify(p.title)}` : 'an untitled DSA problem'} of ${p.date}`;
}

/** A lesson as an action's summary names it, its text cut to 60 characters. */
export function lessonLine(l: Lesson): string {
  const short = l.text.length > 60 ? `${l.text.slice(0, 59)}…` : l.text;
  return `a lesson for ${l.track} week ${l.week}: ${JSON.stringify(short)}`;
}
