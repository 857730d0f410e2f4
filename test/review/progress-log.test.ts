// The markdown note's progress log: one row per calendar date of the week up to today, booking
// each block on the date it was marked done (as the heatmap does), not on its plan day.
import { describe, expect, it } from 'vitest';
import { renderReviewMarkdown } from '../../src/render/review-markdown.js';
import { heatmap } from '../../src/review/heatmap.js';
import { attach } from '../../src/log/attach.js';
import { buildReview, type Review } from '../../src/review/review.js';
import { completion, makeTrack, problem } from './fixtures.js';
import { isoDate } from '../helpers/dates.js';
import { problemLog } from '../../src/log/problem-log.js';

const TRACK = makeTrack();
// Week 2 runs Mon 9 to Sun 15 March 2026; today is Thursday the 12th.
const completions = [
  completion('t.w2.d1.4h.1', '2026-03-11', { minutes: 90 }), // day 1's block, caught up on day 3
  completion('t.w1.d7.4h.1', '2026-03-10'), // last week's block, done this week: 60 planned
  completion('t.w2.d2.4h.1', '2026-03-10', { note: 'late start' }),
  completion('t.w2.d5.4h.1', '2026-03-12', { minutes: 30 }), // ahead of the plan
];
const problems = [problem('2026-03-11', 'medium', ['graphs']), problem('2026-03-13', 'easy', ['later'])];

function review(today = isoDate('2026-03-12')): Review {
  const r = buildReview({
    track: TRACK, plan: '4h', startWeek: 1, start: isoDate('2026-03-02'), week: 2, today,
    completions, problems: problemLog(problems), skips: [], lessons: [], dsaSetting: null,
  });
  if (!r) throw new Error('no review');
  return r;
}

describe('the progress log of a review', () => {
  it('has a row per date up to today, with what was logged that date whatever its plan day', () => {
    expect(review().progressLog).toEqual([
      { date: '2026-03-09', minutes: 0, dsa: 0, topics: ['Focus 2.1'], notes: [] },
      { date: '2026-03-10', minutes: 120, dsa: 0, topics: ['Focus 1.7', 'Focus 2.2'], notes: ['late start'] },
      { date: '2026-03-11', minutes: 90, dsa: 1, topics: ['graphs', 'Focus 2.1', 'Focus 2.3'], notes: [] },
      { date: '2026-03-12', minutes: 30, dsa: 0, topics: ['Focus 2.5', 'Focus 2.4'], notes: [] },
    ]);
  });

  it('books the same minutes per date as the heatmap', () => {
    const map = heatmap({ completions, problems: problemLog(problems), blockOf: attach(TRACK, completions).blockOf, today: isoDate('2026-03-12') });
    for (const row of review().progressLog) {
      expect(map.days.find((d) => d.date === row.date)).toMatchObject({ minutes: row.minutes, problems: row.dsa });
    }
  });

  it('the plan-day table still counts a block on its own day', () => {
    const r = review();
    expect(r.days[0]).toMatchObject({ date: '2026-03-09', minutes: { done: 90 }, blocks: { done: 1 } });
  });

  it('writes those rows in the markdown, and none for the dates still to come', () => {
    const md = renderReviewMarkdown(review());
    expect(md.slice(md.indexOf('## Progress log')).trimEnd().split('\n').slice(2)).toEqual([
      '| Date | Hours | DSA problems | Topics | Notes |',
      '| --- | --- | --- | --- | --- |',
      '| 2026-03-09 | 0 | 0 | Focus 2.1 |  |',
      '| 2026-03-10 | 2 | 0 | Focus 1.7; Focus 2.2 | late start |',
      '| 2026-03-11 | 1.5 | 1 | graphs; Focus 2.1; Focus 2.3 |  |',
      '| 2026-03-12 | 0.5 | 0 | Focus 2.5; Focus 2.4 |  |',
    ]);
  });

  it('has no rows for a week that has not started, and seven once it is over', () => {
    expect(review(isoDate('2026-03-08')).progressLog).toEqual([]);
    const after = review(isoDate('2026-03-20')).progressLog;
    expect(after.map((d) => d.date)).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    expect(after[4]).toMatchObject({ date: '2026-03-13', dsa: 1, topics: ['later', 'Focus 2.5'] });
  });

  it('a rest day inside the week is a date of its own', () => {
    const r = buildReview({
      track: TRACK, plan: '4h', startWeek: 1, start: isoDate('2026-03-02'), week: 2, today: isoDate('2026-03-20'),
      completions: [completion('t.w2.d2.4h.1', '2026-03-10', { minutes: 45 })], problems: problemLog([]), skips: [isoDate('2026-03-10')], lessons: [], dsaSetting: null,
    });
    expect(r?.progressLog.slice(0, 3)).toEqual([
      { date: '2026-03-09', minutes: 0, dsa: 0, topics: ['Focus 2.1'], notes: [] },
      { date: '2026-03-10', minutes: 45, dsa: 0, topics: ['Focus 2.2'], notes: [] },
      { date: '2026-03-11', minutes: 0, dsa: 0, topics: ['Focus 2.2'], notes: [] },
    ]);
    expect(r?.progressLog).toHaveLength(8);
  });
});
