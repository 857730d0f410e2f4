// The solved problems as the reviews and statistics ask for them: totals and counts by date over a
// date range, and the rows of a short range. The store answers in SQL, so a log of 100,000
// problems is never read whole; `problemLog` answers the same from rows in memory (tests, and the
// reference the store is checked against).
import { compareDates, type IsoDate } from '../schedule/dates.js';
import type { Difficulty, Problem } from './types.js';

/** Dates from `from` to `to`, both included; a missing end is open. */
export interface DateRange {
  from?: IsoDate | null;
  to?: IsoDate | null;
}

export interface ProblemTally {
  count: number;
  byDifficulty: Record<Difficulty | 'unknown', number>;
  /** Problems per topic (a Map: topics are the learner's words, "__proto__" included). */
  byTopic: Map<string, number>;
  /** The earliest date, or null when there is none. */
  first: IsoDate | null;
}

/** What a review shows of each problem of its week: its date, difficulty and topics. */
export type ProblemEntry = Pick<Problem, 'date' | 'difficulty' | 'topics'>;

export interface ProblemLog {
  /** The problems dated within `range`, oldest first (by date, then as logged): for short ranges (a week or two). */
  entries(range: DateRange): ProblemEntry[];
  /** How many problems are dated within `range`. */
  count(range: DateRange): number;
  /** The earliest date within `range`, or null when there is none. */
  first(range: DateRange): IsoDate | null;
  tally(range: DateRange): ProblemTally;
  /** Problems per date within `range`, for dates with any. */
  perDate(range: DateRange): Map<IsoDate, number>;
  /** Every date with a problem, sorted. */
  dates(): IsoDate[];
  /** Dates a problem of this title was logged on, sorted, each once; titles match by `titleKey`. */
  datesOf(title: string): IsoDate[];
}

/** What makes two titles the same problem: case and runs of whitespace do not count. */
export const titleKey = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

export const emptyTally = (): ProblemTally => ({ count: 0, byDifficulty: { easy: 0, medium: 0, hard: 0, unknown: 0 }, byTopic: new Map(), first: null });

export function inRange(date: IsoDate, range: DateRange): boolean {
  return (!range.from || compareDates(range.from, date) <= 0) && (!range.to || compareDates(date, range.to) <= 0);
}

/** Count `n` problems of one difficulty and topic list, dated `date`, into `tally`. */
export function addToTally(tally: ProblemTally, difficulty: Difficulty | null, topics: readonly string[], date: IsoDate, n = 1): void {
  tally.count += n;
  tally.byDifficulty[difficulty ?? 'unknown'] += n;
  for (const t of topics) tally.byTopic.set(t, (tally.byTopic.get(t) ?? 0) + n);
  if (tally.first === null || compareDates(date, tally.first) < 0) tally.first = date;
}

/** The log's answers from rows in memory, in the order given (the store's: date, then creation). */
export function problemLog(rows: readonly Problem[]): ProblemLog {
  const within = (range: DateRange): Problem[] => rows.filter((p) => inRange(p.date, range));
  return {
    entries: (range) => within(range).map((p) => ({ date: p.date, difficulty: p.difficulty, topics: p.topics })),
    count: (range) => within(range).length,
    first: (range) => within(range).reduce<IsoDate | null>((d, p) => (d === null || compareDates(p.date, d) < 0 ? p.date : d), null),
    tally(range) {
      const tally = emptyTally();
      for (const p of within(range)) addToTally(tally, p.difficulty, p.topics, p.date);
      return tally;
    },
    perDate(range) {
      const byDate = new Map<IsoDate, number>();
      for (const p of within(range)) byDate.set(p.date, (byDate.get(p.date) ?? 0) + 1);
      return byDate;
    },
    dates: () => [...new Set(rows.map((p) => p.date))].sort(compareDates),
    datesOf(title) {
      const key = titleKey(title);
      return [...new Set(rows.filter((p) => p.title !== null && titleKey(p.title) === key).map((p) => p.date))].sort(compareDates);
    },
  };
}
