// The forecast's arithmetic, table by table: the pace (rest days apart), finish dates at the pace
// and at the hours per weekday, a target date, and the order in which blocks are proposed to drop.
import { describe, expect, it } from 'vitest';
import { dropOrder, forecast, leftBlocks, paceOf, type ForecastInput, type LeftBlock } from '../../src/schedule/forecast.js';
import { addDays, type IsoDate } from '../../src/schedule/dates.js';
import { parseHours, planHours } from '../../src/schedule/hours.js';
import type { Plan } from '../../src/track/model.js';
import { isoDate } from '../helpers/dates.js';
import { makeTrack } from '../review/fixtures.js';

/** Minutes logged on each date from `from` to `to`, but the ones in `except`. */
function daily(from: string, to: string, minutes: number, except: string[] = []): { date: IsoDate; minutes: number }[] {
  const out: { date: IsoDate; minutes: number }[] = [];
  for (let d = isoDate(from); d <= isoDate(to); d = addDays(d, 1)) if (!except.includes(d)) out.push({ date: d, minutes });
  return out;
}

describe('paceOf: minutes per study day over the last 14 days', () => {
  it.each([
    ['every day 2h, nothing yet today', '2026-03-01', daily('2026-03-02', '2026-03-14', 120), [], { minutesPerDay: 120, days: 13 }],
    ['two rest days are not study days', '2026-03-01', daily('2026-03-02', '2026-03-14', 120, ['2026-03-05', '2026-03-06']), ['2026-03-05', '2026-03-06'], { minutesPerDay: 120, days: 11 }],
    ['days without study still count', '2026-03-01', daily('2026-03-02', '2026-03-14', 120, ['2026-03-05', '2026-03-06']), [], { minutesPerDay: 102, days: 13 }],
    ['days before the start do not', '2026-03-10', daily('2026-03-02', '2026-03-14', 120), [], { minutesPerDay: 120, days: 5 }],
    ['today counts once something is logged', '2026-03-01', [...daily('2026-03-02', '2026-03-14', 120), { date: isoDate('2026-03-15'), minutes: 60 }], [], { minutesPerDay: 116, days: 14 }],
    ['nothing logged', '2026-03-01', [], [], { minutesPerDay: 0, days: 13 }],
    ['starting today', '2026-03-15', [], [], { minutesPerDay: 0, days: 0 }],
  ])('%s', (_name, start, logged, skips, expected) => {
    expect(paceOf({ today: isoDate('2026-03-15'), start: isoDate(start), logged, skips: skips.map(isoDate) })).toEqual(expected);
  });
});

const left = (n: number, minutes = 60, plan: Plan = '4h', category = 'HLD'): LeftBlock[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `b${i}`, week: 1, day: i + 1, index: i, label: `Block ${i}`, category, title: `t${i}`, minutes: { min: minutes, max: minutes }, plan,
  }));

/** Monday 16 March 2026, a plan with 10 hours left (ten 60-minute blocks). */
const base = (over: Partial<ForecastInput> = {}): ForecastInput => ({
  left: left(10), today: isoDate('2026-03-16'), start: isoDate('2026-03-01'), logged: [], skips: [],
  hours: planHours('4h'), target: null, optional: [], ...over,
});
const hours = (text: string) => {
  const h = parseHours(text);
  if (!h) throw new Error(text);
  return h;
};

describe('forecast: finish dates', () => {
  it.each([
    // 600 minutes at 4h a day: 240, 480, 720 → the third day
    ['the plan\'s hours', {}, { atPace: null, atHours: '2026-03-18' }],
    // 2h on weekdays: Mon–Fri make 600 exactly
    ['hours per weekday', { hours: hours('mon-fri=2,sat=6,sun=0') }, { atPace: null, atHours: '2026-03-20' }],
    // a rest day on Tuesday: Fri reaches 480, Saturday's 6h finish it
    ['with a rest day', { hours: hours('mon-fri=2,sat=6,sun=0'), skips: [isoDate('2026-03-17')] }, { atPace: null, atHours: '2026-03-21' }],
    // pace 120 a study day: five study days from today
    ['at the pace', { logged: daily('2026-03-02', '2026-03-15', 120) }, { atPace: '2026-03-20', atHours: '2026-03-18' }],
    // the same pace, with Wednesday a rest day: one day later
    ['at the pace, resting Wednesday', { logged: daily('2026-03-02', '2026-03-15', 120), skips: [isoDate('2026-03-18')] }, { atPace: '2026-03-21', atHours: '2026-03-19' }],
    ['nothing left', { left: [] }, { atPace: '2026-03-16', atHours: '2026-03-16' }],
  ])('%s', (_name, over, finish) => {
    expect(forecast(base(over)).finish).toEqual(finish);
  });

  it('counts what is left as blocks and a range of minutes, each block at the middle of its range', () => {
    const f = forecast(base({ left: [...left(2, 60), { ...left(1)[0]!, id: 'r', minutes: { min: 60, max: 90 } }, { ...left(1)[0]!, id: 'n', minutes: null }] }));
    expect(f.left).toEqual({ blocks: 4, minutes: { min: 180, max: 210 } });
    // 195 minutes at 4h a day: today
    expect(f.finish.atHours).toBe('2026-03-16');
  });
});

