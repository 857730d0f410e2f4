// The timer's writes: start, pause, resume, stop and cancel, in steps that one command logs as one
// action, so `coach undo` reverts a `coach start` that also stopped the timer before it, whole.
// Callers hold an IMMEDIATE transaction; nothing here opens one.
import type { Database } from 'better-sqlite3';
import { DataError } from '../errors.js';
import { columnNames, timers } from '../log/entities.js';
import type { MarkDoneResult, Timer } from '../log/types.js';
import type { Track } from '../track/model.js';
import { fromRow, type RowOf } from './rows.js';
import { statement } from './statements.js';
import { insertRow, recordAction, rowById, type RowRef } from './tables.js';
import { markDoneRows } from './writes.js';

export type TimerStep =
  | { kind: 'start'; row: Timer }
  | { kind: 'pause'; id: string; at: string }
  | { kind: 'resume'; id: string; at: string }
  /** `minutes` null: none counted (the clock went back); `keepOpen`: the block is not marked done. */
  | { kind: 'stop'; id: string; at: string; minutes: number | null; keepOpen: boolean }
  | { kind: 'cancel'; id: string };

export interface TimerResult {
  /** The stop's completion (added or corrected) when it marked a block done. */
  done: MarkDoneResult | null;
  /** Minutes of earlier sessions kept open on the same block that the stop added to its own. */
  carried: number;
}

/** The timer not stopped, the latest started if an import brought in another; null when none runs. */
export function runningTimer(db: Database): Timer | null {
  const sql = `SELECT ${columnNames(timers).join(', ')} FROM timers WHERE stopped_at IS NULL ORDER BY started_at DESC, rowid DESC LIMIT 1`;
  const row = statement<[], RowOf<typeof timers>>(db, sql).get();
  return row ? fromRow(timers, row) : null;
}

function current(db: Database, id: string): Timer {
  const row = rowById(db, timers, id);
  const timer = row ? fromRow(timers, row) : null;
  // Another coach stopped or cancelled it since this one read it.
  if (!timer || timer.stoppedAt !== null) throw new DataError('the timer changed while this command ran (another coach?); run it again');
  return timer;
}

/** Update some columns of a timer, keeping their earlier values for undo. */
function update(db: Database, id: string, after: Record<string, string | number | null>, before: Record<string, string | number | null>, refs: RowRef[]): void {
  const cols = Object.keys(after);
  statement(db, `UPDATE timers SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...cols.map((c) => after[c] ?? null), id);
  refs.push({ table: timers.table, id, value: JSON.stringify(before) });
}

/** Sessions of the block kept open earlier (`stop --keep-open`), whose minutes a stop that marks it done takes in. */
function keptOpen(db: Database, t: Timer): Timer[] {
  const sql = `SELECT ${columnNames(timers).join(', ')} FROM timers WHERE track = ? AND block_id = ? AND outcome = 'open' AND id <> ?`;
  return statement<[string, string, string], RowOf<typeof timers>>(db, sql).all(t.track, t.blockId, t.id).map((r) => fromRow(timers, r));
}

function stop(db: Database, now: string, track: Track | null, step: Extract<TimerStep, { kind: 'stop' }>, refs: RowRef[]): TimerResult {
  const t = current(db, step.id);
  update(db, t.id, { stopped_at: step.at, minutes: step.minutes, outcome: step.keepOpen ? 'open' : 'done' }, { stopped_at: null, minutes: null, outcome: null }, refs);
  if (step.keepOpen) return { done: null, carried: 0 };
  if (!track || track.id !== t.track) throw new Error(`the timer's block ${t.blockId} is not of the track loaded`);
  const earlier = keptOpen(db, t);
  for (const e of earlier) update(db, e.id, { outcome: 'done' }, { outcome: 'open' }, refs);
  const carried = earlier.reduce((sum, e) => sum + (e.minutes ?? 0), 0);
  const total = (step.minutes ?? 0) + carried;
  const item = { blockId: t.blockId, track: t.track, week: t.week, day: t.day, plan: t.plan, label: t.label, category: t.category, title: t.title, minutes: t.planned };
  const marked = markDoneRows(db, now, track, [item], t.date, total > 0 ? { minutes: total } : {});
  refs.push(...marked.refs);
  return { done: marked.result, carried };
}

/** The length of a pause ended at `at`; none when the clock went back meanwhile. */
function pauseMs(pausedAt: string, at: string): number {
  return Math.max(0, Date.parse(at) - Date.parse(pausedAt));
}

/** Apply the steps in order and log them as one action with `summary`. */
export function applyTimerSteps(db: Database, now: string, track: Track | null, steps: readonly TimerStep[], summary: string): TimerResult {
  const refs: RowRef[] = [];
  let result: TimerResult = { done: null, carried: 0 };
  for (const step of steps) {
    if (step.kind === 'start') {
      insertRow(db, timers, step.row);
      refs.push({ table: timers.table, id: step.row.id });
    } else if (step.kind === 'pause') {
      const t = current(db, step.id);
      if (t.pausedAt === null) update(db, t.id, { paused_at: step.at }, { paused_at: null }, refs);
    } else if (step.kind === 'resume') {
      const t = current(db, step.id);
      if (t.pausedAt !== null) {
        update(db, t.id, { paused_at: null, paused_ms: t.pausedMs + pauseMs(t.pausedAt, step.at) }, { paused_at: t.pausedAt, paused_ms: t.pausedMs }, refs);
      }
    } else if (step.kind === 'stop') {
      result = stop(db, now, track, step, refs);
    } else {
      const row = rowById(db, timers, step.id);
      if (!row) throw new DataError('the timer changed while this command ran (another coach?); run it again');
      statement(db, 'DELETE FROM timers WHERE id = ?').run(step.id);
      refs.push({ table: timers.table, id: step.id, removed: JSON.stringify(row) });
    }
  }
  if (refs.length > 0) recordAction(db, 'timer', summary, now, refs);
  return result;
}

