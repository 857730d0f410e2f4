import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, compareDates, daysBetween, isIsoDate, parseIsoDate, startOfStudyDay, studyDate, weekday } from '../../src/schedule/dates.js';
import { isoDate, isoDates, unchecked } from '../helpers/dates.js';

// Dates from 1900 to 2200 as `YYYY-MM-DD`, via UTC so the host time zone cannot shift them.
const dateText = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyDate = dateText.map(isoDate);

describe('parseIsoDate', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026-12-31', '2026-12-31'],
    ['2024-02-29', '2024-02-29'], // divisible by 4
    ['2000-02-29', '2000-02-29'], // divisible by 400
    ['0000-01-01', '0000-01-01'],
    ['9999-12-31', '9999-12-31'],
    ['2026-02-29', null],
    ['1900-02-29', null], // divisible by 100, not 400
    ['2026-02-30', null],
    ['2026-04-31', null],
    ['2026-13-01', null],
    ['2026-00-10', null],
    ['2026-01-00', null],
    ['2026-1-5', null],
    ['26-01-05', null],
    ['12026-01-05', null],
    [' 2026-01-05', null],
    ['2026-01-05T00:00', null],
    ['2026/01/05', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
    expect(isIsoDate(text)).toBe(expected !== null);
  });

  it('isIsoDate refuses what is not a string', () => {
    for (const v of [null, undefined, 20260105, new Date(2026, 0, 5), ['2026-01-05'], { date: '2026-01-05' }]) {
      expect(isIsoDate(v)).toBe(false);
    }
  });

  it("the tests' isoDate checks its literal as the code does", () => {
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(() => isoDate('2026-02-29')).toThrow(/not a YYYY-MM-DD date: 2026-02-29/);
  });

  it('accepts every real calendar date', () => {
    fc.assert(fc.property(dateText, (d) => parseIsoDate(d) === d));
  });
});

describe('addDays, daysBetween, weekday, compareDates', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2026-03-15', 0, '2026-03-15'],
    ['2026-03-15', 365, '2027-03-15'],
    ['2024-03-15', -366, '2023-03-15'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(isoDate(date), n)).toBe(expected);
  });

  it.each([
    ['2026-12-31', '2027-01-01', 1],
    ['2025-06-01', '2027-06-01', 730],
    ['2023-01-01', '2025-01-01', 731], // through 2024-02-29
    ['2027-01-01', '2026-12-31', -1],
    // Local days around DST changes are 23 or 25 hours; calendar days are still one day each.
    ['2026-03-07', '2026-03-09', 2], // US spring forward, 2026-03-08
    ['2026-10-31', '2026-11-02', 2], // US fall back, 2026-11-01
    ['2026-03-28', '2026-03-30', 2], // EU spring forward, 2026-03-29
    ['2026-10-24', '2026-10-26', 2], // EU fall back, 2026-10-25
    ['2026-01-01', '2026-12-31', 364],
  ])('daysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(daysBetween(isoDate(a), isoDate(b))).toBe(expected);
  });

  it.each([
    ['1970-01-01', 4],
    ['2026-03-08', 0],
    ['2026-03-14', 6],
    ['2000-01-01', 6],
    ['1969-12-31', 3],
    ['1900-01-01', 1],
  ])('weekday(%s) = %i', (date, expected) => {
    expect(weekday(isoDate(date))).toBe(expected);
  });

  it('compares dates', () => {
    expect(compareDates(isoDate('2026-01-01'), isoDate('2026-01-02'))).toBeLessThan(0);
    expect(compareDates(isoDate('2027-01-01'), isoDate('2026-12-31'))).toBeGreaterThan(0);
    expect(compareDates(isoDate('2026-05-05'), isoDate('2026-05-05'))).toBe(0);
    expect(isoDates('2026-03-01', '2025-12-31', '2026-02-28').sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-02-28',
      '2026-03-01',
    ]);
  });

  it('rejects invalid input instead of guessing', () => {
    expect(() => addDays(unchecked('2026-02-30'), 1)).toThrow(RangeError);
    expect(() => addDays(isoDate('2026-01-01'), 0.5)).toThrow(RangeError);
    expect(() => daysBetween(unchecked('2026-1-1'), isoDate('2026-01-02'))).toThrow(RangeError);
    expect(() => addDays(isoDate('9999-12-31'), 1)).toThrow(RangeError);
  });

  it('daysBetween(a, addDays(a, n)) === n, and addDays(·, -n) undoes it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -100_000, max: 100_000 }), (a, n) => {
        const b = addDays(a, n);
        return daysBetween(a, b) === n && addDays(b, -n) === a && parseIsoDate(b) === b;
      }),
    );
  });

  it('agrees with UTC timestamps, which have no DST', () => {
    const utc = (d: string): number => Date.parse(`${d}T00:00:00Z`);
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(daysBetween(a, b)).toBe((utc(b) - utc(a)) / 86_400_000);
        expect(weekday(a)).toBe(new Date(utc(a)).getUTCDay());
        expect(Math.sign(compareDates(a, b))).toBe(Math.sign(utc(a) - utc(b)));
      }),
    );
  });
});

