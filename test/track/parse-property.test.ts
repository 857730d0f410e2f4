// The parser takes whatever a user's folder holds: it must never throw, and what it returns must
// be well-formed and safe to print, however mangled the markdown.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTrackFile, type ParsedFile } from '../../src/track/parse.js';

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ONE_LINE_CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const SEVERITIES = new Set(['error', 'warning', 'info']);
const FILE = 'prop/week-03.md';

const SAMPLE = fs.readFileSync(fileURLToPath(new URL('../../content/go/week-11.md', import.meta.url)), 'utf8');
const SAMPLE_LINES = SAMPLE.split('\n');

/** Checks every invariant of one parse; throws (with a readable message) on the first broken one. */
function checkInvariants(text: string): void {
  let result: ParsedFile;
  try {
    result = parseTrackFile(text, FILE);
  } catch (err) {
    throw new Error(`parseTrackFile threw: ${String(err)}`);
  }
  const lineCount = text.replace(/\r\n?/g, '\n').split('\n').length;
  for (const d of result.diagnostics) {
    expect(d.file).toBe(FILE);
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lineCount, `line ${d.line} of ${lineCount}: ${d.message}`).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, `column ${d.column}: ${d.message}`).toBe(true);
    expect(SEVERITIES.has(d.severity), d.severity).toBe(true);
    expect(d.code).toMatch(/^[a-z0-9-]+$/);
  }
  expect(result.track === null).toBe(result.week === null);
  const week = result.week;
  if (!week) return;

  expect(result.track?.id).toMatch(/^[a-z0-9._-]+$/);
  const numbers = week.days.map((d) => d.number);
  expect(numbers, 'days sorted and unique').toEqual([...new Set(numbers)].sort((a, b) => a - b));
  const ids = new Set<string>();
  for (const day of week.days) {
    expect(day.title).not.toMatch(ONE_LINE_CONTROL);
    expect(day.focus).not.toMatch(ONE_LINE_CONTROL);
    for (const note of day.notes) expect(note).not.toMatch(CONTROL);
    for (const b of [...day.blocks4h, ...day.additions6h]) {
      expect(ids.has(b.id), `duplicate id ${b.id}`).toBe(false);
      ids.add(b.id);
      expect(b.id.startsWith(`${result.track?.id}.w${week.number}.d${day.number}.${b.plan}.`)).toBe(true);
      for (const field of [b.title, b.label, b.category]) expect(field).not.toMatch(ONE_LINE_CONTROL);
      for (const detail of b.details) expect(detail).not.toMatch(CONTROL);
      expect(b.line).toBeGreaterThanOrEqual(1);
      if (b.minutes) {
        expect(b.minutes.min).toBeGreaterThan(0);
        expect(b.minutes.min).toBeLessThanOrEqual(b.minutes.max);
      }
    }
  }
  // A parse result is plain data, cached as JSON.
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

/** Lines that mean something to the parser, plus hostile bytes. */
const trackLine = fc.constantFrom(
  '---', '...', 'id: go', 'week: 3', 'week: zero', 'title: "x', 'track: [', '### Weekly Goals', '### Weekly Overview Table',
  '| Day | Focus |', '|-----|-------|', '| 1 | Focus |', '| x |', '### Day 1 – Title', '### Day 2', '## Day 99 — far',
  '#### 4-Hour Plan', '#### 6-Hour Plan', '#### Notes', '- **Block 1 (DSA – 60 min)**', '- **Block 2 (HLD – 60–75 min)** text',
  '  - detail', '    - deeper', '- Add:', '- Do everything in the 4-hour plan, plus:', '  - **Extra (45 min)**: more',
  '- **Top (90 min)**', '```go', '```', '\tfunc main() {}', '> quote', '<div>', '', ' ', 'Use together with:',
  '- [link](https://example.com)', '- 2–3 problems/day', '\u202e### Day 3 – evil', '- **Block \x1b[31m1 (DSA – 60 min)**',
  '### Day 4 – \x1b]8;;https://x\x07link', '\x00\x00', '\r', '\uFEFF', '- (0 min)', '- (99999 h)', '- **(1.5 h)**',
);
const trackish = fc.array(fc.oneof({ weight: 4, arbitrary: trackLine }, { weight: 1, arbitrary: fc.string() }), { maxLength: 60 })
  .map((lines) => lines.join('\n'));
const junkLine = fc.oneof(trackLine, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }));

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'insert'; at: number; line: string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: junkLine }),
);

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string {
  const out = [...lines];
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.kind === 'delete') out.splice(at, 1);
    else if (m.kind === 'duplicate') out.splice(at, 0, out[at] ?? '');
    else out.splice(at, 0, m.line);
  }
  return out.join('\n');
}

const runs = { numRuns: 250 };
// remark parses a 200-line file in tens of milliseconds: mutation runs are the slow part.
const SLOW = 60_000;

describe('parseTrackFile: properties', () => {
  it('holds its invariants on the bundled track itself', () => {
    checkInvariants(SAMPLE);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (s) => {
      checkInvariants(s);
    }), runs);
  });

  it('never throws on arbitrary track-like lines', () => {
    fc.assert(fc.property(trackish, (s) => {
      checkInvariants(s);
    }), runs);
  });

  it('never throws on mutations of a real track file', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 25 }), (mutations) => {
      checkInvariants(mutate(SAMPLE_LINES, mutations));
    }), { numRuns: 200 });
  }, SLOW);

  it('never throws on a real track file with CRLF line endings and a BOM, mutated', () => {
    fc.assert(fc.property(fc.array(mutation, { maxLength: 10 }), (mutations) => {
      checkInvariants('\uFEFF' + mutate(SAMPLE_LINES, mutations).replace(/\n/g, '\r\n'));
    }), { numRuns: 50 });
  }, SLOW);
});
