import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/schedule/dates.js';
import { calendarIndex, dateOfPlanDay } from '../../src/schedule/scheduler.js';
import { isoDate, isoDates } from '../helpers/dates.js';

const START = isoDate('2026-03-02');

describe('calendarIndex', () => {
  it('ignores skips before the start and counts a repeated skip once', () => {
    expect(calendarIndex(START, isoDate('2026-03-05'), [isoDate('2026-03-01'), isoDate('2026-03-03'), isoDate('2026-03-03')])).toBe(2);
    expect(calendarIndex(START, isoDate('2026-03-05'), [isoDate('2026-03-05')])).toBe(3); // the date itself: next day
    expect(calendarIndex(START, isoDate('2026-02-28'), [])).toBe(-2);
  });

  it('a new skip moves every later date back one plan day and leaves earlier ones alone', () => {
    const offsets = fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 10 });
    fc.assert(
      fc.property(offsets, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 90 }), (ks, k, p) => {
        const skips = ks.map((o) => addDays(START, o));
        const skip = addDays(START, k);
        if (skips.includes(skip)) return;
        const date = addDays(START, p);
        const shift = p > k ? 1 : 0;
        expect(calendarIndex(START, date, [...skips, skip])).toBe(calendarIndex(START, date, skips) - shift);
      }),
    );
  });
});

describe('dateOfPlanDay', () => {
  it('walks past skipped dates', () => {
    const skips = isoDates('2026-03-02', '2026-03-04');
    expect([0, 1, 2, 3].map((i) => dateOfPlanDay(i, START, skips))).toEqual([
      '2026-03-03', '2026-03-05', '2026-03-06', '2026-03-07',
    ]);
    expect(dateOfPlanDay(0, isoDate('2026-12-31'), [])).toBe('2026-12-31');
    expect(dateOfPlanDay(1, isoDate('2026-12-31'), [])).toBe('2027-01-01');
    expect(() => dateOfPlanDay(-1, START, [])).toThrow(RangeError);
  });

  it('is the inverse of the calendar mapping', () => {
    const scenario = fc.record({
      offset: fc.integer({ min: -400, max: 400 }),
      skipOffsets: fc.array(fc.integer({ min: -5, max: 60 }), { maxLength: 20 }),
      index: fc.integer({ min: 0, max: 40 }),
      probe: fc.integer({ min: 0, max: 80 }),
    });
    fc.assert(
      fc.property(scenario, ({ offset, skipOffsets, index, probe }) => {
        const start = addDays(isoDate('2026-06-15'), offset);
        const skips = skipOffsets.map((k) => addDays(start, k));
        const date = dateOfPlanDay(index, start, skips);
        expect(skips).not.toContain(date);
        expect(calendarIndex(start, date, skips)).toBe(index);
        // And from the other side: every non-skipped date maps back to itself.
        const d = addDays(start, probe);
        if (!skips.includes(d)) expect(dateOfPlanDay(calendarIndex(start, d, skips), start, skips)).toBe(d);
      }),
    );
  });
});