describe('studyDate', () => {
  it.each([
    [0, 0, '2026-05-09'],
    [1, 30, '2026-05-09'],
    [3, 59, '2026-05-09'],
    [4, 0, '2026-05-10'],
    [12, 0, '2026-05-10'],
    [23, 59, '2026-05-10'],
  ])('%i:%i on 2026-05-10 with the default rollover → %s', (h, min, expected) => {
    expect(studyDate(new Date(2026, 4, 10, h, min))).toBe(expected);
  });

  it('rolls back across month and year ends', () => {
    expect(studyDate(new Date(2027, 0, 1, 2, 0))).toBe('2026-12-31');
    expect(studyDate(new Date(2024, 2, 1, 0, 15))).toBe('2024-02-29');
  });

  it.each([
    [0, 0, 0, '2026-05-10'], // rollover 0: the calendar date, always
    [6, 5, 59, '2026-05-09'],
    [6, 6, 0, '2026-05-10'],
    [23, 22, 59, '2026-05-09'],
    [23, 23, 0, '2026-05-10'],
  ])('rollover %i at %i:%i → %s', (rollover, h, min, expected) => {
    expect(studyDate(new Date(2026, 4, 10, h, min), rollover)).toBe(expected);
  });

  it('rejects a bad rollover hour or an invalid Date', () => {
    expect(() => studyDate(new Date(2026, 4, 10), 24)).toThrow(RangeError);
    expect(() => studyDate(new Date(2026, 4, 10), -1)).toThrow(RangeError);
    expect(() => studyDate(new Date(2026, 4, 10), 2.5)).toThrow(RangeError);
    expect(() => studyDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  // Each zone is switched in-process (Node re-reads process.env.TZ), so these cases run in
  // their zone whatever TZ the suite was started with.
  describe.each([
    ['America/New_York', 2026, 2, 8, 'spring forward'],
    ['America/New_York', 2026, 10, 1, 'fall back'],
    ['Europe/Berlin', 2026, 2, 29, 'spring forward'],
    ['Europe/Berlin', 2026, 9, 25, 'fall back'],
  ])('in %s on %i-%i-%i (%s)', (zone, y, m, d, _change) => {
    const saved = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    const day = isoDate(`${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

    it('is in the expected zone with a DST change that day', () => {
      const midnight = new Date(y, m, d, 0, 0);
      const noon = new Date(y, m, d, 12, 0);
      expect(midnight.getTimezoneOffset()).not.toBe(noon.getTimezoneOffset());
    });

    it.each(Array.from({ length: 24 }, (_, h) => h))('%i:30 belongs to the right day', (h) => {
      const now = new Date(y, m, d, h, 30);
      // The skipped hour (02:xx on spring forward) is moved to 03:xx: still before 04:00.
      expect(now.getDate()).toBe(d);
      expect(studyDate(now)).toBe(h < 4 ? addDays(day, -1) : day);
    });

    it('03:59 is the previous day and 04:00 the same day', () => {
      expect(studyDate(new Date(y, m, d, 3, 59))).toBe(addDays(day, -1));
      expect(studyDate(new Date(y, m, d, 4, 0))).toBe(day);
    });

    it('a 23- or 25-hour night still maps to consecutive days', () => {
      // 22:00 the evening before and 05:00 after the change differ by 6 or 8 real hours.
      const evening = studyDate(new Date(y, m, d - 1, 22, 0));
      const morning = studyDate(new Date(y, m, d, 5, 0));
      expect(daysBetween(evening, morning)).toBe(1);
      expect(morning).toBe(day);
    });
  });
});

describe('startOfStudyDay', () => {
  it('is the first moment studyDate gives the same date for, at every rollover hour', () => {
    for (const date of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2024-02-29', '0099-06-01'].map(isoDate)) {
      for (let hour = 0; hour < 24; hour++) {
        const start = startOfStudyDay(date, hour);
        expect(studyDate(start, hour)).toBe(date);
        expect(studyDate(new Date(start.getTime() - 1), hour)).not.toBe(date);
      }
    }
  });

  it('refuses what is not a date', () => {
    expect(() => startOfStudyDay(unchecked('2026-02-30'), 4)).toThrow(RangeError);
  });
});
