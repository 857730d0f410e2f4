// Planned against actual minutes: the middle of each planned range against the minutes logged,
// per category and overall; blocks without minutes or without a plan left out and counted.
import { describe, expect, it } from 'vitest';
import { MIN_TIMED_BLOCKS, ownRatio, ownRatioOf, plannedVsActual } from '../../src/review/planned-actual.js';
import { forecast } from '../../src/schedule/forecast.js';
import { isoDate } from '../helpers/dates.js';

type Done = { category: string; planned: { min: number; max: number } | null; minutes: number | null };
const block = (category: string, min: number, max: number, minutes: number | null): Done => ({ category, planned: { min, max }, minutes });

describe('plannedVsActual', () => {
  it.each<[string, Done[], { timed: number; planned: number; actual: number; ratio: number | null; untimed: number; unplanned: number }]>([
    ['nothing done', [], { timed: 0, planned: 0, actual: 0, ratio: null, untimed: 0, unplanned: 0 }],
    ['one block on plan', [block('DSA', 60, 60, 60)], { timed: 1, planned: 60, actual: 60, ratio: 1, untimed: 0, unplanned: 0 }],
    ['a range counts its middle', [block('HLD', 60, 75, 81)], { timed: 1, planned: 67.5, actual: 81, ratio: 1.2, untimed: 0, unplanned: 0 }],
    ['weighted by length, not averaged per block', [block('DSA', 60, 60, 90), block('DSA', 30, 30, 30)], { timed: 2, planned: 90, actual: 120, ratio: 1.33, untimed: 0, unplanned: 0 }],
    ['done without minutes is left out', [block('DSA', 60, 60, 84), block('DSA', 60, 60, null)], { timed: 1, planned: 60, actual: 84, ratio: 1.4, untimed: 1, unplanned: 0 }],
    ['no planned range is left out', [{ category: 'DSA', planned: null, minutes: 40 }, block('DSA', 0, 0, 10)], { timed: 0, planned: 0, actual: 0, ratio: null, untimed: 0, unplanned: 2 }],
    ['faster than the plan', [block('Review', 30, 30, 15)], { timed: 1, planned: 30, actual: 15, ratio: 0.5, untimed: 0, unplanned: 0 }],
  ])('%s', (_what, done, overall) => {
    expect(plannedVsActual(done).overall).toEqual({ category: null, ...overall });
  });

  it('gives each category its own, the most timed first, spelled as first logged, case aside', () => {
    const p = plannedVsActual([
      block('HLD', 60, 75, 60), block('DSA', 60, 60, 84), block('dsa ', 60, 60, 84), block('DSA', 60, 60, null), block('Review', 30, 30, null),
    ]);
    expect(p.categories.map((c) => [c.category, c.timed, c.planned, c.actual, c.ratio, c.untimed])).toEqual([
      ['DSA', 2, 120, 168, 1.4, 1],
      ['HLD', 1, 67.5, 60, 0.89, 0],
      ['Review', 0, 0, 0, null, 1],
    ]);
    expect(p.overall).toMatchObject({ timed: 3, planned: 187.5, actual: 228, ratio: 1.22, untimed: 2 });
  });

  it(`uses the learner's ratio from ${MIN_TIMED_BLOCKS} timed blocks on`, () => {
    const timed = (n: number) => plannedVsActual(Array.from({ length: n }, () => block('DSA', 60, 60, 90)));
    expect(ownRatio(timed(MIN_TIMED_BLOCKS - 1))).toEqual({ ratio: null, timed: MIN_TIMED_BLOCKS - 1, minimum: MIN_TIMED_BLOCKS });
    expect(ownRatio(timed(MIN_TIMED_BLOCKS))).toEqual({ ratio: 1.5, timed: MIN_TIMED_BLOCKS, minimum: MIN_TIMED_BLOCKS });
  });

  it('gives the forecast the same ratio without sorting the categories', () => {
    const done = [block('HLD', 60, 75, 81), block('DSA', 60, 60, 84), block('dsa', 30, 30, 50), block('Review', 30, 30, null), block('LLD', 45, 60, 40), block('DSA', 60, 60, 70)];
    for (let n = 0; n <= done.length; n++) expect(ownRatioOf(done.slice(0, n))).toEqual(ownRatio(plannedVsActual(done.slice(0, n))));
    expect(ownRatioOf(done)).toEqual({ ratio: 1.2, timed: 5, minimum: MIN_TIMED_BLOCKS });
  });
});

describe('the forecast at the learner\'s own ratio', () => {
  const today = isoDate('2026-11-25');
  const left = Array.from({ length: 10 }, (_, i) => ({
    id: `go.w11.d${i + 1}.4h.1`, week: 11, day: i + 1, index: i, label: 'Block 1', category: 'DSA', title: 't', minutes: { min: 60, max: 60 }, plan: '4h' as const,
  }));
  const input = { left, today, start: today, logged: [], skips: [], hours: [2, 2, 2, 2, 2, 2, 2] as const, target: isoDate('2026-11-29'), optional: [] };

  it.each([
    // ratio, finish at 2 h a day, hours a day needed up to the 29th (5 days)
    [null, '2026-11-29', 2],
    [1.5, '2026-12-02', 3],
    [0.8, '2026-11-28', 1.6],
  ])('counts 10 h of plan at %s', (ratio, atHours, needed) => {
    const f = forecast({ ...input, ownRatio: { ratio, timed: 7, minimum: MIN_TIMED_BLOCKS } });
    expect(f.finish.atHours).toBe(atHours);
    expect(f.target?.hoursPerDayNeeded).toBe(needed);
    expect(f.ownRatio).toEqual({ ratio, timed: 7, minimum: MIN_TIMED_BLOCKS });
    // The planned minutes left are the plan's, whatever the ratio.
    expect(f.left.minutes).toEqual({ min: 600, max: 600 });
  });
});
