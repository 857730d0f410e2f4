// The overdue rule: which unfinished blocks come first, and the refs that continue today's.
import { describe, expect, it } from 'vitest';
import { overdueOrder, overdueSummary } from '../../src/schedule/overdue.js';
import { schedule, type Overdue } from '../../src/schedule/scheduler.js';
import type { Block, Plan } from '../../src/track/model.js';
import { isoDate } from '../helpers/dates.js';
import { makeTrack } from '../review/fixtures.js';

const block = (id: string, category: string, plan: Plan = '4h', minutes: Block['minutes'] = { min: 60, max: 60 }): Block =>
  ({ id, label: id, category, title: `${category} ${id}`, minutes, plan, details: [], line: 1 });

/** An overdue plan day: its index in the plan, week, day and blocks. */
const day = (index: number, week: number, d: number, blocks: Block[]): Overdue =>
  ({ day: { index, week, day: d, dayRef: { number: d, title: '', focus: '', blocks4h: [], additions6h: [], notes: [], line: 1 }, weekRef: { number: week, title: '', goals: [], references: [], overview: {}, dailyDsa: null, file: '', days: [] } }, blocks });

describe('overdueOrder', () => {
  const w1d7 = day(6, 1, 7, [block('a', 'HLD'), block('b', 'DSA'), block('c', 'Review'), block('x', 'Refactor', '6h')]);
  const w2d1 = day(7, 2, 1, [block('d', 'LLD'), block('e', 'dsa'), block('y', 'Mock', '6h')]);
  const w2d2 = day(8, 2, 2, [block('f', 'Review'), block('g', 'HLD')]);

  it.each([
    // current week 2: its DSA/Review first (latest day first), then other 4h blocks (latest first), then additions
    ['week 2 current', [w1d7, w2d1, w2d2], 2, ['f', 'e', 'g', 'd', 'a', 'b', 'c', 'y', 'x']],
    // current week 1: week 1's DSA and Review lead, week 2's are ordinary 4h blocks
    ['week 1 current', [w1d7, w2d1, w2d2], 1, ['b', 'c', 'f', 'g', 'd', 'e', 'a', 'y', 'x']],
    // no plan day today: the latest overdue day's week is the current one
    ['no today', [w1d7, w2d1], null, ['e', 'd', 'a', 'b', 'c', 'y', 'x']],
    ['nothing overdue', [], 3, []],
  ] as const)('%s', (_name, overdue, week, ids) => {
    expect(overdueOrder(overdue, week).map((r) => r.block.id)).toEqual(ids);
  });
});

describe('overdueSummary', () => {
  it.each([
    // today has 4 blocks: overdue refs start at 5
    [4, 5, [5, 6, 7], [5, 6, 7]],
    // a rest day or past the end: they start at 1
    [0, 2, [1, 2], [1, 2, 3]],
    // shown is the first `shown` of all
    [6, 1, [7], [7, 8, 9]],
  ])('with %i blocks today and %i shown', (todayCount, shown, shownRefs, allRefs) => {
    const overdue = [day(0, 1, 1, [block('a', 'HLD', '4h', { min: 60, max: 75 }), block('b', 'DSA', '4h', null)]), day(1, 1, 2, [block('c', 'LLD')])];
    const s = overdueSummary(overdue, 1, todayCount + 1, shown);
    expect(s.all.map((b) => b.ref)).toEqual(allRefs);
    expect(s.shown.map((b) => b.ref)).toEqual(shownRefs);
    // a block without minutes counts 0
    expect(s).toMatchObject({ count: 3, days: 2, minutes: { min: 120, max: 135 } });
  });

  it('three weeks behind: 4 of dozens shown, the current week\'s DSA first, the additions last', () => {
    const track = makeTrack({ weeks: 4, days: 7, blocks: 2, additions: 1 });
    // Week 4 day 3 today: week 4 days 1 and 2 are overdue too.
    const sched = schedule({
      track, plan: '6h', pace: 'calendar', start: isoDate('2026-03-02'), startWeek: 1, date: isoDate('2026-03-25'), done: new Set(), skips: [],
    });
    const s = overdueSummary(sched.overdue, sched.today?.week ?? null, sched.blocks.length + 1);
    expect(s).toMatchObject({ count: 69, days: 23 });
    expect(s.shown.map((b) => b.id)).toEqual(['t.w4.d2.4h.2', 't.w4.d1.4h.2', 't.w4.d2.4h.1', 't.w4.d1.4h.1']);
    expect(s.shown[0]?.ref).toBe(4);
    expect(s.all[s.all.length - 1]?.id).toBe('t.w1.d1.6h.1');
  });
});
