// The practice log's writes (`coach log KIND`): one row, logged as one action undo can revert. A
// row from a block is refused when the block already has one, decided inside the caller's
// IMMEDIATE transaction so two processes logging the same block at once log it once.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { practice } from '../log/entities.js';
import type { Practice } from '../log/types.js';
import { fromRow, type RowOf } from './rows.js';
import { insertRow, recordAction } from './tables.js';
import { statement } from './statements.js';
import { columnNames } from '../log/entities.js';

/** A practice row to add: everything but its id and stamp. */
export type PracticeInput = Omit<Practice, 'id' | 'createdAt'>;

/** The practice row already logged from `blockId`, if any (the oldest). */
export function practiceOfBlock(db: Database, blockId: string): Practice | null {
  const sql = `SELECT ${columnNames(practice).join(', ')} FROM practice WHERE block_id = ? ORDER BY date, created_at, rowid LIMIT 1`;
  const row = statement<[string], RowOf<typeof practice>>(db, sql).get(blockId);
  return row ? fromRow(practice, row) : null;
}

export type AddPracticeResult = { added: Practice } | { already: Practice };

export function addPractice(db: Database, now: string, input: PracticeInput): AddPracticeResult {
  if (input.blockId !== null) {
    const already = practiceOfBlock(db, input.blockId);
    if (already) return { already };
  }
  const row: Practice = { id: randomUUID(), ...input, createdAt: now };
  insertRow(db, practice, row);
  recordAction(db, 'practice', `logged ${practiceLine(row)}`, now, [{ table: practice.table, id: row.id }]);
  return { added: row };
}

/** A practice row as an action's summary names it: `mock (design) "Rate limiter" of 2026-11-25`. */
export function practiceLine(p: Practice): string {
  const kind = p.mockType ? `${p.kind} (${p.mockType})` : p.kind;
  return `${kind}${p.title ? ` ${JSON.stringify(p.title)}` : ''} of ${p.date}`;
}
