// The review's text and markdown, and the progress view, rendered without colour.
import { describe, expect, it } from 'vitest';
import { renderProgress, renderHeatmap } from '../../src/render/progress.js';
import { isReviewNote, renderReviewMarkdown } from '../../src/render/review-markdown.js';
import { renderReview } from '../../src/render/review.js';
import { makeStyle, stripColor } from '../../src/render/color.js';
import { heatmap } from '../../src/review/heatmap.js';
import { buildProgress } from '../../src/review/progress.js';
import { buildReview, type Review, type ReviewInput } from '../../src/review/review.js';
import { completion, lesson, makeTrack, problem } from './fixtures.js';
import { isoDate } from '../helpers/dates.js';
import { problemLog } from '../../src/log/problem-log.js';

const plain = makeStyle(0);
const TRACK = makeTrack();

function review(over: Partial<ReviewInput> = {}): Review {
  const r = buildReview({
    track: TRACK, plan: '4h', startWeek: 1, start: isoDate('2026-03-02'), week: 2, today: isoDate('2026-03-15'),
    completions: [
      completion('t.w1.d1.4h.1', '2026-03-02'),
      completion('t.w2.d1.4h.1', '2026-03-09', { minutes: 75, note: 'a | pipe' }),
      completion('t.w2.d1.4h.2', '2026-03-09'),
      completion('t.w2.d2.4h.1', '2026-03-10'),
    ],
    problems: problemLog([problem('2026-03-09', 'easy', ['arrays']), problem('2026-03-09', 'hard'), problem('2026-03-10', null)]),
    skips: [], lessons: [lesson(2, 'keep the \x1b[31mred\x1b[0m out')], dsaSetting: null, ...over,
  });
  if (!r) throw new Error('no review');
  return r;
}

describe('renderReview', () => {
  const text = renderReview(plain, review());

  it('prints a row per day with blocks, time and DSA against the daily target', () => {
    expect(text).toContain('Test Track · week 2 review  Mon 9 Mar – Sun 15 Mar 2026 · 4h plan');
    expect(text).toMatch(/^ {2}1 {2}Mon 9 Mar {3}Focus 2\.1 +2\/2 {2}2h 15m of 2h +2 of 2–3$/m);
    expect(text).toMatch(/^ {2}2 {2}Tue 10 Mar {2}Focus 2\.2 +1\/2 {2}1h of 2h +1 of 2–3$/m);
  });

  it('prints the totals, streak, comparison, undone blocks and the lesson hint', () => {
    expect(text).toContain('Blocks  3 of 14 done (21%)');
    expect(text).toContain('Time    3h 15m of 14h planned');
    expect(text).toContain('DSA     3 solved of 14–21 (2–3 a day) · easy 1 · medium 0 · hard 1 · not given 1');
    expect(text).toContain('Streak  0 days (longest 2) · 0 rest days this week');
    expect(text).toContain('vs week 1: blocks 1 → 3 (+2) · time 1h → 3h 15m (+2h 15m) · DSA 0 → 3 (+3)');
    expect(text).toContain('Left undone (11 blocks):');
    expect(text).toContain('    ☐ DSA  60 min  Block 2  w2 d2 4h 2  t.w2.d2.4h.2');
    expect(text).toContain('  • keep the red out');
    expect(text).toContain('Day 7 asks for 3–5 key lessons: add 2 more with coach lesson add "..." --week 2');
    expect(text).not.toContain('\x1b');
  });

  it('reads the same with colour once the codes are stripped', () => {
    const coloured = renderReview(makeStyle(1), review());
    expect(coloured).toContain('\x1b[');
    expect(stripColor(coloured)).toBe(text);
  });

  it('keeps each undone block and its id on one line, the label giving way to a title of fewer than 12 columns', () => {
    const row = /^ {4}☐ DSA {2}60 min {2}(Block 2 {2})?(.+) {2}t\.w2\.d2\.4h\.2$/m;
    const wide = row.exec(renderReview(plain, review(), 60));
    expect(wide?.[1]).toBe('Block 2  ');
    for (const columns of [45, 50]) {
      const narrow = renderReview(plain, review(), columns);
      const m = row.exec(narrow);
      expect(m?.[1]).toBeUndefined();
      expect(m?.[2]).toBe('w2 d2 4h 2');
      for (const line of narrow.split('\n').filter((l) => l.includes('☐'))) expect(line).toMatch(/ t\.w\d\.d\d\.4h\.\d$/);
    }
  });

  it('before day 7 with no lessons only suggests noting one', () => {
    const t = renderReview(plain, review({ today: isoDate('2026-03-10'), lessons: [] }));
    expect(t).toContain('Lessons (0)\nNote what you learn with coach lesson add "..." --week 2');
    expect(t).toContain('Left undone (1 block):');
  });
});

