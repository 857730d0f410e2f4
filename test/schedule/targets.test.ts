// The daily DSA target rule and the target of a span of days, table by table.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DAILY_DSA, dailyDsaTarget, spanDsaTarget, type TargetDay } from '../../src/schedule/targets.js';
import type { Minutes } from '../../src/track/model.js';

const day = (dailyDsa: Minutes | null): TargetDay => ({ weekRef: { dailyDsa } });
const STATED = day({ min: 3, max: 4 });
const SILENT = day(null);
const SETTING: Minutes = { min: 1, max: 2 };

describe('dailyDsaTarget', () => {
  it.each([
    ['a week that states its target', STATED, null, { min: 3, max: 4 }, 'week'],
    ['a stated week, over the learner\'s setting', STATED, SETTING, { min: 3, max: 4 }, 'week'],
    ['a week that states none, with a setting', SILENT, SETTING, SETTING, 'setting'],
    ['a week that states none, without a setting', SILENT, null, DEFAULT_DAILY_DSA, 'default'],
    ['no plan day at all, with a setting', null, SETTING, SETTING, 'setting'],
    ['no plan day at all', null, null, DEFAULT_DAILY_DSA, 'default'],
  ] as const)('%s', (_what, d, setting, target, source) => {
    expect(dailyDsaTarget(d, setting)).toEqual({ target, source });
  });

  it('defaults to 2–3 a day', () => {
    expect(DEFAULT_DAILY_DSA).toEqual({ min: 2, max: 3 });
  });
});

describe('spanDsaTarget', () => {
  it.each([
    ['a week with its own target', [STATED, STATED], null, { min: 6, max: 8 }, { min: 3, max: 4 }, { week: 2, setting: 0, default: 0 }],
    ['a week without, no setting: the default per day', [SILENT, SILENT, SILENT], null, { min: 6, max: 9 }, { min: 2, max: 3 }, { week: 0, setting: 0, default: 3 }],
    ['a week without, with the learner\'s setting', [SILENT, SILENT], SETTING, { min: 2, max: 4 }, SETTING, { week: 0, setting: 2, default: 0 }],
    ['mixed: each day keeps its own, no borrowing', [STATED, SILENT, SILENT, SILENT], null, { min: 9, max: 13 }, { min: 2.25, max: 3.25 }, { week: 1, setting: 0, default: 3 }],
    ['mixed, rounded per day to hundredths', [day({ min: 1, max: 1 }), STATED, STATED], null, { min: 7, max: 9 }, { min: 2.33, max: 3 }, { week: 3, setting: 0, default: 0 }],
    ['an empty span asks for nothing', [], null, { min: 0, max: 0 }, { min: 0, max: 0 }, { week: 0, setting: 0, default: 0 }],
  ] as const)('%s', (_what, days, setting, total, perDay, sources) => {
    expect(spanDsaTarget(days, setting)).toEqual({ total, perDay, days: days.length, sources });
  });
});
