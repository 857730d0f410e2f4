// The store's SQL aggregates of the solved problems give what the in-memory computation gives from
// every row (the reference, `problemLog`), on generated logs, and so do the reviews and statistics
// built on them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemLog, type DateRange, type ProblemLog } from '../../src/log/problem-log.js';
import { DIFFICULTIES, type ProblemInput } from '../../src/log/types.js';
import { dsaStats, type DsaWindow } from '../../src/review/dsa-stats.js';
import { buildProgress } from '../../src/review/progress.js';
import { buildReview } from '../../src/review/review.js';
import { addDays, type IsoDate } from '../../src/schedule/dates.js';
import { planSequence } from '../../src/schedule/scheduler.js';
import { openStore } from '../../src/store/store.js';
import { isoDate } from '../helpers/dates.js';
import { tickingClock } from '../helpers/store.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';
import { completion, makeTrack } from '../review/fixtures.js';

const BASE = isoDate('2026-02-20');
const day = fc.integer({ min: 0, max: 40 }).map((n) => addDays(BASE, n));
// Few topics, some repeated within a problem, one that is an Object.prototype name.
const topic = fc.constantFrom('arrays', 'graphs', 'dp', '__proto__', 'constructor', 'Two words', 'a;b');
const problemInput: fc.Arbitrary<ProblemInput> = fc.record({
  date: day,
  title: fc.option(fc.constantFrom('Two Sum', 'LRU Cache'), { nil: null }),
  difficulty: fc.option(fc.constantFrom(...DIFFICULTIES), { nil: null }),
  topics: fc.array(topic, { maxLength: 3 }),
});
const range: fc.Arbitrary<DateRange> = fc.record({ from: fc.option(day, { nil: null }), to: fc.option(day, { nil: null }) });

/** A store holding `rows`, and the reference log over the rows as the store lists them. */
function logs(rows: readonly ProblemInput[]): { sql: ProblemLog; memory: ProblemLog } {
  const store = openStore(tempDir(), { now: tickingClock() });
  onCleanup(() => store.close());
  store.addProblems(rows);
  return { sql: store.problemLog(), memory: problemLog(store.problems()) };
}

const plain = (log: ProblemLog, r: DateRange) => {
  const t = log.tally(r);
  return { ...t, byTopic: [...t.byTopic].sort((a, b) => (a[0] < b[0] ? -1 : 1)), perDate: [...log.perDate(r)].sort(), count: log.count(r), firstOf: log.first(r) };
};

describe('the problems aggregated in SQL', () => {
  it('tally, count, counts per date, dates and rows equal the in-memory computation over every row', () => {
    fc.assert(
      fc.property(fc.array(problemInput, { maxLength: 60 }), fc.array(range, { minLength: 1, maxLength: 4 }), (rows, ranges) => {
        const { sql, memory } = logs(rows);
        expect(sql.dates()).toEqual(memory.dates());
        for (const r of [{}, ...ranges]) {
          expect(plain(sql, r)).toEqual(plain(memory, r));
          expect(sql.list(r)).toEqual(memory.list(r));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('an empty log and an empty range give zeros, not nulls', () => {
    const { sql } = logs([{ date: isoDate('2026-03-01') }]);
    expect(sql.tally({ from: isoDate('2026-04-01') })).toEqual({ count: 0, byDifficulty: { easy: 0, medium: 0, hard: 0, unknown: 0 }, byTopic: new Map(), first: null });
    expect(sql.count({ from: isoDate('2026-03-02'), to: isoDate('2026-03-01') })).toBe(0);
    expect(logs([]).sql.dates()).toEqual([]);
  });

  it('dsa stats, progress and review come out the same from either', () => {
    const track = makeTrack({ weeks: 3, dailyDsa: { min: 2, max: 3 } });
    const start = isoDate('2026-03-02');
    const window = fc.constantFrom<DsaWindow>(
      { from: null, end: null, week: null },
      { from: isoDate('2026-03-09'), end: isoDate('2026-03-15'), week: 2 },
      { from: isoDate('2026-03-04'), end: null, week: null },
      { from: isoDate('2026-04-20'), end: null, week: null },
    );
    fc.assert(
      fc.property(fc.array(problemInput, { maxLength: 60 }), fc.integer({ min: 0, max: 30 }), window, (rows, offset, w) => {
        const { sql, memory } = logs(rows);
        const today: IsoDate = addDays(BASE, offset);
        const plan = { sequence: planSequence(track, 1), plan: '4h' as const, start, skips: [], dsaSetting: null };
        expect(dsaStats(sql, plan, today, w)).toEqual(dsaStats(memory, plan, today, w));
        const completions = [completion('t.w1.d1.4h.1', '2026-03-02'), completion('t.w2.d3.4h.2', '2026-03-11')];
        const common = { track, plan: '4h' as const, startWeek: 1, start, today, completions, skips: [], dsaSetting: null };
        expect(buildProgress({ ...common, pace: 'calendar', problems: sql })).toEqual(buildProgress({ ...common, pace: 'calendar', problems: memory }));
        for (const week of [1, 2, 3]) {
          expect(buildReview({ ...common, week, lessons: [], problems: sql })).toEqual(buildReview({ ...common, week, lessons: [], problems: memory }));
        }
      }),
      { numRuns: 25 },
    );
  });
});