describe('renderReviewMarkdown', () => {
  const md = renderReviewMarkdown(review());

  it('starts with the marker a later run recognises', () => {
    expect(md.split('\n')[0]).toBe('<!-- coach review: t week 2; written by coach review, which may overwrite it -->');
    expect(isReviewNote(md)).toBe(true);
    expect(isReviewNote('# My notes\n')).toBe(false);
  });

  it('ends with one progress-log row per day, pipes escaped', () => {
    const log = md.slice(md.indexOf('## Progress log'));
    expect(log.split('\n').slice(2, 5)).toEqual([
      '| Date | Hours | DSA problems | Topics | Notes |',
      '| --- | --- | --- | --- | --- |',
      '| 2026-03-09 | 2.25 | 2 | arrays; Focus 2.1 | a \\| pipe |',
    ]);
    expect(log.trimEnd().split('\n')).toHaveLength(2 + 2 + 7);
    expect(md.trimEnd().endsWith('| 2026-03-15 | 0 | 0 | Focus 2.7 |  |')).toBe(true);
  });

  it('has the totals, the undone blocks and the lessons', () => {
    expect(md).toContain('- Blocks: 3 of 14 (21%)');
    expect(md).toContain('- Day 2 (2026-03-10): Block 2 (DSA, 60 min) w2 d2 4h 2 `t.w2.d2.4h.2`');
    expect(md).toContain('## Lessons\n\n- keep the red out\n');
  });
});

describe('renderProgress and the heatmap', () => {
  const completions = [completion('t.w1.d1.4h.1', '2026-03-02', { minutes: 250 }), completion('t.w1.d2.4h.1', '2026-03-03', { minutes: 90 })];
  const p = buildProgress({ track: TRACK, plan: '4h', pace: 'calendar', startWeek: 1, start: isoDate('2026-03-02'), today: isoDate('2026-03-04'), completions, problems: problemLog([problem('2026-03-04')]), skips: [], dsaSetting: null });

  it('draws weekday rows, week columns, month labels and a legend', () => {
    const lines = renderHeatmap(plain, heatmap({ completions, problems: problemLog([problem('2026-03-04')]), today: isoDate('2026-03-04') }));
    expect(lines).toHaveLength(9);
    // From Mon 2025-11-17: Nov over column 0, each later month over the week holding its 1st (Dec 1 is in column 2).
    expect(lines[0]).toBe('     Nov Dec     Jan     Feb     Mar');
    expect(lines[1]).toBe('Mon  ' + Array(15).fill('·').join(' ') + ' █');
    expect(lines[2]).toBe('Tue  ' + Array(15).fill('·').join(' ') + ' ▒');
    expect(lines[3]).toBe('Wed  ' + Array(15).fill('·').join(' ') + ' ░');
    expect(lines[4]).toBe('Thu  ' + Array(15).fill('·').join(' '));
    expect(lines[8]).toContain('less · ░ ▒ ▓ █ more');
  });

  it('puts the bar, today\'s marker, DSA and the finish in the text', () => {
    const text = renderProgress(plain, p);
    expect(text).toContain('Blocks  ██░░░░░░░░░░░░░░░░░░░░░░░░░░░░  2 of 28 blocks (7%)');
    expect(text).toContain('      ▲ today: week 1 day 3, plan day 3 of 14');
    expect(text).toContain('Weeks   0 of 2 done');
    expect(text).toContain('DSA     1 solved of 28–42 for the track · 0.33 a day\n        2–3 a day where the track states no target\n');
    expect(text).toContain('Finish  Sun 15 Mar 2026 (the calendar date of the last plan day)');
    expect(stripColor(renderProgress(makeStyle(1), p))).toBe(text);
  });
});
