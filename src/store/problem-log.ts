// The solved problems aggregated in SQL (see log/problem-log.ts): counts and totals come back one
// row per group, so reviews and statistics take the same time on 100 problems as on 100,000.
// Grouped values are read through the entity's fields, as whole rows are.
import type { Database } from 'better-sqlite3';
import { problems } from '../log/entities.js';
import type { Cell } from '../log/fields.js';
import { addToTally, emptyTally, type DateRange, type ProblemLog, type ProblemTally } from '../log/problem-log.js';
import type { Problem } from '../log/types.js';
import { addDays, type IsoDate } from '../schedule/dates.js';
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
      const count = (r: DateRange): number => {
        const [where, params] = within(r);
        return statement<IsoDate[], number>(db, `SELECT count(*) FROM problems${where}`).pluck().get(...params) ?? 0;
      };
      // Up to a date: all of them (SQLite counts a table without reading its rows) less those after
      // it, a short range of the date index, rather than a walk over most of the index.
      return guard(() => (range.to && !range.from ? count({}) - count({ from: addDays(range.to, 1) }) : count(range)));
    },
    first(range) {
      const [where, params] = within(range);
      const cell = guard(() => statement<IsoDate[], Cell>(db, `SELECT min(date) FROM problems${where}`).pluck().get(...params) ?? null);
      return cell === null ? null : date.fromSql([cell]);
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
      // One seek of the date index per distinct date (a skip scan), not a walk over every problem.
      const sql = `WITH RECURSIVE d(day) AS (SELECT min(date) FROM problems
        UNION ALL SELECT (SELECT min(date) FROM problems WHERE date > d.day) FROM d WHERE d.day IS NOT NULL)
        SELECT day FROM d WHERE day IS NOT NULL`;
      return guard(() => statement<[], Cell>(db, sql).pluck().all().map((c) => date.fromSql([c])));
    },
  };
}
