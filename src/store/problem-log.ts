// The solved problems aggregated in SQL (see log/problem-log.ts): counts and totals come back one
// row per group, so reviews and statistics take the same time on 100 problems as on 100,000.
// Grouped values are read through the entity's fields, as whole rows are.
import type { Database } from 'better-sqlite3';
import { problems } from '../log/entities.js';
import type { Cell } from '../log/fields.js';
import { addToTally, emptyTally, type DateRange, type ProblemLog, type ProblemTally } from '../log/problem-log.js';
import type { Problem } from '../log/types.js';
import type { IsoDate } from '../schedule/dates.js';
import { statement } from './statements.js';

/** ` WHERE …` for the range's ends that are given (the date index serves both), with its parameters. */
function within(range: DateRange): [string, IsoDate[]] {
  const ends: [string, IsoDate][] = [];
  if (range.from) ends.push(['date >= ?', range.from]);
  if (range.to) ends.push(['date <= ?', range.to]);
  return [ends.length ? ` WHERE ${ends.map((e) => e[0]).join(' AND ')}` : '', ends.map((e) => e[1])];
}

const { date, difficulty, topics } = problems.fields;

interface Group {
  difficulty: Cell;
  topics: Cell;
  n: number;
  first: Cell;
}

/**
 * The store's ProblemLog over `db`. `guard` runs each query (turning SQLite failures into the
 * store's errors); `list` reads whole rows, as the store's own queries do.
 */
export function sqlProblemLog(db: Database, guard: <T>(fn: () => T) => T, list: (range: DateRange) => Problem[]): ProblemLog {
  return {
    list,
    count(range) {
      const [where, params] = within(range);
      return guard(() => statement<IsoDate[], number>(db, `SELECT count(*) FROM problems${where}`).pluck().get(...params) ?? 0);
    },
    tally(range): ProblemTally {
      const [where, params] = within(range);
      const sql = `SELECT difficulty, topics, count(*) AS n, min(date) AS first FROM problems${where} GROUP BY difficulty, topics`;
      return guard(() => {
        const tally = emptyTally();
        for (const g of statement<IsoDate[], Group>(db, sql).all(...params)) {
          addToTally(tally, difficulty.fromSql([g.difficulty]), topics.fromSql([g.topics]), date.fromSql([g.first]), g.n);
        }
        return tally;
      });
    },
    perDate(range) {
      const [where, params] = within(range);
      const sql = `SELECT date, count(*) AS n FROM problems${where} GROUP BY date`;
      return guard(() => new Map(statement<IsoDate[], { date: Cell; n: number }>(db, sql).all(...params).map((r) => [date.fromSql([r.date]), r.n])));
    },
    dates() {
      return guard(() => statement<[], Cell>(db, 'SELECT DISTINCT date FROM problems ORDER BY date').pluck().all().map((c) => date.fromSql([c])));
    },
  };
}
