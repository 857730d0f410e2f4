// Generated hostile track files (long labels, digit runs, deep nesting, many lists and Day
// sections, emphasis runs, YAML anchors, huge front matter) through the parser: each is parsed
// or refused with a diagnostic, within a time budget, without a throw or a control byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTrackFile } from '../../src/track/parse.js';

const FILE = 'hostile/week-03.md';
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const HEAD = '---\nid: go\nweek: 3\n---\n\n';
const DAY = (n: number) => `### Day ${n} – Title\n\n#### 4-Hour Plan\n\n`;
/** A generous wall budget for one file on a busy two-core machine; before the limits, these took minutes. */
const BUDGET_MS = 5000;

const noise = fc.constantFrom('\x1b[31m', '\u202e', '\x9b', '\x07', '', '', '');
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.record({ digits: fc.integer({ min: 1, max: 4900 }), lines: fc.integer({ min: 1, max: 40 }), n: noise }).map(({ digits, lines, n }) =>
    HEAD + DAY(1) + `- **Block${n} (60 min) ${Array(lines).fill('1'.repeat(digits)).join('\n  ')}**\n`),
  fc.integer({ min: 1, max: 1000 }).map((depth) => HEAD + DAY(1) + Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- **B (60 min)** x`).join('\n')),
  fc.integer({ min: 1, max: 400 }).map((depth) => HEAD + DAY(1) + '- **B (60 min)**\n\n' + '> '.repeat(depth) + 'q\n'),
  fc.integer({ min: 1, max: 5000 }).map((n) => HEAD + DAY(1) + Array.from({ length: n }, (_, i) => `- **Block ${i} (DSA – 60 min)** t\n\n<!-- -->\n`).join('\n')),
  fc.integer({ min: 1, max: 5000 }).map((n) => HEAD + Array.from({ length: n }, (_, i) => DAY((i % 400) + 1) + '- **Block 1 (DSA – 60 min)** x\n').join('\n')),
  fc.record({ lines: fc.integer({ min: 1, max: 80 }), width: fc.integer({ min: 1, max: 2400 }) }).map(({ lines, width }) =>
    HEAD + DAY(1) + '- **B (60 min)**\n\n' + Array(lines).fill('*a'.repeat(width)).join('\n') + '\n'),
  fc.integer({ min: 1, max: 9 }).map((levels) => {
    const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(',')}]`);
    return `---\n${lines.join('\n')}\nweek: *l${levels}\ntitle: *l${levels}\n---\n\n${DAY(1)}- **B (60 min)**\n`;
  }),
  fc.record({ keys: fc.integer({ min: 1, max: 20000 }), n: noise }).map(({ keys, n }) =>
    `---\nid: go\n${Array.from({ length: keys }, (_, i) => `k${i}: "v${n}${i}"`).join('\n')}\nweek: 3\n---\n\n${DAY(1)}- **B (60 min)**\n`),
  fc.array(fc.constantFrom('(', ')', '1', '60 min', '**', '[', ']', '_', ' ', '–', '\n  '), { maxLength: 3000 }).map((parts) =>
    HEAD + DAY(1) + `- **${parts.join('')}**\n`),
);

describe('parseTrackFile on hostile files', () => {
  it('parses or refuses each, with a diagnostic, in time, printably', () => {
    fc.assert(fc.property(hostile, (text) => {
      const started = performance.now();
      const parsed = parseTrackFile(text, FILE);
      const took = performance.now() - started;
      expect(took, `took ${Math.round(took)} ms`).toBeLessThan(BUDGET_MS);
      for (const d of parsed.diagnostics) expect(d.message).not.toMatch(CONTROL);
      const refused = parsed.diagnostics.some((d) => d.severity === 'error');
      expect(parsed.week !== null || refused || parsed.diagnostics.length > 0).toBe(true);
      if (parsed.week) for (const day of parsed.week.days) for (const b of day.blocks4h) expect(b.label).not.toMatch(CONTROL);
    }), { numRuns: 60 });
  }, 300_000);
});
