// The writes that `coach undo` can revert: each builds its full domain rows, inserts, corrects or
// removes them and logs one action naming them. Callers check the arguments and hold an IMMEDIATE transaction.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { attach } from '../log/attach.js';
import { columnNames, completions, lessons, practice, problems, revisits, skips, type EntityType } from '../log/entities.js';
import type { Cell } from '../log/fields.js';
import type { Completion, CompletionInput, Lesson, LessonInput, MarkDoneResult, Problem, ProblemInput, Revisit, RevisitInput, Skip } from '../log/types.js';
import type { IsoDate } from '../schedule/dates.js';
import { someOf } from '../text/some.js';
import type { Track } from '../track/model.js';
import { fromRow, type RowOf } from './rows.js';
import { insertRow, recordAction, rowById, type RowRef } from './tables.js';

/** Fields of a completion that `coach done` may correct on a block already done. */
export interface Correction {
  minutes?: number;
  note?: string;
}

function completionsOf(db: Database, track: string): Completion[] {
  const columns = columnNames(completions).join(', ');
  return db
    .prepare<[string], RowOf<typeof completions>>(`SELECT ${columns} FROM completions WHERE track = ? ORDER BY date, created_at, rowid`)
    .all(track)
    .map((row) => fromRow(completions, row));
}

/** The columns `fix` changes on `row`, with their values before; empty when it changes nothing. */
function changes(row: Completion, fix: Correction): Record<string, Cell> {
  const before: Record<string, Cell> = {};
  if (fix.minutes !== undefined && fix.minutes !== row.minutes) before.minutes = row.minutes;
  if (fix.note !== undefined && fix.note !== row.note) before.note = row.note;
  return before;
}

/**
 * A block the matching rule already gives a completion (see `attach`) is not logged again: with
 * minutes or a note, that completion is corrected instead (`updated`), else it is reported in
 * `already`. Deciding inside the caller's IMMEDIATE transaction means two processes marking the
 * same block at once log it once.
 */
export function markDone(
  db: Database,
  now: string,
  track: Track,
  items: readonly CompletionInput[],
  date: IsoDate,
  opts: Correction,
): MarkDoneResult {
  const { result, refs } = markDoneRows(db, now, track, items, date, opts);
  if (refs.length > 0) recordAction(db, 'done', doneSummary(result.added, result.updated), now, refs);
  return result;
}

/** `markDone`'s rows without its action, for a write that logs them in an action of its own (a timer's stop). */
export function markDoneRows(
  db: Database,
  now: string,
  track: Track,
  items: readonly CompletionInput[],
  date: IsoDate,
  opts: Correction,
): { result: MarkDoneResult; refs: RowRef[] } {
  const byBlock = new Map(attach(track, completionsOf(db, track.id)).byBlock);
  const added: Completion[] = [];
  const updated: Completion[] = [];
  const already: string[] = [];
  const refs: RowRef[] = [];
  for (const item of items) {
    if (item.track !== track.id) throw new Error(`block ${item.blockId} is not of track ${track.id}`);
    const done = byBlock.get(item.blockId);
    if (done) {
      const before = changes(done, opts);
      if (Object.keys(before).length === 0) {
        already.push(item.blockId);
        continue;
      }
      const row: Completion = { ...done, minutes: opts.minutes ?? done.minutes, note: opts.note ?? done.note };
      db.prepare('UPDATE completions SET minutes = ?, note = ? WHERE id = ?').run(row.minutes, row.note, row.id);
      updated.push(row);
      refs.push({ table: completions.table, id: row.id, value: JSON.stringify(before) });
      continue;
    }
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
    insertRow(db, completions, row);
    byBlock.set(item.blockId, row);
    added.push(row);
    refs.push({ table: completions.table, id: row.id });
  }
  return { result: { added, updated, already }, refs };
}

function doneSummary(added: readonly Completion[], updated: readonly Completion[]): string {
  const names = (rows: readonly Completion[]): string => someOf(rows.map((r) => `${r.label} (${r.category})`));
  const blocks = (n: number): string => (n === 1 ? '1 block' : `${n} blocks`);
  const parts = [
    ...(added.length ? [`marked ${blocks(added.length)} done: ${names(added)}`] : []),
    ...(updated.length ? [`corrected ${blocks(updated.length)}: ${names(updated)}`] : []),
  ];
  return parts.join('; ');
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
    rating: p.title ? (p.rating ?? null) : null,
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
export function addSkip(db: Database, now: string, date: IsoDate): { added: boolean } {
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
export function removeRow<E extends typeof problems | typeof lessons | typeof practice>(
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

/** A re-solve, skip or retirement of a revisit card, as one undoable action. */
export function addRevisit(db: Database, now: string, input: RevisitInput): Revisit {
  const row: Revisit = {
    id: randomUUID(), kind: input.kind, title: input.title, date: input.date, action: input.action,
    rating: input.action === 'review' ? (input.rating ?? null) : null, minutes: input.minutes ?? null, createdAt: now,
  };
  insertRow(db, revisits, row);
  const what = { review: `re-solved ${JSON.stringify(row.title)} (${row.rating})`, skip: `postponed ${JSON.stringify(row.title)} by a day`, forget: `retired ${JSON.stringify(row.title)}` };
  recordAction(db, 'revisit', `${what[row.action]} on ${row.date}`, now, [{ table: revisits.table, id: row.id }]);
  return row;
}
