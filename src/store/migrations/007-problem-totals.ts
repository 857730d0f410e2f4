// Schema 7: the number of problems of each difficulty and topic list, and of each date, kept by
// triggers on every insert, delete and change of a problem, so that "how many, of what, when" over
// the whole log reads a few hundred rows (one per date at most) instead of every problem. The
// triggers are the one place the totals change: every write path (log, remove, undo, import) goes
// through the problems table.
import type { Migration } from './migration.js';

const SQL = `
CREATE TABLE problem_totals (
  difficulty TEXT NOT NULL, -- '' for a problem without one
  topics TEXT NOT NULL,
  n INTEGER NOT NULL CHECK (n > 0),
  PRIMARY KEY (difficulty, topics)
) WITHOUT ROWID;

CREATE TABLE problem_days (
  date TEXT NOT NULL PRIMARY KEY,
  n INTEGER NOT NULL CHECK (n > 0)
) WITHOUT ROWID;

${triggers('insert', 'AFTER INSERT', [], ['new'])}
${triggers('delete', 'AFTER DELETE', ['old'], [])}
${triggers('update', 'AFTER UPDATE OF date, difficulty, topics', ['old'], ['new'])}

INSERT INTO problem_totals (difficulty, topics, n)
  SELECT ifnull(difficulty, ''), topics, count(*) FROM problems GROUP BY 1, 2;
INSERT INTO problem_days (date, n) SELECT date, count(*) FROM problems GROUP BY date;
`;

/** The statements that take the `row` (old or new) out of both tables, or count it in. */
function takeOut(row: string): string {
  const key = `difficulty = ifnull(${row}.difficulty, '') AND topics = ${row}.topics`;
  return `
  DELETE FROM problem_totals WHERE ${key} AND n = 1;
  UPDATE problem_totals SET n = n - 1 WHERE ${key} AND n > 1;
  DELETE FROM problem_days WHERE date = ${row}.date AND n = 1;
  UPDATE problem_days SET n = n - 1 WHERE date = ${row}.date AND n > 1;`;
}

function countIn(row: string): string {
  return `
  INSERT INTO problem_totals (difficulty, topics, n) VALUES (ifnull(${row}.difficulty, ''), ${row}.topics, 1)
    ON CONFLICT (difficulty, topics) DO UPDATE SET n = n + 1;
  INSERT INTO problem_days (date, n) VALUES (${row}.date, 1) ON CONFLICT (date) DO UPDATE SET n = n + 1;`;
}

function triggers(name: string, when: string, out: string[], into: string[]): string {
  return `CREATE TRIGGER problem_totals_${name} ${when} ON problems BEGIN${out.map(takeOut).join('')}${into.map(countIn).join('')}
END;`;
}

export const problemTotals: Migration = { version: 7, name: 'problem totals', up: (db) => db.exec(SQL) };
