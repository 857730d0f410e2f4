// Hostile track files: each limit refuses what goes past it with one diagnostic (and keeps what
// stays within it), front matter refuses YAML anchors, and label parsing is linear.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTrackFile } from '../../src/track/parse.js';
import { trailingDurationStart, trailingParenthesisStart } from '../../src/track/blocks.js';
import { MAX_DAY_SECTIONS, MAX_INLINE_MARKS, MAX_LIST_ITEMS, MAX_NESTING } from '../../src/track/limits.js';

const FILE = 'hostile/week-03.md';
const HEAD = '---\nid: go\nweek: 3\n---\n\n';
const DAY = '### Day 1 – Title\n\n#### 4-Hour Plan\n\n';

const errors = (text: string) => parseTrackFile(text, FILE).diagnostics.filter((d) => d.severity === 'error');

describe('limits', () => {
  const cases: [string, (n: number) => string, number][] = [
    ['Day sections', (n) => HEAD + Array.from({ length: n }, (_, i) => `### Day ${i + 1} – T\n\n#### 4-Hour Plan\n\n- **Block 1 (DSA – 60 min)**\n`).join('\n'), MAX_DAY_SECTIONS],
    ['list items', (n) => HEAD + DAY + Array.from({ length: n }, (_, i) => `- **Block ${i + 1} (DSA – 60 min)**\n`).join('\n'), MAX_LIST_ITEMS],
    ['nesting', (n) => HEAD + DAY + Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- **Block (60 min)**`).join('\n'), MAX_NESTING],
    ['quote nesting', (n) => HEAD + DAY + '- **Block (60 min)**\n\n' + '> '.repeat(n) + 'deep\n', MAX_NESTING],
    ['emphasis marks in a paragraph', (n) => HEAD + DAY + '- **Block (60 min)**\n\n' + '*a'.repeat(n) + '\n', MAX_INLINE_MARKS],
  ];

  it.each(cases)('%s: up to the limit parses, one more is refused with one diagnostic', (_name, make, limit) => {
    expect(errors(make(limit)).filter((d) => d.code === 'over-limit')).toEqual([]);
    const refused = parseTrackFile(make(limit + 1), FILE);
    expect(refused.week).toBeNull();
    expect(refused.diagnostics).toEqual([expect.objectContaining({ code: 'over-limit', severity: 'error', message: expect.stringContaining(String(limit)) })]);
  });

  it('counts emphasis marks per paragraph: blank lines reset the count', () => {
    const paragraph = '*a'.repeat(MAX_INLINE_MARKS / 4);
    expect(errors(HEAD + DAY + '- **Block (60 min)**\n\n' + `${paragraph}\n\n`.repeat(8)).filter((d) => d.code === 'over-limit')).toEqual([]);
  });

  it('refuses 80 lines of *a runs at once, pointing at the paragraph', () => {
    const text = HEAD + DAY + '- **Block (60 min)**\n\n' + Array.from({ length: 80 }, () => '*a'.repeat(2400)).join('\n') + '\n';
    expect(errors(text)).toEqual([expect.objectContaining({ code: 'over-limit', line: 12 })]);
  });

  it('refuses 1,000 nested list levels', () => {
    const text = HEAD + DAY + Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    expect(errors(text)).toEqual([expect.objectContaining({ code: 'over-limit', line: 10 + MAX_NESTING })]);
  });
});

describe('front matter: YAML anchors and aliases', () => {
  /** `levels` levels, each a list of ten aliases of the one before: 10^levels strings from 1 KB. */
  function aliasBomb(levels: number): string {
    const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(',')}]`);
    return `---\n${lines.join('\n')}\nweek: *l${levels}\n---\n\n${DAY}- **Block (60 min)**\n`;
  }

  it.each([7, 9])('refuses an alias bomb of %i levels with one diagnostic on its first anchor', (levels) => {
    const front = parseTrackFile(aliasBomb(levels), FILE).diagnostics.filter((d) => d.code === 'front-matter');
    expect(front).toEqual([expect.objectContaining({ line: 2, severity: 'error', message: expect.stringContaining('anchors and aliases') })]);
  });

  it('refuses an anchor on a mapping and an alias with no anchor', () => {
    expect(errors('---\nid: go\nmeta: &m\n  a: 1\nweek: 3\n---\n' + DAY + '- **Block (60 min)**\n')).toEqual([expect.objectContaining({ code: 'front-matter', message: expect.stringContaining('anchors') })]);
    expect(errors('---\nid: go\nweek: *x\n---\n' + DAY + '- **Block (60 min)**\n')).toEqual([expect.objectContaining({ code: 'front-matter' })]);
  });

  it('keeps & and * inside quoted and plain text', () => {
    const parsed = parseTrackFile('---\nid: "&a *b"\ntitle: Rock & Roll *x\nweek: 3\n---\n\n' + DAY + '- **Block (60 min)**\n', FILE);
    expect(parsed.diagnostics.filter((d) => d.code === 'front-matter')).toEqual([]);
    expect(parsed.track).toEqual({ id: 'a-b', title: 'Rock & Roll *x' });
  });
});

describe('label parsing is linear', () => {
  // The regexes these replaced, as the reference on short strings.
  const OLD_NAME = /\(?[^()]*\d[^()]*\)?\s*$/;
  const OLD_TITLE = /\([^()]*\d[^()]*\)[\s.:]*$/;
  const labelish = fc.array(fc.constantFrom('(', ')', '1', '6', 'a', ' ', '.', ':', 'm'), { maxLength: 14 }).map((cs) => cs.join(''));

  it('cuts a bold name where the old regex did', () => {
    fc.assert(fc.property(labelish, (s) => {
      const m = OLD_NAME.exec(s);
      expect(trailingDurationStart(s)).toBe(m ? m.index : -1);
    }), { numRuns: 3000 });
  });

  it('cuts a title where the old regex did', () => {
    fc.assert(fc.property(labelish, (s) => {
      const m = OLD_TITLE.exec(s);
      expect(trailingParenthesisStart(s)).toBe(m ? m.index : -1);
    }), { numRuns: 3000 });
  });

  it('reads a bold label with a duration and 4,900 digits, and one split over many lines', () => {
    const digits = parseTrackFile(HEAD + DAY + `- **Block (60 min) ${'1'.repeat(4900)}**\n`, FILE);
    expect(digits.week?.days[0]?.blocks4h[0]?.minutes).toEqual({ min: 60, max: 60 });
    const split = parseTrackFile(HEAD + DAY + `- **Block (60 min) ${Array(20).fill('1'.repeat(4000)).join('\n  ')}**\n`, FILE);
    expect(split.week?.days[0]?.blocks4h[0]?.label).toBe('Block');
  });
});

describe('README', () => {
  it('lists every limit with its number under "Track files"', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('**Track files**'), readme.indexOf('## Development'));
    const { MAX_LINE, MAX_DAY } = await import('../../src/track/limits.js');
    for (const n of [MAX_LINE, MAX_DAY, MAX_DAY_SECTIONS, MAX_LIST_ITEMS, MAX_NESTING, MAX_INLINE_MARKS]) {
      expect(section).toContain(n.toLocaleString('en-US'));
    }
    const { MAX_TRACK_FILE_BYTES } = await import('../../src/track/limits.js');
    expect(section).toContain(`at most ${MAX_TRACK_FILE_BYTES / 1024} KiB`);
  });
});
