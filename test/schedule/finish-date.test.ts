// The forecast's finish dates, which take a week free of rest days at once, are the dates a count
// day by day gives: whatever the work left (fractions of a minute too, at the learner's own ratio),
// the hours of each weekday (quarter hours, odd fractions, days off) and the rest days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekday, type IsoDate } from '../../src/schedule/dates.js';
import { forecast, type ForecastInput } from '../../src/schedule/forecast.js';
import type { WeeklyHours } from '../../src/schedule/hours.js';
import { isoDate } from '../helpers/dates.js';

const HORIZON_DAYS = 3660;

/** The finish date counted one day at a time, as the forecast once counted it. */
function dayByDay(work: number, today: IsoDate, perDay: (i: number, weekday: number) => number): IsoDate | null {
  const first = weekday(today);
  let left = work;
  for (let i = 0; i < HORIZON_DAYS; i++) {
    left -= perDay(i, (first + i) % 7);
    if (left <= 0) return addDays(today, i);
  }
  return null;
}

const today = isoDate('2026-11-26');

function input(minutes: number, hours: number[], skips: number[], ratio: number | null, logged: number): ForecastInput {
  return {
    left: { blocks: 1, minutes: { min: minutes, max: minutes + 1 }, list: () => [] },
    today,
    start: isoDate('2026-11-01'),
    logged: logged > 0 ? [{ date: addDays(today, -1), minutes: logged }] : [],
    skips: skips.map((d) => addDays(today, d)),
    hours: hours as unknown as WeeklyHours,
    target: null,
    optional: [],
    ownRatio: { ratio, timed: 10, minimum: 5 },
  };
}

describe('finish dates', () => {
  it('are the dates a count day by day gives', () => {
    const hour = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom(0.25, 1.5, 2.75, 0.33, 1.17));
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 400_000 }), fc.array(hour, { minLength: 7, maxLength: 7 }), fc.array(fc.integer({ min: -20, max: 400 }), { maxLength: 12 }),
      fc.option(fc.double({ min: 0.3, max: 3, noNaN: true })), fc.integer({ min: 0, max: 600 }),
      (minutes, hours, skips, ratio, logged) => {
        const got = forecast(input(minutes, hours, skips, ratio, logged));
        const work = (ratio ?? 1) * (minutes + minutes + 1) / 2;
        const rest = new Set(skips.map((d) => daysBetween(today, addDays(today, d))));
        const pace = got.pace.minutesPerDay;
        expect(got.finish.atHours).toBe(dayByDay(work, today, (i, day) => (rest.has(i) ? 0 : (hours[day] ?? 0) * 60)));
        expect(got.finish.atPace).toBe(pace > 0 ? dayByDay(work, today, (i) => (rest.has(i) ? 0 : pace)) : work === 0 ? today : null);
      },
    ), { numRuns: 400 });
  });

  it('finish past years of work, and on a rest day never', () => {
    const long = forecast(input(200_000, [4, 4, 4, 4, 4, 4, 0], [3, 10], null, 0));
    expect(long.finish.atHours).toBe(dayByDay(200_000.5, today, (i, day) => (i === 3 || i === 10 ? 0 : [4, 4, 4, 4, 4, 4, 0][day]! * 60)));
    expect(long.finish.atHours).not.toBeNull();
    expect(forecast(input(10_000_000, [1, 1, 1, 1, 1, 1, 1], [], null, 0)).finish.atHours).toBeNull();
  });
});
