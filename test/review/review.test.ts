// buildReview: one plan week summarised from the log, table by table.
import { describe, expect, it } from 'vitest';
import { buildReview, type ReviewInput } from '../../src/review/review.js';
import { completion, lesson, makeTrack, problem } from './fixtures.js';
import { isoDate } from '../helpers/dates.js';
import { problemLog } from '../../src/log/problem-log.js';

const START = isoDate('2026-03-02'); // a Monday: week 1 is 03-02 … 03-08, week 2 is 03-09 … 03-15
const TRACK = makeTrack();

function input(over: Partial<ReviewInput> = {}): ReviewInput {
  return {
    track: TRACK, plan: '4h', startWeek: 1, start: START, week: 1, today: isoDate('2026-03-04'),
    completions: [], problems: problemLog([]), skips: [], lessons: [], dsaSetting: null, ...over,
  };
}

const LOG: Partial<ReviewInput> = {
  completions: [
    completion('t.w1.d1.4h.1', '2026-03-02', { minutes: 90, note: 'slow start' }),
    completion('t.w1.d1.4h.2', '2026-03-02'),
    // Logged two days late: it still counts for day 2, by its block id.
    completion('t.w1.d2.4h.1', '2026-03-05'),
  ],
  problems: problemLog([problem('2026-03-02', 'easy', ['arrays']), problem('2026-03-02', 'medium', ['graphs', 'arrays']), problem('2026-03-03', 'hard')]),
};

describe('buildReview: the days of the week', () => {
  const r = buildReview(input(LOG));

  it.each([
    // day, date, blocks done/planned, minutes done, dsa
    [1, '2026-03-02', 2, 2, 150, 2],
    [2, '2026-03-03', 1, 2, 60, 1],
    [3, '2026-03-04', 0, 2, 0, 0],
    [7, '2026-03-08', 0, 2, 0, 0],
  ])('day %i (%s): %i of %i blocks, %i minutes, %i problems', (day, date, done, planned, minutes, dsa) => {
    const d = r?.days.find((x) => x.day === day);
    expect(d).toMatchObject({ date, blocks: { done, planned }, minutes: { done: minutes, planned: { min: 120, max: 120 } }, dsa });
  });

  it('collects topics (problems first, then the focus) and completion notes per day', () => {
    expect(r?.days[0]?.topics).toEqual(['arrays', 'graphs', 'Focus 1.1']);
    expect(r?.days[0]?.notes).toEqual(['slow start']);
    expect(r?.days[1]?.topics).toEqual(['Focus 1.2']);
  });

  it('totals blocks, minutes and DSA against the week target by difficulty', () => {
    expect(r?.totals).toEqual({
      blocks: { done: 3, planned: 14, percent: 21, dropped: 0 },
      minutes: { done: 210, planned: { min: 840, max: 840 } },
      dsa: { done: 3, target: { min: 14, max: 21 }, daily: { min: 2, max: 3 }, byDifficulty: { easy: 1, medium: 1, hard: 1, unknown: 0 } },
    });
    expect(r).toMatchObject({ track: 't', week: 1, plan: '4h', from: '2026-03-02', to: '2026-03-08', previous: null });
  });

  it('lists undone blocks only for days the calendar has reached', () => {
    expect(r?.undone.map((d) => [d.day, d.blocks.map((b) => b.id)])).toEqual([
      [2, ['t.w1.d2.4h.2']],
      [3, ['t.w1.d3.4h.1', 't.w1.d3.4h.2']],
    ]);
  });

  it('counts streaks over the whole log up to today', () => {
    expect(r?.streak).toEqual({ current: 2, longest: 2 });
  });
});

