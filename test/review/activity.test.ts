// Streaks, the minutes rule and the heatmap's dates and levels.
import { describe, expect, it } from 'vitest';
import { completionMinutes } from '../../src/log/attach.js';
import { streaks } from '../../src/review/activity.js';
import { heatmap, levelOf, mondayOf } from '../../src/review/heatmap.js';
import { weekday } from '../../src/schedule/dates.js';
import { completion, problem } from './fixtures.js';
import { isoDate, isoDates } from '../helpers/dates.js';
import { problemLog } from '../../src/log/problem-log.js';

const TODAY = isoDate('2026-03-12'); // a Thursday

describe('streaks', () => {
  it.each([
    ['no activity', [], [], 0, 0],
    ['three days up to today', ['2026-03-10', '2026-03-11', '2026-03-12'], [], 3, 3],
    ['up to yesterday: today is still open', ['2026-03-10', '2026-03-11'], [], 2, 2],
    ['broken the day before yesterday', ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-10'], [], 0, 3],
    ['a gap breaks the run', ['2026-03-08', '2026-03-09', '2026-03-11', '2026-03-12'], [], 2, 2],
    ['a rest day bridges without counting', ['2026-03-09', '2026-03-11', '2026-03-12'], ['2026-03-10'], 3, 3],
    ['activity after today is ignored', ['2026-03-12', '2026-03-13', '2026-03-14'], [], 1, 1],
  ])('%s', (_what, active, rest, current, longest) => {
    expect(streaks(new Set(isoDates(...active)), new Set(isoDates(...rest)), TODAY)).toEqual({ current, longest });
  });
});

describe('completionMinutes', () => {
  const block = { id: 'b', label: 'B', category: 'DSA', title: 't', minutes: { min: 45, max: 60 }, plan: '4h' as const, details: [], line: 1 };
  it.each([
    ['logged minutes win', { minutes: 80 }, block, 80],
    ['else the snapshot\'s planned minimum, whatever the track says now', {}, block, 60],
    ['else the snapshot\'s planned minimum', {}, undefined, 60],
    ['else, without a snapshot, the block\'s planned minimum', { planned: null }, block, 45],
    ['zero when nothing is known', { planned: null }, undefined, 0],
  ])('%s', (_what, over, b, expected) => {
    expect(completionMinutes(completion('t.w1.d1.4h.1', TODAY, over), b)).toBe(expected);
  });
});

describe('heatmap', () => {
  it('runs from the Monday 15 weeks before this week to today', () => {
    const h = heatmap({ completions: [], problems: problemLog([]), today: TODAY });
    expect(h.from).toBe('2025-11-24');
    expect(weekday(h.from)).toBe(1);
    expect(h.to).toBe(TODAY);
    expect(h.days).toHaveLength(15 * 7 + 4);
    expect(h.days.at(-1)?.date).toBe(TODAY);
    expect(h.days.every((d) => d.level === 0)).toBe(true);
  });

  it('sums minutes per logged date, counts problems, and levels them', () => {
    const h = heatmap({
      completions: [completion('t.w1.d1.4h.1', '2026-03-10', { minutes: 150 }), completion('t.w1.d1.4h.2', '2026-03-10'), completion('t.w1.d1.4h.3', '2026-03-11', { minutes: 30 })],
      problems: problemLog([problem('2026-03-09'), problem('2026-03-10'), problem('2025-01-01')]),
      today: TODAY,
    });
    const at = (date: string) => h.days.find((d) => d.date === date);
    expect(at('2026-03-09')).toEqual({ date: '2026-03-09', minutes: 0, problems: 1, level: 1 });
    expect(at('2026-03-10')).toEqual({ date: '2026-03-10', minutes: 210, problems: 1, level: 3 });
    expect(at('2026-03-11')).toMatchObject({ minutes: 30, level: 1 });
    expect(at('2026-03-12')).toMatchObject({ minutes: 0, level: 0 });
  });

  it.each([
    [0, 0, 0], [0, 2, 1], [1, 0, 1], [59, 0, 1], [60, 0, 2], [119, 0, 2], [120, 0, 3], [239, 0, 3], [240, 0, 4], [600, 5, 4],
  ])('%i minutes and %i problems is level %i', (minutes, problems, level) => {
    expect(levelOf(minutes, problems)).toBe(level);
  });

  it('mondayOf keeps Mondays and moves Sundays back six days', () => {
    expect(mondayOf(isoDate('2026-03-09'))).toBe('2026-03-09');
    expect(mondayOf(isoDate('2026-03-15'))).toBe('2026-03-09');
  });
});
