// Conformance: real track files nobody in this project wrote, checked against ground truth made
// without this parser (../shared/corpus/expected.json). The files live outside the repository:
// the suite skips when they are absent, unless COACH_CORPUS=1 says they must be there (CI).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block, Minutes } from '../../src/track/model.js';
import { parseFile } from '../../src/track/assemble.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = path.resolve(REPO, '../shared/corpus');
const SEED = path.resolve(REPO, '../shared/seed/000_108a692549ed5438.txt');
const required = process.env.COACH_CORPUS === '1';
const present = fs.existsSync(path.join(CORPUS, 'expected.json'));
const seedPresent = fs.existsSync(SEED);

interface ExpectedDay {
  day: number;
  /** Raw markdown after "Day N –", e.g. with backticks. */
  title: string;
  blocks4h: (Minutes | null)[];
  additions6h: (Minutes | null)[];
}
interface ExpectedFile {
  file: string;
  track: string;
  week: number;
  days: ExpectedDay[];
}

/** The plain text a reader sees in a markdown title: code, emphasis and link syntax removed. */
function stripMarkdown(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

const minutesOf = (blocks: readonly Block[]): (Minutes | null)[] => blocks.map((b) => b.minutes);

if (!present && !required) {
  console.warn(`corpus suite skipped: ${path.relative(REPO, CORPUS)} not found (set COACH_CORPUS=1 to require it)`);
}
if (!seedPresent && !required) {
  console.warn(`seed check skipped: ${path.relative(REPO, SEED)} not found (set COACH_CORPUS=1 to require it)`);
}

describe('stripMarkdown (test helper)', () => {
  it('removes inline markdown only', () => {
    expect(stripMarkdown('Scopes, Closures, and `this`')).toBe('Scopes, Closures, and this');
    expect(stripMarkdown('**Bold** and *em* [link](x.md) `a_b`')).toBe('Bold and em link a_b');
    expect(stripMarkdown('Arrays, Slices & Maps (1–2)')).toBe('Arrays, Slices & Maps (1–2)');
  });
});

describe('corpus', () => {
  it.runIf(required)('is present when COACH_CORPUS=1', () => {
    expect(present, `COACH_CORPUS=1 but ${path.join(CORPUS, 'expected.json')} does not exist`).toBe(true);
    expect(seedPresent, `COACH_CORPUS=1 but ${SEED} does not exist`).toBe(true);
  });
});

describe.skipIf(!present)('corpus conformance', () => {
  const expected = present ? (JSON.parse(fs.readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as ExpectedFile[]) : [];

  it('lists files', () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  describe.each(expected.map((e) => [e.file, e] as const))('%s', (_name, exp) => {
    const parsed = parseFile(path.join(CORPUS, exp.file));
    const week = parsed.week;

    it('parses without errors', () => {
      expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    it(`is track ${exp.track}, week ${exp.week}, with ${exp.days.length} days`, () => {
      expect(parsed.track?.id).toBe(exp.track);
      expect(week?.number).toBe(exp.week);
      expect(week?.days).toHaveLength(7);
      expect(week?.days.map((d) => d.number)).toEqual(exp.days.map((d) => d.day));
    });

    it.each(exp.days.map((d) => [d.day, d] as const))('day %i', (_n, expDay) => {
      const day = week?.days.find((d) => d.number === expDay.day);
      expect(day, `day ${expDay.day} is missing`).toBeDefined();
      if (!day) return;
      expect(day.title).toBe(stripMarkdown(expDay.title));
      expect(minutesOf(day.blocks4h), '4-hour blocks').toEqual(expDay.blocks4h);
      expect(minutesOf(day.additions6h), '6-hour additions').toEqual(expDay.additions6h);
    });
  });
});

describe.skipIf(!seedPresent && !required)('seed track file', () => {
  it('parses with no errors into 7 days', () => {
    const parsed = parseFile(SEED);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.week?.days.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('the bundled track, reworded from it, keeps its days, categories and minutes', () => {
    const facts = (file: string): unknown =>
      parseFile(file).week?.days.map((d) => ({
        day: d.number,
        blocks4h: d.blocks4h.map((b) => [b.category, b.minutes]),
        additions6h: minutesOf(d.additions6h),
      }));
    expect(facts(path.join(REPO, 'content/go/week-11.md'))).toEqual(facts(SEED));
  });
});
