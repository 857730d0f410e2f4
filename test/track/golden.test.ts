// Golden tests for the parser: every folder under test/fixtures/ with an input.md holds one case.
// `UPDATE=1 npx vitest run test/track/golden.test.ts` rewrites the expected.json files; review the diff.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTrackFile } from '../../src/track/parse.js';
import { MAX_LINE } from '../../src/track/limits.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const update = process.env.UPDATE === '1';

const cases = fs
  .readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(FIXTURES, e.name, 'input.md')))
  .map((e) => e.name)
  .sort();

describe('parser golden files', () => {
  it('finds the fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(FIXTURES, name);
      const text = fs.readFileSync(path.join(dir, 'input.md'), 'utf8');
      // A relative `<case>/input.md` keeps the output free of machine paths; the parent folder
      // (the case name) is what a file without front matter ids is named after.
      const result = parseTrackFile(text, `${name}/input.md`);
      // Through JSON, as a cache would store it: this also drops undefined properties.
      const actual: unknown = JSON.parse(JSON.stringify(result));
      const expectedFile = path.join(dir, 'expected.json');
      if (update || !fs.existsSync(expectedFile)) {
        fs.writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
        if (!update) throw new Error(`${name}: wrote missing expected.json; review it and run again`);
        return;
      }
      const expected: unknown = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
      expect(actual).toEqual(expected);
    });
  }
});

describe('limits', () => {
  it('refuses a file with an absurdly long line instead of parsing it for seconds', () => {
    const line = `- **Block 1 (HLD – 60 min)** ${'\x1b]'.repeat(MAX_LINE)}`;
    const parsed = parseTrackFile(`### Day 1 – T\n\n#### 4-Hour Plan\n\n${line}\n`, 'long.md');
    expect(parsed.week).toBeNull();
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'line-too-long', line: 5, severity: 'error' })]);
  });

  it('reports day numbers outside 1–366 and week numbers past 520', () => {
    const day = (n: number) => `### Day ${n} – T\n\n#### 4-Hour Plan\n\n- **Block 1 (DSA – 60 min)**\n`;
    const parsed = parseTrackFile(`---\nweek: 99999999999999999999\n---\n\n${day(0)}\n${day(1)}`, 'x/week-03.md');
    expect(parsed.week?.days.map((d) => d.number)).toEqual([1]);
    expect(parsed.week?.number).toBe(3);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['bad-day', 'front-matter']));
  });
});
