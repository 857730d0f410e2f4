// Practice targets from every source, as the views show them: the guide's scaled to the plan's
// weeks, a track's front matter `targets:` (checked by coach validate), `coach init --target`, and
// the arithmetic of pace and projection.
import { describe, expect, it } from 'vitest';
import { init } from '../../src/commands/init.js';
import { logPractice } from '../../src/commands/log.js';
import { progress } from '../../src/commands/progress.js';
import { review } from '../../src/commands/review.js';
import { validate } from '../../src/commands/validate.js';
import { UsageError } from '../../src/errors.js';
import { practiceProgress, weeksSoFar } from '../../src/practice/practice-view.js';
import { readTargets } from '../../src/track/practice-targets.js';
import { isoDate } from '../helpers/dates.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, logOf, NOW, setUp, weekFile } from './setup.js';

/** A two-week track (weeks 11 and 12 of the bundled text), with `front` added to week 11's front matter. */
const twoWeeks = (front = ''): string => contentDir({
  'go/week-11.md': weekFile('go', 11).replace('week: 11\n', `week: 11\n${front}`),
  'go/week-12.md': weekFile('go', 12),
});

const targetsOf = async (home: string): Promise<Record<string, unknown>> => {
  const p = await progress(testContext({ home, now: NOW }).ctx, {});
  return Object.fromEntries(p.practice.map((a) => [a.kind, [a.target.min, a.target.max, a.source]]));
};

describe('targets by source', () => {
  it.each([
    ['the guide\'s, scaled to a 2-week plan', '', [], { design: [1, 2, 'guide'], mock: [1, 1, 'guide'], 'machine-coding': [1, 2, 'guide'], project: [0, 0, 'guide'] }],
    ['the track\'s, as written', 'targets: { design: 3-4, mock: 2 }\n', [], { design: [3, 4, 'content'], mock: [2, 2, 'content'], theory: [1, 2, 'guide'] }],
    ['the track\'s in a block map', 'targets:\n  machine-coding: 5-6\n  Project: "1"\n', [], { 'machine-coding': [5, 6, 'content'], project: [1, 1, 'content'] }],
    ['the learner\'s over the track\'s', 'targets: { design: 3-4 }\n', ['design=6-9', 'theory=2'], { design: [6, 9, 'learner'], theory: [2, 2, 'learner'] }],
    ['DSA from the track\'s daily targets when no file declares it', '', [], { dsa: [28, 42, 'content'] }],
    ['DSA the learner\'s over the daily targets', '', ['dsa=30-40'], { dsa: [30, 40, 'learner'] }],
  ])('%s', async (_name, front, flags, expected) => {
    const content = twoWeeks(front);
    const home = await setUp({ start: '2026-11-23', content, ...(flags.length ? { target: flags } : {}) });
    expect(await targetsOf(home)).toMatchObject(expected);
  });

  it('init --target is saved, merged with the saved ones, and KIND=none forgets one', async () => {
    const home = await setUp({ start: '2026-11-23', target: ['design=6-9', 'mock=4'] });
    expect(logOf(home).getSettings()).toMatchObject({ targets: 'design=6-9,mock=4' });
    await init(testContext({ home, now: NOW }).ctx, { target: ['Mock=none', 'theory=3-5'] });
    expect(logOf(home).getSettings()).toMatchObject({ targets: 'design=6-9,theory=3-5' });
    const t = testContext({ home, now: NOW });
    await init(t.ctx, { target: ['design=none', 'theory=none'] });
    expect(logOf(home).getSettings().targets).toBe('');
  });

  it.each([['chess=4'], ['design=9-3'], ['design'], ['design=many'], ['mock=99999']])('init --target %s is refused and writes nothing', async (flag) => {
    const home = tempDir();
    await expect(init(testContext({ home, now: NOW }).ctx, { yes: true, target: [flag] })).rejects.toThrow(UsageError);
    await expect(init(testContext({ home, now: NOW }).ctx, { yes: true, target: [flag] })).rejects.toThrow(/--target/);
    expect(logOf(await setUp({}, home)).getSettings().targets).toBeUndefined();
  });
});

