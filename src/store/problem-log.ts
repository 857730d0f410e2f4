// The solved problems aggregated in SQL (see log/problem-log.ts): counts and totals come from the
// tables the triggers of migration 7 keep (one row per difficulty and topic list, one per date), so
// reviews and statistics take about the same time on 100 problems as on 100,000.
// Grouped values are read through the entity's fields, as whole rows are.
import type { Database } from 'better-sqlite3';
import { problems } from '../log/entities.js';
import type { Cell } from '../log/fields.js';
import { addToTally, emptyTally, titleKey, type DateRange, type ProblemEntry, type ProblemLog, type ProblemTally } from '../log/problem-log.js';
import { addDays, type IsoDate } from '../schedule/dates.js';
import { statement } from './statements.js';
import { titleLike } from './card-sources.js';

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

function tallyOf(groups: readonly Group[]): ProblemTally {
  const tally = emptyTally();
  for (const g of groups) addToTally(tally, difficulty.fromSql([g.difficulty]), topics.fromSql([g.topics]), date.fromSql([g.first]), g.n);
  return tally;
}

/** The store's ProblemLog over `db`. `guard` runs each query (turning SQLite failures into the store's errors). */
export function sqlProblemLog(db: Database, guard: <T>(fn: () => T) => T): ProblemLog {
  /**
   * Every problem up to `to` (or all): the kept totals (see migration 7) less the problems dated
   * after `to`, a short range of the date index; the earliest date is one seek of that index.
   */
  function tallyUpTo(to: IsoDate | null): ProblemTally {
    const first = statement<[], Cell>(db, 'SELECT min(date) FROM problem_days').pluck().get() ?? null;
    const after = to ? addDays(to, 1) : null;
    const groups = statement<[{ after: Cell; first: Cell }], Group>(db, `
      WITH later AS (SELECT ifnull(difficulty, '') AS difficulty, topics, count(*) AS n FROM problems WHERE @after IS NOT NULL AND date >= @after GROUP BY 1, 2)
      SELECT nullif(t.difficulty, '') AS difficulty, t.topics, t.n - ifnull(l.n, 0) AS n, @first AS first
      FROM problem_totals t LEFT JOIN later l ON l.difficulty = t.difficulty AND l.topics = t.topics
      WHERE t.n - ifnull(l.n, 0) > 0`).all({ after, first });
    return tallyOf(groups);
  }

  return {
    entries(range) {
      // The date index holds these columns (migration 12): the rows come from it alone, in the
      // store's order (created_at, then rowid, as the store lists whole rows).
      const [where, params] = within(range);
      const sql = `SELECT date, difficulty, topics FROM problems${where} ORDER BY date, created_at, rowid`;
      const rows = guard(() => statement<IsoDate[], Cell[]>(db, sql).raw().all(...params));
      return rows.map(([d = null, di = null, t = null]): ProblemEntry => ({ date: date.fromSql([d]), difficulty: difficulty.fromSql([di]), topics: topics.fromSql([t]) }));
    },
    count(range) {
      const count = (r: DateRange): number => {
        if (!r.from && !r.to) return statement<[], number>(db, 'SELECT ifnull(sum(n), 0) FROM problem_totals').pluck().get() ?? 0;
        const [where, params] = within(r);
        return statement<IsoDate[], number>(db, `SELECT ifnull(sum(n), 0) FROM problem_days${where}`).pluck().get(...params) ?? 0;
      };
      // Up to a date: the kept total less those after it, usually few dates, rather than most of them.
      return guard(() => (range.to && !range.from ? count({}) - count({ from: addDays(range.to, 1) }) : count(range)));
    },
    first(range) {
      const [where, params] = within(range);
      const cell = guard(() => statement<IsoDate[], Cell>(db, `SELECT min(date) FROM problem_days${where}`).pluck().get(...params) ?? null);
      return cell === null ? null : date.fromSql([cell]);
    },
    tally(range): ProblemTally {
      if (!range.from) return guard(() => tallyUpTo(range.to ?? null));
      const [where, params] = within(range);
      const sql = `SELECT difficulty, topics, count(*) AS n, min(date) AS first FROM problems${where} GROUP BY difficulty, topics`;
      return guard(() => tallyOf(statement<IsoDate[], Group>(db, sql).all(...params)));
    },
    perDate(range) {
      const [where, params] = within(range);
      const sql = `SELECT date, n FROM problem_days${where}`;
      return guard(() => new Map(statement<IsoDate[], { date: Cell; n: number }>(db, sql).all(...params).map((r) => [date.fromSql([r.date]), r.n])));
    },
    datesOf(title) {
      // SQLite narrows the rows down with LIKE (see `titleLike`); the key then decides exactly.
      const key = titleKey(title);
      const pattern = titleLike(key);
      const sql = "SELECT DISTINCT date, title FROM problems WHERE title LIKE ? ESCAPE '\\' ORDER BY date";
      const rows = guard(() => statement<[string], { date: Cell; title: Cell }>(db, sql).all(pattern));
      return [...new Set(rows.filter((r) => typeof r.title === 'string' && titleKey(r.title) === key).map((r) => date.fromSql([r.date])))];
    },
    dates() {
      return guard(() => statement<[], Cell>(db, 'SELECT date FROM problem_days ORDER BY date').pluck().all().map((c) => date.fromSql([c])));
    },
  };
}
