// buildProgress: blocks and weeks done, today's place, the DSA target and the projected finish.
import { describe, expect, it } from 'vitest';
import { buildProgress, type ProgressInput } from '../../src/review/progress.js';
import { completion, makeTrack, problem } from './fixtures.js';
import { isoDate, isoDates } from '../helpers/dates.js';
import { problemLog } from '../../src/log/problem-log.js';

const START = isoDate('2026-03-02');
const TRACK = makeTrack(); // 2 weeks × 7 days × 2 blocks: 28 blocks on the 4h plan

function input(over: Partial<ProgressInput> = {}): ProgressInput {
  return { track: TRACK, plan: '4h', pace: 'calendar', startWeek: 1, start: START, today: isoDate('2026-03-05'), completions: [], problems: problemLog([]), skips: [], dsaSetting: null, ...over };
}

const week1 = TRACK.weeks[0]?.days.flatMap((d) => d.blocks4h.map((b) => completion(b.id, '2026-03-03'))) ?? [];

describe('buildProgress', () => {
  it('counts the plan\'s blocks done and the weeks with every block done', () => {
    const p = buildProgress(input({ completions: [...week1, completion('t.w2.d1.4h.1', '2026-03-04'), completion('t.w2.d1.6h.1', '2026-03-04')] }));
    expect(p.blocks).toEqual({ done: 15, total: 28, percent: 54 });
    expect(p.weeks).toEqual({ done: 1, total: 2 });
  });

  it('counts only the weeks from the start week', () => {
    const p = buildProgress(input({ startWeek: 2, completions: week1 }));
    expect(p.blocks).toEqual({ done: 0, total: 14, percent: 0 });
    expect(p.weeks).toEqual({ done: 0, total: 1 });
  });

  it.each([
    ['before the start', '2026-02-27', [], { position: 'before-start', index: null, week: null, day: null }],
    ['on day 4', '2026-03-05', [], { position: 'day', index: 3, week: 1, day: 4 }],
    ['on a rest day', '2026-03-05', ['2026-03-05'], { position: 'rest', index: 3, week: 1, day: 4 }],
    ['in week 2', '2026-03-10', [], { position: 'day', index: 8, week: 2, day: 2 }],
    ['after the end', '2026-04-01', [], { position: 'complete', index: null, week: null, day: null }],
  ])('places today %s', (_what, today, skips, expected) => {
    expect(buildProgress(input({ today: isoDate(today), skips: isoDates(...skips) })).today).toEqual({ date: today, planDays: 14, ...expected });
  });

  it('without a stated target each plan day asks for the default 2–3', () => {
    const p = buildProgress(input({ problems: problemLog([problem('2026-03-02'), problem('2026-03-03'), problem('2026-03-05')]) }));
    expect(p.dsa).toEqual({ done: 3, target: { min: 28, max: 42 }, stated: false, fallback: { min: 2, max: 3 }, perDay: 0.75, restDays: 0 });
  });

  it('adds up each plan day\'s own target: a week that states none takes the default, not another week\'s', () => {
    const track = makeTrack();
    const [first, second] = track.weeks;
    if (!first || !second) throw new Error('two weeks expected');
    first.dailyDsa = { min: 1, max: 1 };
    expect(buildProgress(input({ track })).dsa).toMatchObject({ target: { min: 7 + 14, max: 7 + 21 }, stated: false });
    second.dailyDsa = { min: 3, max: 4 };
    expect(buildProgress(input({ track })).dsa).toMatchObject({ target: { min: 7 + 21, max: 7 + 28 }, stated: true });
  });

  it('a learner\'s setting stands in for the weeks that state none', () => {
    const p = buildProgress(input({ dsaSetting: { min: 1, max: 2 } }));
    expect(p.dsa).toMatchObject({ target: { min: 14, max: 28 }, stated: false });
  });

  it('with a stated daily target multiplies it by the plan days', () => {
    const p = buildProgress(input({ track: makeTrack({ dailyDsa: { min: 2, max: 3 } }) }));
    expect(p.dsa).toMatchObject({ target: { min: 28, max: 42 }, stated: true, perDay: 0 });
  });

  it('leaves out problems dated after today, as the days counted stop at today', () => {
    const p = buildProgress(input({ problems: problemLog([problem('2026-03-02'), problem('2026-03-05'), problem('2026-03-06'), problem('2026-04-01')]) }));
    expect(p.dsa).toMatchObject({ done: 2, perDay: 0.5 });
    // Before the start, problems logged ahead count for nothing yet.
    const early = buildProgress(input({ today: isoDate('2026-02-27'), problems: problemLog([problem('2026-03-02')]) }));
    expect(early.dsa).toMatchObject({ done: 0, perDay: 0 });
  });

  it('per day counts from the first problem when it comes before the start', () => {
    const p = buildProgress(input({ problems: problemLog([problem('2026-02-26'), problem('2026-03-05')]) }));
    expect(p.dsa.perDay).toBe(0.25); // 2 problems over the 8 days 02-26 … 03-05
  });

  it('per day leaves rest days out, and says how many', () => {
    const p = buildProgress(input({ problems: problemLog([problem('2026-03-02'), problem('2026-03-05')]), skips: [isoDate('2026-03-03'), isoDate('2026-03-03')] }));
    expect(p.dsa).toMatchObject({ perDay: 0.67, restDays: 1 }); // 2 problems over 4 days less 1 rest day
  });

  it('the fallback target is the learner\'s own where there is one', () => {
    expect(buildProgress(input({ dsaSetting: { min: 1, max: 2 } })).dsa.fallback).toEqual({ min: 1, max: 2 });
  });

  it('calendar pace finishes on the last plan day\'s date, rest days included', () => {
    expect(buildProgress(input()).projectedFinish).toBe('2026-03-15');
    expect(buildProgress(input({ skips: [isoDate('2026-03-03'), isoDate('2026-03-04')] })).projectedFinish).toBe('2026-03-17');
  });

  it('progress pace extrapolates blocks per day so far', () => {
    // 14 blocks in the 4 days 03-02 … 03-05: 3.5 a day, 14 left → 4 more days.
    expect(buildProgress(input({ pace: 'progress', completions: week1 })).projectedFinish).toBe('2026-03-09');
    expect(buildProgress(input({ pace: 'progress' })).projectedFinish).toBeNull();
  });

  it('progress pace, all done: the date the last block was marked', () => {
    const all = TRACK.weeks.flatMap((w) => w.days.flatMap((d) => d.blocks4h.map((b, i) => completion(b.id, i ? '2026-03-04' : '2026-03-03'))));
    expect(buildProgress(input({ pace: 'progress', completions: all })).projectedFinish).toBe('2026-03-04');
  });

  it('includes a 16-week heatmap ending today', () => {
    const p = buildProgress(input());
    expect(p.heatmap.to).toBe('2026-03-05');
    expect(p.heatmap.days).toHaveLength(15 * 7 + 4);
  });
});
