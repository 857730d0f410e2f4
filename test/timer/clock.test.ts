// The timer's arithmetic: time counted less pauses, a clock set back, `--at HH:MM` on a study day
// with its rollover hour, and DST changes, in more than one zone.
import { afterEach, describe, expect, it } from 'vitest';
import { atTime, clockTime, elapsed, MAX_TIMER_HOURS, overlong, type TimerMoments } from '../../src/timer/clock.js';
import { isoDate } from '../helpers/dates.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const at = (iso: string): Date => new Date(iso);
const timer = (startedAt: string, pausedMs = 0, pausedAt: string | null = null): TimerMoments => ({ startedAt, pausedAt, pausedMs });

describe('elapsed', () => {
  it.each([
    ['running 47 minutes', timer('2026-11-25T10:00:00.000Z'), '2026-11-25T10:47:00.000Z', 47, null],
    ['rounded to the nearest minute', timer('2026-11-25T10:00:00.000Z'), '2026-11-25T10:47:31.000Z', 48, null],
    ['less 10 minutes of pauses resumed', timer('2026-11-25T10:00:00.000Z', 600_000), '2026-11-25T11:00:00.000Z', 50, null],
    ['paused now: counted up to the pause', timer('2026-11-25T10:00:00.000Z', 0, '2026-11-25T10:20:00.000Z'), '2026-11-25T12:00:00.000Z', 20, null],
    ['across midnight', timer('2026-11-25T23:30:00.000Z'), '2026-11-26T00:40:00.000Z', 70, null],
    ['clock set back 10 minutes before the start: nothing, never negative', timer('2026-11-25T10:00:00.000Z'), '2026-11-25T09:50:00.000Z', 0, 600_000],
    ['clock set back before the pause', timer('2026-11-25T10:00:00.000Z', 0, '2026-11-25T10:30:00.000Z'), '2026-11-25T10:20:00.000Z', 20, 600_000],
  ])('%s', (_what, t, now, minutes, back) => {
    const e = elapsed(t, at(now));
    expect(e.minutes).toBe(minutes);
    expect(e.ms).toBeGreaterThanOrEqual(0);
    expect(e.clockBack).toBe(back);
  });

  it(`calls a timer overlong past ${MAX_TIMER_HOURS} hours counted, pauses left out`, () => {
    const start = '2026-11-24T09:00:00.000Z';
    expect(overlong(elapsed(timer(start), at('2026-11-25T09:00:00.000Z')))).toBe(false);
    expect(overlong(elapsed(timer(start), at('2026-11-25T09:01:00.000Z')))).toBe(true);
    // 30 hours on the wall, 8 of them paused: 22 counted.
    expect(overlong(elapsed(timer(start, 8 * 3_600_000), at('2026-11-25T15:00:00.000Z')))).toBe(false);
  });

  it('counts real time across a DST change: the wall clock says 2 hours, 3 went by', () => {
    process.env.TZ = 'Europe/Berlin';
    // 25 Oct 2026: at 03:00 CEST the clocks go back to 02:00 CET.
    const start = new Date(2026, 9, 25, 1, 30);
    const end = new Date(2026, 9, 25, 3, 30);
    expect(elapsed(timer(start.toISOString()), end).minutes).toBe(180);
  });
});

describe('atTime', () => {
  it.each([
    // text, study day, rollover, local date and time it names
    ['14:05', '2026-11-25', 4, [2026, 10, 25, 14, 5]],
    ['9:30', '2026-11-25', 4, [2026, 10, 25, 9, 30]],
    ['23:59', '2026-11-25', 4, [2026, 10, 25, 23, 59]],
    ['01:30', '2026-11-25', 4, [2026, 10, 26, 1, 30]],
    ['03:59', '2026-11-25', 4, [2026, 10, 26, 3, 59]],
    ['04:00', '2026-11-25', 4, [2026, 10, 25, 4, 0]],
    ['01:30', '2026-11-25', 0, [2026, 10, 25, 1, 30]],
    ['05:00', '2026-11-25', 6, [2026, 10, 26, 5, 0]],
    ['00:15', '2026-12-31', 4, [2027, 0, 1, 0, 15]],
  ] as const)('%s on %s (rollover %i)', (text, day, rollover, [y, m, d, h, min]) => {
    expect(atTime(text, isoDate(day), rollover)?.getTime()).toBe(new Date(y, m, d, h, min).getTime());
  });

  it.each(['', '25:00', '14:60', '14', '2pm', '14:5', '-1:00'])('refuses %j', (text) => {
    expect(atTime(text, isoDate('2026-11-25'), 4)).toBeNull();
  });

  it.each(['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe'])('names the local time on a DST day in %s', (tz) => {
    process.env.TZ = tz;
    for (const [day, text] of [['2026-03-08', '10:15'], ['2026-03-29', '10:15'], ['2026-10-25', '22:40'], ['2026-11-01', '22:40'], ['2026-04-05', '12:00'], ['2026-10-04', '12:00']] as const) {
      const when = atTime(text, isoDate(day), 4);
      expect(when && clockTime(when)).toBe(text);
      expect(when?.getDate()).toBe(Number(day.slice(8)));
    }
  });
});