describe('front matter targets', () => {
  it.each([
    [{ design: '8-12', mock: 4 }, { design: { min: 8, max: 12 }, mock: { min: 4, max: 4 } }, []],
    [{ DSA: '100–140' }, { dsa: { min: 100, max: 140 } }, []],
    [{ chess: 3 }, {}, [/unknown area "chess"; the areas are dsa, machine-coding/]],
    [{ design: '12-8' }, {}, [/design must be a count or a range MIN-MAX/]],
    [{ design: [1, 2] }, {}, [/design must be a count or a range/]],
    [{ mock: -1 }, {}, [/mock must be a count/]],
    ['design: 8', {}, [/must be a map of area to range/]],
  ] as const)('%j reads as %j', (value, targets, problems) => {
    const read = readTargets(value);
    expect(read.targets).toEqual(targets);
    expect(read.problems.map((p) => p.message)).toEqual(problems.map((m) => expect.stringMatching(m)));
  });

  it('coach validate reports a bad one at its line, as an error', async () => {
    const content = twoWeeks('targets:\n  design: 8-12\n  chess: 3\n');
    const result = await validate(testContext({ home: tempDir(), now: NOW }).ctx, { path: content });
    const bad = result.diagnostics.filter((d) => d.code === 'front-matter');
    expect(bad).toEqual([expect.objectContaining({ line: 10, column: 1, severity: 'error', message: expect.stringContaining('unknown area "chess"') })]);
    expect(bad[0]?.file).toMatch(/week-11\.md$/);
  });
});

describe('pace and projection', () => {
  const span = { weeks: 6, start: isoDate('2026-11-02'), restDays: 0 };
  it.each([
    // today, rest days, weeks so far
    ['2026-11-02', 0, 1 / 7],
    ['2026-11-08', 0, 1],
    ['2026-11-15', 0, 2],
    ['2026-11-15', 7, 1],
    ['2026-10-30', 0, 1 / 7],
    ['2027-03-01', 0, 6],
  ])('on %s with %i rest days, %d weeks have gone', (today, restDays, weeks) => {
    expect(weeksSoFar({ ...span, today: isoDate(today), restDays })).toBeCloseTo(weeks, 10);
  });

  it.each([
    // done after two weeks of a six-week plan → pace per week, projected at the end
    [0, 0, 0],
    [3, 1.5, 9],
    [5, 2.5, 15],
    [1, 0.5, 3],
  ])('%i done after two weeks is %d a week and %i by the end', (done, pace, projected) => {
    const areas = practiceProgress({ ...span, today: isoDate('2026-11-15') }, { dsa: 0, 'machine-coding': 0, design: done, mock: 0, theory: 0, project: 0 }, {}, {});
    expect(areas.find((a) => a.kind === 'design')).toEqual({ kind: 'design', done, target: { min: 3, max: 5 }, source: 'guide', pace, projected });
  });
});

describe('the views', () => {
  it('progress counts each kind (a mock as a mock) and review the week\'s with the milestones', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const ctx = () => testContext({ home, now: NOW }).ctx;
    await logPractice(ctx(), { kind: 'mock', title: ['URL shortener'], type: 'design', score: 3 });
    await logPractice(ctx(), { kind: 'mock', title: [], type: 'coding', date: 'yesterday' });
    await logPractice(ctx(), { kind: 'design', title: ['Chat'] });
    await logPractice(ctx(), { kind: 'project', title: ['Notes API: login'], date: '2026-11-20' });
    const p = await progress(ctx(), {});
    expect(p.practice.map((a) => [a.kind, a.done])).toEqual([['dsa', 0], ['machine-coding', 0], ['design', 1], ['mock', 2], ['theory', 0], ['project', 1]]);
    const t = testContext({ home, now: NOW });
    const r = await review(t.ctx, {});
    // The project entry is dated before the plan's week: not this week's.
    expect(r.practice.map((a) => [a.kind, a.done])).toEqual([['dsa', 0], ['machine-coding', 0], ['design', 1], ['mock', 2], ['theory', 0], ['project', 0]]);
    expect(r.practice.find((a) => a.kind === 'project')).toMatchObject({ total: 1 });
    expect(r.milestones.mocks).toEqual([{ title: null, type: 'coding', score: null }, { title: 'URL shortener', type: 'design', score: 3 }]);
    expect(t.out()).toContain('Mocks    coding unscored · design "URL shortener" 3/5');
    expect(t.out()).toContain('Concepts 0 lessons noted of 3–5');
  });
});
