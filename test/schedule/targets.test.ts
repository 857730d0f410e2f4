// The daily DSA target rule and the target of a span of days, table by table.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DAILY_DSA, dailyDsaTarget, spanDsaTarget, statedByTrack, type TargetDay } from '../../src/schedule/targets.js';
import type { Block, Minutes } from '../../src/track/model.js';

const block = (title: string): Block => ({ id: title, label: 'Block', category: 'DSA', title, minutes: null, plan: '4h', details: [], line: 1 });
const day = (dailyDsa: Minutes | null, blocks4h: string[] = [], additions6h: string[] = []): TargetDay => ({
  weekRef: { dailyDsa },
  dayRef: { blocks4h: blocks4h.map(block), additions6h: additions6h.map((t) => ({ ...block(t), plan: '6h' })) },
});
const STATED = day({ min: 3, max: 4 });
const SILENT = day(null);
const SETTING: Minutes = { min: 1, max: 2 };
const LIGHT = day({ min: 3, max: 4 }, ['1–2 problems (light)']);
const TWO_BLOCKS = day(null, ['2 easy problems', 'Design review', '3 medium problems']);
const WITH_EXTRA = day(null, ['2–3 problems'], ['Extra 1–2 DSA problems', 'Mini refactor']);
const EXTRA_ONLY = day({ min: 3, max: 4 }, ['Build the CLI'], ['1 extra medium problem']);

describe('dailyDsaTarget', () => {
  it.each([
    ['a day whose blocks name problems, over its week', LIGHT, '4h', null, { min: 1, max: 2 }, 'day'],
    ['a day\'s blocks, over the learner\'s setting', LIGHT, '4h', SETTING, { min: 1, max: 2 }, 'day'],
    ['several blocks naming problems add up', TWO_BLOCKS, '4h', null, { min: 5, max: 5 }, 'day'],
    ['6h additions add theirs on the 6h plan', WITH_EXTRA, '6h', null, { min: 3, max: 5 }, 'day'],
    ['6h additions add nothing on the 4h plan', WITH_EXTRA, '4h', null, { min: 2, max: 3 }, 'day'],
    ['6h additions add to the week\'s target', EXTRA_ONLY, '6h', null, { min: 4, max: 5 }, 'week'],
    ['a week that states its target', STATED, '4h', null, { min: 3, max: 4 }, 'week'],
    ['a stated week, over the learner\'s setting', STATED, '4h', SETTING, { min: 3, max: 4 }, 'week'],
    ['a week that states none, with a setting', SILENT, '4h', SETTING, SETTING, 'setting'],
    ['a week that states none, without a setting', SILENT, '6h', null, DEFAULT_DAILY_DSA, 'default'],
    ['no plan day at all, with a setting', null, '4h', SETTING, SETTING, 'setting'],
    ['no plan day at all', null, '4h', null, DEFAULT_DAILY_DSA, 'default'],
    ['a rest day', 'rest', '6h', SETTING, { min: 0, max: 0 }, 'rest'],
  ] as const)('%s', (_what, d, plan, setting, target, source) => {
    expect(dailyDsaTarget(d, plan, setting)).toEqual({ target, source });
  });

  it('defaults to 2–3 a day', () => {
    expect(DEFAULT_DAILY_DSA).toEqual({ min: 2, max: 3 });
  });
});

describe('spanDsaTarget', () => {
  const none = { day: 0, week: 0, setting: 0, default: 0, rest: 0 };
  it.each([
    ['a week with its own target', [STATED, STATED], null, { min: 6, max: 8 }, { min: 3, max: 4 }, 2, { ...none, week: 2 }],
    ['a week without, no setting: the default per day', [SILENT, SILENT, SILENT], null, { min: 6, max: 9 }, { min: 2, max: 3 }, 3, { ...none, default: 3 }],
    ['a week without, with the learner\'s setting', [SILENT, SILENT], SETTING, { min: 2, max: 4 }, SETTING, 2, { ...none, setting: 2 }],
    ['mixed: each day keeps its own, no borrowing', [STATED, SILENT, SILENT, SILENT], null, { min: 9, max: 13 }, { min: 2.25, max: 3.25 }, 4, { ...none, week: 1, default: 3 }],
    ['mixed, rounded per day to hundredths', [day({ min: 1, max: 1 }), STATED, STATED], null, { min: 7, max: 9 }, { min: 2.33, max: 3 }, 3, { ...none, week: 3 }],
    ['rest days add nothing and count in no average', [STATED, 'rest', STATED, 'rest'], null, { min: 6, max: 8 }, { min: 3, max: 4 }, 2, { ...none, week: 2, rest: 2 }],
    ['a span of rest days asks for nothing', ['rest'], null, { min: 0, max: 0 }, { min: 0, max: 0 }, 0, { ...none, rest: 1 }],
    ['an empty span asks for nothing', [], null, { min: 0, max: 0 }, { min: 0, max: 0 }, 0, none],
  ] as const)('%s', (_what, days, setting, total, perDay, n, sources) => {
    expect(spanDsaTarget(days, '4h', setting)).toEqual({ total, perDay, days: n, rest: sources.rest, sources });
  });

  it('says whether the track states every day\'s target', () => {
    expect(statedByTrack(spanDsaTarget([LIGHT, STATED], '4h', null))).toBe(true);
    expect(statedByTrack(spanDsaTarget([LIGHT, SILENT], '4h', SETTING))).toBe(false);
  });
});
