// The problem totals of migration 7 under a bulk write. Their triggers cost a few microseconds on
// every row, which an import or the undo of one (100,000 problems) would pay 100,000 times: a write
// that large runs without them and counts the totals afresh, all in its own transaction, so a
// failure leaves triggers, totals and rows as they were.
import type { Database } from 'better-sqlite3';

/** Rows from which a write counts the totals afresh rather than row by row. */
export const BULK_ROWS = 2000;

/** The totals, counted from the problems as they are (the same counts the triggers keep). */
const RECOUNT = `
DELETE FROM problem_totals;
DELETE FROM problem_days;
INSERT INTO problem_totals (difficulty, topics, n) SELECT ifnull(difficulty, ''), topics, count(*) FROM problems GROUP BY 1, 2;
INSERT INTO problem_days (date, n) SELECT date, count(*) FROM problems GROUP BY date;
`;

/**
 * Run `fn`, which writes about `rows` rows, inside the caller's transaction; from BULK_ROWS on,
 * with the triggers on problems set aside and the totals recounted after.
 */
export function keepingTotals<T>(db: Database, rows: number, fn: () => T): T {
  if (rows < BULK_ROWS) return fn();
  if (!db.inTransaction) throw new Error('keepingTotals runs inside a write transaction');
  const triggers = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'problems'").all();
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  const result = fn();
  db.exec(RECOUNT);
  for (const t of triggers) db.exec(t.sql);
  return result;
}

/** How many rows the undo of the latest action would touch. */
export function undoRows(db: Database): number {
  return db.prepare<[], number>('SELECT count(*) FROM action_rows WHERE action_id = (SELECT id FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1)').pluck().get() ?? 0;
}
