// Letting blocks go (`coach drop`): one undoable action that adds a drop per block. A block done or
// already let go is left as it is, so dropping never touches a completion.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { attach } from '../log/attach.js';
import { columnNames, completions, drops, type LogEntity } from '../log/entities.js';
import type { CompletionInput, Drop, DropResult } from '../log/types.js';

export type { DropResult } from '../log/types.js';
import type { IsoDate } from '../schedule/dates.js';
import { someOf } from '../text/some.js';
import type { Track } from '../track/model.js';
import { fromRow, type RowOf } from './rows.js';
import { insertRow, recordAction, type RowRef } from './tables.js';


function rowsOf<E extends typeof completions | typeof drops>(db: Database, entity: E, track: string) {
  const columns = columnNames(entity as LogEntity).join(', ');
  return db
    .prepare<[string], RowOf<E>>(`SELECT ${columns} FROM ${entity.table} WHERE track = ? ORDER BY date, created_at, rowid`)
    .all(track)
    .map((row) => fromRow(entity, row));
}

/** Drop the blocks not yet done nor dropped, deciding inside the caller's IMMEDIATE transaction. */
export function dropBlocks(db: Database, now: string, track: Track, items: readonly CompletionInput[], date: IsoDate): DropResult {
  const doneBy = attach(track, rowsOf(db, completions, track.id)).byBlock;
  const droppedBy = new Map(attach(track, rowsOf(db, drops, track.id)).byBlock);
  const result: DropResult = { added: [], done: [], already: [] };
  const refs: RowRef[] = [];
  for (const item of items) {
    if (item.track !== track.id) throw new Error(`block ${item.blockId} is not of track ${track.id}`);
    if (doneBy.has(item.blockId)) {
      result.done.push(item.blockId);
      continue;
    }
    if (droppedBy.has(item.blockId)) {
      result.already.push(item.blockId);
      continue;
    }
    const row: Drop = {
      id: randomUUID(), blockId: item.blockId, date, track: item.track, week: item.week, day: item.day, plan: item.plan,
      label: item.label, category: item.category, title: item.title,
      planned: item.minutes ? { min: item.minutes.min, max: item.minutes.max } : null,
      createdAt: now,
    };
    insertRow(db, drops, row);
    droppedBy.set(item.blockId, row);
    result.added.push(row);
    refs.push({ table: drops.table, id: row.id });
  }
  if (refs.length > 0) {
    const n = result.added.length;
    recordAction(db, 'drop', `let go of ${n === 1 ? '1 block' : `${n} blocks`}: ${someOf(result.added.map((d) => `week ${d.week} day ${d.day} ${d.label} (${d.category})`))}`, now, refs);
  }
  return result;
}
