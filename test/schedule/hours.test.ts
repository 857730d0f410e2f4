// `coach init --hours`: the forms it takes, the ones it refuses, and the stored form.
import { describe, expect, it } from 'vitest';
import { describeHours, formatHoursSetting, parseHours } from '../../src/schedule/hours.js';

describe('parseHours (Sunday first)', () => {
  it.each([
    ['4', [4, 4, 4, 4, 4, 4, 4]],
    ['2.5', [2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5]],
    ['mon-fri=3,sat=6,sun=0', [0, 3, 3, 3, 3, 3, 6]],
    ['MON-FRI=3, sat=6', [0, 3, 3, 3, 3, 3, 6]],
    ['sat-sun=5', [5, 0, 0, 0, 0, 0, 5]],
    ['wed=1', [0, 0, 0, 1, 0, 0, 0]],
  ])('%j', (text, week) => {
    expect(parseHours(text)).toEqual(week);
  });

  it.each([['0'], ['25'], ['-1'], ['4h'], [''], ['mon=3,mon=4'], ['mon-fri=3,fri=2'], ['fri-mon=3'], ['funday=3'], ['mon=0,tue=0'], ['mon=3=4'], ['mon']])(
    'refuses %j', (text) => {
      expect(parseHours(text)).toBeNull();
    },
  );

  it('stores a form that reads back the same, and describes runs of equal days', () => {
    const week = parseHours('mon-fri=3,sat=6,sun=0');
    expect(week).not.toBeNull();
    if (!week) return;
    expect(formatHoursSetting(week)).toBe('mon=3,tue=3,wed=3,thu=3,fri=3,sat=6,sun=0');
    expect(parseHours(formatHoursSetting(week))).toEqual(week);
    expect(describeHours(week)).toBe('mon-fri 3h, sat 6h, sun 0h');
    expect(describeHours([4, 4, 4, 4, 4, 4, 4])).toBe('4h every day');
  });
});