describe('buildReview: variations', () => {
  it('uses the track\'s daily DSA target times the days in the week', () => {
    const r = buildReview(input({ track: makeTrack({ dailyDsa: { min: 1, max: 2 }, days: 5 }) }));
    expect(r?.totals.dsa).toMatchObject({ target: { min: 5, max: 10 }, daily: { min: 1, max: 2 } });
  });

  it('a week that states no target takes the learner\'s setting, else the default, not another week\'s', () => {
    const track = makeTrack();
    const [first] = track.weeks;
    if (!first) throw new Error('a week expected');
    first.dailyDsa = { min: 4, max: 5 };
    expect(buildReview(input({ track, week: 2 }))?.totals.dsa).toMatchObject({ target: { min: 14, max: 21 }, daily: { min: 2, max: 3 } });
    expect(buildReview(input({ track, week: 2, dsaSetting: { min: 1, max: 1 } }))?.totals.dsa).toMatchObject({ target: { min: 7, max: 7 }, daily: { min: 1, max: 1 } });
    expect(buildReview(input({ track, week: 1, dsaSetting: { min: 1, max: 1 } }))?.totals.dsa).toMatchObject({ target: { min: 28, max: 35 }, daily: { min: 4, max: 5 } });
  });

  it('the 6h plan counts the additions, with their own minutes', () => {
    const r = buildReview(input({ plan: '6h', completions: [completion('t.w1.d1.6h.1', '2026-03-02')] }));
    expect(r?.days[0]).toMatchObject({ blocks: { done: 1, planned: 3 }, minutes: { done: 60, planned: { min: 180, max: 210 } } });
  });

  it('a rest day moves the dates on, is listed, and its problems count in the week total only', () => {
    const r = buildReview(input({ skips: [isoDate('2026-03-03'), isoDate('2026-02-01')], problems: problemLog([problem('2026-03-03'), problem('2026-03-04')]) }));
    expect(r?.days.map((d) => d.date).slice(0, 3)).toEqual(['2026-03-02', '2026-03-04', '2026-03-05']);
    expect(r?.to).toBe('2026-03-09');
    expect(r?.skipped).toEqual(['2026-03-03']);
    expect(r?.days.reduce((n, d) => n + d.dsa, 0)).toBe(1);
    expect(r?.totals.dsa.done).toBe(2);
  });

  it('compares with the previous plan week', () => {
    const r = buildReview(input({ ...LOG, week: 2, today: isoDate('2026-03-10'), completions: [...(LOG.completions ?? []), completion('t.w2.d1.4h.1', '2026-03-09', { minutes: 30 })] }));
    expect(r?.previous).toMatchObject({ week: 1, blocks: { done: 3, planned: 14 }, minutes: { done: 210 }, dsa: { done: 3 } });
    expect(r?.totals).toMatchObject({ blocks: { done: 1 }, minutes: { done: 30 }, dsa: { done: 0 } });
  });

  it('has no previous week when the plan starts at this week, even if the track has earlier ones', () => {
    const r = buildReview(input({ startWeek: 2, week: 2 }));
    expect(r?.previous).toBeNull();
    expect(r?.from).toBe(START);
  });

  it.each([
    ['a week before the start week', { startWeek: 2, week: 1 }],
    ['a week the track does not have', { week: 9 }],
  ])('is null for %s', (_what, over) => {
    expect(buildReview(input(over))).toBeNull();
  });
});

describe('buildReview: lessons', () => {
  const lessons = [lesson(1, 'one'), lesson(1, 'two'), lesson(2, 'other week'), lesson(1, 'other track', { track: 'x' })];

  it.each([
    // today, lessons for the week, more wanted
    ['2026-03-07', 2, 0], // before day 7 nothing is asked
    ['2026-03-08', 2, 1], // day 7: 2 of 3
    ['2026-03-20', 0, 3],
    ['2026-03-08', 4, 0],
  ])('on %s with %i lessons asks for %i more', (today, n, wanted) => {
    const list = [...lessons, ...['3', '4'].map((t) => lesson(1, t))].filter((l) => l.track === 't' && l.week === 1).slice(0, n);
    const r = buildReview(input({ today: isoDate(today), lessons: [...list, lessons[2], lessons[3]].filter((l) => l !== undefined) }));
    expect(r?.lessons).toHaveLength(n);
    expect(r?.lessonsWanted).toBe(wanted);
  });

  it('keeps only this track\'s lessons for this week', () => {
    expect(buildReview(input({ lessons }))?.lessons.map((l) => l.text)).toEqual(['one', 'two']);
  });
});