describe('forecast: a target date', () => {
  const weekdays = hours('mon-fri=2,sat=0,sun=0');
  it.each([
    ['reachable on the day', '2026-03-20', { reachable: true, hoursPerDayNeeded: 2, drop: [] }],
    ['a day short: 2.5 h a study day', '2026-03-19', { reachable: false, hoursPerDayNeeded: 2.5 }],
    // Saturday and Sunday have no hours: they add no study day
    ['the weekend adds nothing', '2026-03-22', { reachable: true, hoursPerDayNeeded: 2 }],
    ['in the past', '2026-03-10', { reachable: false, hoursPerDayNeeded: null, drop: [] }],
  ])('%s', (_name, target, expected) => {
    const f = forecast(base({ hours: weekdays, target: isoDate(target) }));
    expect(f.target).toMatchObject({ date: target, ...expected });
  });

  it('proposes the 6-hour additions to drop when the target is out of reach', () => {
    const blocks = [...left(8), ...left(2, 60, '6h', 'Refactor').map((b, i) => ({ ...b, id: `x${i}`, index: 8 + i }))];
    const f = forecast(base({ left: blocks, hours: weekdays, target: isoDate('2026-03-19') }));
    // 600 minutes, 480 available: one 60-minute addition is not enough, two are
    expect(f.target?.drop.map((d) => d.id)).toEqual(['x1', 'x0']);
    expect(f.target?.dropEnough).toBe(true);
    // A day earlier, 360 minutes: even both additions leave it out of reach
    const short = forecast(base({ left: blocks, hours: weekdays, target: isoDate('2026-03-18') }));
    expect(short.target).toMatchObject({ reachable: false, dropEnough: false });
    expect(short.target?.drop.map((d) => d.id)).toEqual(['x1', 'x0']);
  });

  it('without a target there is none', () => {
    expect(forecast(base()).target).toBeNull();
  });
});

describe('dropOrder', () => {
  const b = (id: string, category: string, plan: Plan, minutes: number, index: number): LeftBlock =>
    ({ id, week: 1, day: index + 1, index, label: id, category, title: id, minutes: { min: minutes, max: minutes }, plan });
  const blocks = [
    b('A', 'HLD', '4h', 60, 0), b('B', 'Refactor', '6h', 90, 1), b('C', 'Pseudo-code', '6h', 60, 3), b('D', 'DSA', '6h', 60, 4),
    b('E', 'Mock interview', '6h', 120, 5), b('F', 'Design', '4h', 60, 6), b('G', 'DSA', '4h', 60, 7), b('H', 'Refactor', '6h', 60, 8),
  ];
  it.each([
    // additions first, the longest first, then the later plan day
    ['a little', [], 50, ['B']],
    ['more than one addition', [], 100, ['B', 'H']],
    // never DSA or mocks, nor a 4-hour block not marked optional: all there is
    ['everything allowed', [], 10_000, ['B', 'H', 'C']],
    // after the additions, the optional categories (case aside)
    ['with an optional category', ['design'], 250, ['B', 'H', 'C', 'F']],
    // DSA marked optional joins: the 6-hour one with the additions, the 4-hour one after them
    ['DSA marked optional', ['DSA'], 10_000, ['B', 'H', 'D', 'C', 'G']],
    ['mocks marked optional', ['Mock interview'], 100, ['E']],
    ['nothing to cover', [], 0, []],
  ])('%s', (_name, optional, excess, ids) => {
    expect(dropOrder(blocks, optional, excess).map((d) => d.id)).toEqual(ids);
  });
});

describe('leftBlocks', () => {
  it('is every block of the plan neither done nor let go, in plan order', () => {
    const track = makeTrack({ weeks: 2, days: 2, blocks: 2, additions: 1 });
    const settled = new Set(['t.w1.d1.4h.1', 't.w1.d2.6h.1']);
    expect(leftBlocks(track, '4h', 2, (id) => settled.has(id)).map((b) => b.id)).toEqual(['t.w2.d1.4h.1', 't.w2.d1.4h.2', 't.w2.d2.4h.1', 't.w2.d2.4h.2']);
    expect(leftBlocks(track, '6h', 1, (id) => settled.has(id)).map((b) => b.id).slice(0, 4)).toEqual(['t.w1.d1.4h.2', 't.w1.d1.6h.1', 't.w1.d2.4h.1', 't.w1.d2.4h.2']);
  });
});
