// The practice areas' targets: the guide's ranges scaled to a track's length, a content's own ranges
// and the learner's overrides, in that order of weight, and `--target KIND=MIN-MAX` read strictly.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { GUIDE_TARGETS, parseTargetFlag, parseTargetRange, practiceTargets, scaleTarget } from '../../src/practice/targets.js';

describe('scaleTarget', () => {
  it.each([
    [{ min: 80, max: 150 }, 16, { min: 80, max: 150 }],
    [{ min: 80, max: 150 }, 8, { min: 40, max: 75 }],
    [{ min: 80, max: 150 }, 1, { min: 5, max: 9 }],
    [{ min: 80, max: 150 }, 32, { min: 160, max: 300 }],
    [{ min: 1, max: 3 }, 4, { min: 0, max: 1 }],
    [{ min: 8, max: 12 }, 6, { min: 3, max: 5 }],
    [{ min: 4, max: 4 }, 2, { min: 1, max: 1 }],
    [{ min: 8, max: 15 }, 0, { min: 0, max: 0 }],
  ])('%o over %i weeks is %o', (range, weeks, expected) => {
    expect(scaleTarget(range, weeks)).toEqual(expected);
  });
});

describe('practiceTargets', () => {
  it('takes the learner’s override first, then the content’s range as written, then the guide’s scaled', () => {
    const targets = practiceTargets(8, { design: { min: 5, max: 6 }, dsa: { min: 50, max: 60 } }, { dsa: { min: 70, max: 70 } });
    const by = Object.fromEntries(targets.map((t) => [t.area, t]));
    expect(by.dsa).toEqual({ area: 'dsa', range: { min: 70, max: 70 }, source: 'learner' });
    expect(by.design).toEqual({ area: 'design', range: { min: 5, max: 6 }, source: 'content' });
    expect(by['machine-coding']).toEqual({ area: 'machine-coding', range: { min: 4, max: 8 }, source: 'guide' });
    expect(targets.map((t) => t.area)).toEqual(Object.keys(GUIDE_TARGETS));
  });
});

describe('--target KIND=MIN-MAX', () => {
  it.each([
    ['design=8-12', 'design', { min: 8, max: 12 }],
    ['DSA = 80 – 150', 'dsa', { min: 80, max: 150 }],
    ['mock=4', 'mock', { min: 4, max: 4 }],
    ['project=0-1', 'project', { min: 0, max: 1 }],
  ])('reads %s', (text, area, range) => {
    expect(parseTargetFlag(text)).toEqual({ area, range });
  });

  it.each([
    ['designs=8-12', /the area must be one of dsa, machine-coding, design, mock, theory, project/],
    ['design', /give the range as MIN-MAX/],
    ['design=12-8', /give the range as MIN-MAX/],
    ['design=-1', /give the range as MIN-MAX/],
    ['design=1.5', /give the range as MIN-MAX/],
    ['design=20000', /0–10000/],
    ['\u001b[2Jdesign=x', /the area must be one of/],
  ])('refuses %j with a usage error', (text, message) => {
    expect(() => parseTargetFlag(text)).toThrow(UsageError);
    expect(() => parseTargetFlag(text)).toThrow(message);
    try {
      parseTargetFlag(text);
    } catch (err) {
      expect((err as Error).message).not.toMatch(/\u001b/);
    }
  });

  it('reads a bare range as the content’s format does', () => {
    expect(parseTargetRange('3')).toEqual({ min: 3, max: 3 });
    expect(parseTargetRange('3-')).toBeNull();
    expect(parseTargetRange('')).toBeNull();
  });
});
