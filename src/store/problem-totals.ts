// Bulk writes of problems. The triggers that keep the problem totals of migration 7 cost a few
// microseconds on every row, and the secondary indexes of a table more each, which an import or the
// undo of one (100,000 problems) would pay 100,000 times: a write that large runs without the
// triggers, and without the indexes when it writes at least as many rows as the table had, then
// recounts the totals and rebuilds the indexes once, all in the caller's transaction, so a failure
// leaves triggers, indexes, totals and rows as they were.
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

interface SchemaObject {
  type: 'trigger' | 'index';
  name: string;
  sql: string;
}

/**
 * Run `fn`, which writes about `rows` rows, inside the caller's transaction; from BULK_ROWS on,
 * with the triggers on problems (and, for a write as large as the table, its own indexes: not the
 * primary key's, which the write looks rows up by) set aside and made again after.
 */
export function bulkProblems<T>(db: Database, rows: number, fn: () => T): T {
  if (rows < BULK_ROWS) return fn();
  if (!db.inTransaction) throw new Error('bulkProblems runs inside a write transaction');
  const had = db.prepare<[], number>('SELECT ifnull(sum(n), 0) FROM problem_totals').pluck().get() ?? 0;
  const types = rows >= had ? "'trigger', 'index'" : "'trigger'";
  // An index SQLite made for a constraint has no SQL, and stays.
  const objects = db.prepare<[], SchemaObject>(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'problems' AND type IN (${types}) AND sql IS NOT NULL`).all();
  for (const o of objects) db.exec(`DROP ${o.type === 'index' ? 'INDEX' : 'TRIGGER'} "${o.name.replace(/"/g, '""')}"`);
  const result = fn();
  // Indexes first: the recount's GROUP BYs then read them in order instead of sorting every row.
  for (const o of objects) if (o.type === 'index') db.exec(o.sql);
  db.exec(RECOUNT);
  for (const o of objects) if (o.type === 'trigger') db.exec(o.sql);
  return result;
}

/** How many rows the undo of the latest action would touch. */
export function undoRows(db: Database): number {
  return db.prepare<[], number>('SELECT count(*) FROM action_rows WHERE action_id = (SELECT id FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1)').pluck().get() ?? 0;
}
