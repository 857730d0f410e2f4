// Problem counts in a track's words: a day's blocks ("2–3 problems") and a week's goals ("2–3 problems/day").
import { describe, expect, it } from 'vitest';
import { blockProblems, blocksProblems, parseDailyTarget, parseProblemCount } from '../../src/track/targets.js';

describe('parseProblemCount', () => {
  it.each([
    ['2 problems', { min: 2, max: 2 }],
    ['2–3 problems', { min: 2, max: 3 }],
    ['1-2 problems (light)', { min: 1, max: 2 }],
    ['3 medium problems', { min: 3, max: 3 }],
    ['2–3 sliding window problems', { min: 2, max: 3 }],
    ['2–3 sliding window / two-pointer problems', { min: 2, max: 3 }],
    ['Extra 1–2 DSA problems', { min: 1, max: 2 }],
    ['+1–2 medium array/string problems.', { min: 1, max: 2 }],
    ['1 additional medium problem (strings/arrays).', { min: 1, max: 1 }],
    ['Solve 2 easy problems, then 3 medium problems', { min: 5, max: 5 }],
    ['Mixed arrays/strings/hash maps (2–3 problems)', { min: 2, max: 3 }],
    ['2 to 4 problems', { min: 2, max: 4 }],
    // A duration or a week's, day's or part's number is never a count of problems.
    ['Take 30 min to solve 2 problems', { min: 2, max: 2 }],
    ['Spend 45 minutes on 2 problems', { min: 2, max: 2 }],
    ['Timebox 40 min per problem; 2 problems total', { min: 2, max: 2 }],
    ['Spend 1h30 on 2–3 problems', { min: 2, max: 3 }],
    ['Spend 45–60 min on 3 problems', { min: 3, max: 3 }],
    ['Day 1: 2 problems', { min: 2, max: 2 }],
  ] as const)('%s', (text, count) => {
    expect(parseProblemCount(text)).toEqual(count);
  });

  it.each([
    'Mixed problems',
    'Recognize and fix N+1 query problems',
    'What is the N+1 query problem?',
    'Why naive readFile can be problematic for huge files',
    'Keep the habit going at 2–3 problems/day',
    'Build a worker pool: 3 workers processing jobs',
    'Another DSA problem, focusing on a different pattern',
    '0 problems',
    'v1.2 problems',
    'Week 3 problems: sliding window',
    'Revisit the day 2 problems',
    'Part 2 problems',
    'Week 3-4 problems',
    'Spend 45 minutes on problems',
    'Solve 3-4 problems daily.',
  ])('names none: %s', (text) => {
    expect(parseProblemCount(text)).toBeNull();
  });
});

describe('blockProblems', () => {
  it('reads a title taken from the first detail once', () => {
    expect(blockProblems({ label: 'Block 3', title: '2–3 problems', details: ['2–3 problems', '  arrays or strings'] })).toEqual({ min: 2, max: 3 });
  });

  it('adds the title and the details below it', () => {
    expect(blockProblems({ label: 'Block 3', title: 'Warm up with 2 easy problems', details: ['Then 3 medium problems'] })).toEqual({ min: 5, max: 5 });
  });

  it('reads the label when the title names none', () => {
    expect(blockProblems({ label: 'Extra 1–2 DSA problems', title: 'Extra DSA', details: [] })).toEqual({ min: 1, max: 2 });
  });

  it('adds up across blocks, and names none when no block does', () => {
    const easy = { label: 'Block 2', title: '2 easy problems', details: [] };
    const medium = { label: 'Block 3', title: '3 medium problems', details: [] };
    const none = { label: 'Block 1', title: 'Design the API', details: ['sketch it'] };
    expect(blocksProblems([easy, none, medium])).toEqual({ min: 5, max: 5 });
    expect(blocksProblems([none])).toBeNull();
  });
});

describe('parseDailyTarget', () => {
  it.each([
    ['Keep the habit going at 2–3 problems/day.', { min: 2, max: 3 }],
    ['3–4 problems per day', { min: 3, max: 4 }],
    ['4 to 5 problems/day', { min: 4, max: 5 }],
    ['Solve 3-4 problems daily.', { min: 3, max: 4 }],
    ['3–4 problems every day', { min: 3, max: 4 }],
    ['2 problems each day', { min: 2, max: 2 }],
  ] as const)('%s', (text, count) => {
    expect(parseDailyTarget([{ text, children: [] }])).toEqual(count);
  });

  it.each(['Review the problems of every day this week', '2 problems on the last day'])('states none: %s', (text) => {
    expect(parseDailyTarget([{ text, children: [] }])).toBeNull();
  });
});
