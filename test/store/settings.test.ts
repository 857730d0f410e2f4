// Reading the settings rows back: a damaged stored value is treated as missing, never passed on
// to the scheduler, whose date arithmetic throws on it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLLOVER, fromRows, toRows, type Settings } from '../../src/log/settings.js';
import { settingsOf } from '../../src/store/settings.js';
import { newStore } from '../helpers/store.js';
import { isoDate } from '../helpers/dates.js';

const GOOD: Settings = { track: 'go', plan: '6h', start: isoDate('2026-11-02'), week: 11, pace: 'progress', content: '/prep', rollover: 0,
  target: isoDate('2027-01-15'), hours: [0, 3, 3, 3, 3, 3, 6], optional: ['Refactor', 'Pseudo-code'],
  dsa: { min: 2, max: 4 }, targets: { design: { min: 8, max: 12 }, mock: { min: 4, max: 4 } }, revisitCap: 7 };

describe('fromRows', () => {
  it('reads back what toRows wrote', () => {
    expect(fromRows(toRows(GOOD))).toEqual(GOOD);
  });

  it.each([
    ['yesterday'], ['2026-02-30'], ['2026-11-2'], [' 2026-11-02'], [''],
  ])('treats a stored start of %j as missing', (start) => {
    expect(fromRows({ ...toRows(GOOD), start }).start).toBeNull();
  });

  it.each([['0'], ['banana'], ['-1'], ['1.5'], ['99999999999999999999']])('treats a stored week of %j as missing', (week) => {
    expect(fromRows({ ...toRows(GOOD), week }).week).toBeNull();
  });

  it.each([['0'], ['4-2'], ['2-'], ['51'], ['two'], ['2–4 ']])('treats a stored daily DSA target of %j as missing', (dsa) => {
    expect(fromRows({ ...toRows(GOOD), dsa }).dsa).toBeNull();
  });

  it.each([['design'], ['design=12-8'], ['chess=4'], ['mock=4,'], ['mock=x']])('treats stored practice targets of %j as none', (targets) => {
    expect(fromRows({ ...toRows(GOOD), targets }).targets).toEqual({});
  });

  it('stores practice targets in the areas\' order', () => {
    expect(toRows(GOOD).targets).toBe('design=8-12,mock=4');
  });

  it.each([['3', { min: 3, max: 3 }], ['2-4', { min: 2, max: 4 }], ['2–4', { min: 2, max: 4 }]])('reads a stored daily DSA target of %j', (dsa, target) => {
    expect(fromRows({ ...toRows(GOOD), dsa }).dsa).toEqual(target);
  });

  it('falls back to the defaults for other damaged values', () => {
    expect(fromRows({ track: '', plan: '12h', pace: 'fast', rollover: '24' })).toEqual({
      track: null, plan: '4h', start: null, week: null, pace: 'calendar', content: null, rollover: DEFAULT_ROLLOVER,
      target: null, hours: null, optional: [], dsa: null, targets: {}, revisitCap: null,
    });
  });

  it('ignores keys inherited from Object.prototype', () => {
    expect(fromRows({}).track).toBeNull();
    expect(fromRows(Object.create({ start: '2026-11-02' }) as Record<string, string>).start).toBeNull();
  });

  it('gives a log holding a bad start no start, so commands fall back instead of crashing', () => {
    const { store } = newStore();
    store.setSettings({ start: 'yesterday', week: '0', plan: '6h' });
    expect(settingsOf(store)).toMatchObject({ start: null, week: null, plan: '6h' });
  });
});
