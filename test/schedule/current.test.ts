// Which plan day and week a date belongs to: the current week for review, lesson and plan, and
// the plan day each date of a window asks a target of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentPlanDay, currentWeek, nearestPlanDay, planDayOn } from '../../src/schedule/current.js';
import { planSequence } from '../../src/schedule/scheduler.js';
import { makeTrack } from '../review/fixtures.js';
import { isoDate, isoDates } from '../helpers/dates.js';
import { addDays } from '../../src/schedule/dates.js';

const START = isoDate('2026-03-02'); // a Monday: week 1 is 03-02 … 03-08, week 2 is 03-09 … 03-15
const TRACK = makeTrack();
const SEQUENCE = planSequence(TRACK, 1);

describe('currentWeek', () => {
  const base = { track: TRACK, plan: '4h' as const, pace: 'calendar' as const, start: START, startWeek: 1, done: new Set<string>(), skips: [] };

  it.each([
    ['before the start', '2026-02-20', 1],
    ['on the first day', START, 1],
    ['in the second week', '2026-03-10', 2],
    ['after the end', '2026-06-01', 2],
  ])('%s (%s) is week %i', (_what, date, week) => {
    expect(currentWeek({ ...base, date: isoDate(date) })).toBe(week);
  });

  it('on a rest day is the week of the plan day that follows', () => {
    expect(currentWeek({ ...base, date: isoDate('2026-03-09'), skips: [isoDate('2026-03-09')] })).toBe(2);
    expect(currentWeek({ ...base, date: isoDate('2026-03-08'), skips: [isoDate('2026-03-08')] })).toBe(1);
    expect(currentWeek({ ...base, date: isoDate('2026-03-09'), skips: [isoDate('2026-03-03')] })).toBe(1);
  });

  it('in progress pace follows the first unfinished day', () => {
    const done = new Set(TRACK.weeks[0]?.days.flatMap((d) => d.blocks4h.map((b) => b.id)));
    expect(currentWeek({ ...base, pace: 'progress', date: isoDate('2026-03-03'), done })).toBe(2);
  });

  it('is null, not an exception, when the plan has no days from the start week', () => {
    expect(currentWeek({ ...base, startWeek: 3, date: START })).toBeNull();
    expect(currentWeek({ ...base, track: { ...TRACK, weeks: [] }, date: START })).toBeNull();
  });
});

describe('currentPlanDay and nearestPlanDay', () => {
  const base = { track: TRACK, plan: '4h' as const, pace: 'calendar' as const, start: START, startWeek: 1, done: new Set<string>(), skips: [] };

  it.each([
    ['before the start: the first plan day', '2026-02-20', [], 1, 1],
    ['on a plan day: that day', '2026-03-10', [], 2, 2],
    ['on a rest day: the plan day after it', '2026-03-04', ['2026-03-04'], 1, 3],
    ['after the end: the last plan day', '2026-06-01', [], 2, 7],
  ])('%s', (_what, date, skips, week, day) => {
    expect(currentPlanDay({ ...base, date: isoDate(date), skips: isoDates(...skips) })).toMatchObject({ week, day });
  });

  it('is null for a plan without days', () => {
    expect(nearestPlanDay([], { kind: 'complete' })).toBeNull();
    expect(currentPlanDay({ ...base, track: { ...TRACK, weeks: [] }, date: START })).toBeNull();
  });
});

describe('planDayOn: the calendar\'s plan day for a date, clamped to the plan', () => {
  it.each([
    ['the start', START, [], 1, 1],
    ['a date in week 2', '2026-03-11', [], 2, 3],
    ['a date before the start', '2026-02-01', [], 1, 1],
    ['a date past the end', '2027-01-01', [], 2, 7],
    ['a date after a rest day', '2026-03-09', ['2026-03-03'], 1, 7],
    ['a rest day itself (the day after it)', '2026-03-03', ['2026-03-03'], 1, 2],
  ])('%s', (_what, date, skips, week, day) => {
    expect(planDayOn(SEQUENCE, START, isoDates(...skips), isoDate(date))).toMatchObject({ week, day });
  });

  it('is null for a plan without days', () => {
    expect(planDayOn([], START, [], START)).toBeNull();
  });
});

describe('the current plan day on the calendar pace', () => {
  // What `currentPlanDay` of a session reads without the log's completions.
  it('is the day the calendar gives the date, whatever is done or skipped', () => {
    const track = makeTrack({ weeks: 3 });
    const ids = track.weeks.flatMap((w) => w.days.flatMap((d) => [...d.blocks4h, ...d.additions6h].map((b) => b.id)));
    const day = fc.integer({ min: -10, max: 40 }).map((n) => addDays(START, n));
    fc.assert(
      fc.property(day, fc.array(day, { maxLength: 6 }), fc.subarray(ids), fc.constantFrom(1, 2, 3), fc.constantFrom('4h' as const, '6h' as const), (date, skips, done, startWeek, plan) => {
        const input = { track, plan, pace: 'calendar' as const, start: START, startWeek, date, skips, done: new Set(done) };
        expect(planDayOn(planSequence(track, startWeek), START, skips, date)).toEqual(currentPlanDay(input));
      }),
      { numRuns: 300 },
    );
  });
});
