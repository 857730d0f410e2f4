// Forms of real track files: 6-hour additions written inside a sentence, durations with spaces
// or in hours and minutes, and day headings with a symbol, a note or another heading level.
import { describe, expect, it } from 'vitest';
import { parseTrackFile } from '../../src/track/parse.js';
import type { Block } from '../../src/track/model.js';

/** One day whose 6-hour plan is `items` (markdown list lines). */
function additions(items: string): Block[] {
  const md = `### Day 1 – T\n\n#### 4-Hour Plan\n\n- **Block 1 (HLD – 60 min)**\n\n#### 6-Hour Plan\n\n${items}\n`;
  return parseTrackFile(md, 'x/week-01.md').week?.days[0]?.additions6h ?? [];
}

const shape = (b: Block) => ({ label: b.label, category: b.category, title: b.title, minutes: b.minutes });

describe('a 6-hour addition inside a sentence', () => {
  it.each([
    ['- Do everything in the 4-hour plan, plus a **mock interview (60 min)**.', { label: 'Mock interview', category: 'Mock interview', title: 'Mock interview', minutes: { min: 60, max: 60 } }],
    ['- Everything from the 4-hour plan + **Extra DSA (45 min)**: 2 more problems.', { label: 'Extra DSA', category: 'DSA', title: '2 more problems', minutes: { min: 45, max: 45 } }],
    // A qualifier just before the bold span names it too, as in `Extra **DSA block (45–60 min)**`.
    ['- Do the 4-hour plan, plus an extra **system design mock (60 min)**.', { label: 'Extra system design mock', category: 'System design mock', title: 'Extra system design mock', minutes: { min: 60, max: 60 } }],
    ['- Add: **Extra DSA (45 min)**', { label: 'Extra DSA', category: 'DSA', title: 'Extra DSA', minutes: { min: 45, max: 45 } }],
    ['- plus **Block 5 (Mock – 45–60 min)**: a design mock.', { label: 'Block 5', category: 'Mock', title: 'a design mock', minutes: { min: 45, max: 60 } }],
  ])('%s', (item, expected) => {
    expect(additions(item).map(shape)).toEqual([expected]);
  });

  it.each([
    ['- Same as 4-hour plan + 2 extra hours of DSA practice (120 min).', ['DSA practice', 'DSA', 120]],
    ['- Everything in the 4-hour plan, plus 2 hours of DSA practice.', ['DSA practice', 'DSA', 120]],
    ['- Do the 4-hour plan plus ~45 min of reading.', ['Reading', 'Reading', 45]],
  ] as const)('adds the time that follows the 4-hour plan and "+" or "plus": %s', (item, [label, category, min]) => {
    expect(additions(item).map((b) => [b.label, b.category, b.minutes?.min])).toEqual([[label, category, min]]);
  });

  it('keeps the details nested under such an item', () => {
    const [block] = additions('- Add: **Extra DSA (45 min)**\n  - Two medium problems.');
    expect(block?.details).toEqual(['Two medium problems.']);
    expect(block?.minutes).toEqual({ min: 45, max: 45 });
  });

  it('reads a bold span with a duration the same way in an Add: list', () => {
    const blocks = additions('- Add:\n  - Then a **mock interview (60 min)** with a friend.');
    expect(blocks.map(shape)).toEqual([{ label: 'Mock interview', category: 'Mock interview', title: 'mock interview with a friend', minutes: { min: 60, max: 60 } }]);
  });

  it('keeps a lead-in whose own items carry durations a list of additions', () => {
    const blocks = additions('- Add **two blocks (2 h)**:\n  - **Mock (60 min)**\n  - **DSA (60 min)**');
    expect(blocks.map((b) => [b.label, b.minutes?.min])).toEqual([['Mock', 60], ['DSA', 60]]);
  });

  it.each([
    ['a bold "4h plan" that only points back at it', '- Same as the **4h plan**, then rest.'],
    ['an item with no duration', '- Do everything in the 4-hour plan, plus a **mock interview**.'],
    ['a duration outside bold next to the 4-hour plan', '- Do the 4-hour plan, then rest for 60 min.'],
    ['a bold span that points back at the 4-hour plan', '- **Everything in the 4-hour plan (4 h)**, nothing more.'],
    ['prose that mentions minutes in no bold span', '- Everything from the 4-hour plan + some **extra reading**, about 60 min.'],
    ['a pointer followed by work that does not open with its time', '- Same as the 4-hour plan, plus some rest.'],
  ])('adds nothing for %s', (_name, item) => {
    expect(additions(item)).toEqual([]);
  });

  it('leaves the forms read before as they were', () => {
    const blocks = additions(
      [
        '- **Mini project (90 min)**: build a small CLI.',
        '- **Extra DSA** (45 min): one hard problem.',
        '- Add a **mini error-handling layer** for a tiny API or script (60 min).',
        '- **Small modeling exercise (60 min)** for one project',
        '- Add:\n  - Extra **DSA block (45–60 min)**:\n    - 2 problems.',
      ].join('\n'),
    );
    expect(blocks.map((b) => [b.label, b.category, b.title])).toEqual([
      ['Mini project', 'Project', 'build a small CLI'],
      ['Extra DSA', 'DSA', 'one hard problem'],
      ['Mini error-handling layer', 'Error-handling layer', 'Add a mini error-handling layer for a tiny API or script'],
      ['Small modeling exercise', 'Modeling exercise', 'Small modeling exercise for one project'],
      ['Extra DSA block', 'DSA', '2 problems'],
    ]);
  });
});

/** The blocks of a one-day 4-hour plan of `items`, and the file's diagnostics. */
function fourHour(items: string): { blocks: Block[]; codes: string[] } {
  const parsed = parseTrackFile(`### Day 1 – T\n\n#### 4-Hour Plan\n\n${items}\n`, 'x/week-01.md');
  return { blocks: parsed.week?.days[0]?.blocks4h ?? [], codes: parsed.diagnostics.map((d) => d.code) };
}

describe('durations with spaces, or in hours and minutes', () => {
  it.each([
    ['**Block 1 (HLD – 60 - 75 min)**', 'HLD', { min: 60, max: 75 }],
    ['**Block 2 (LLD – 45 – 60 min)**', 'LLD', { min: 45, max: 60 }],
    ['**Block 2 (LLD – 45 — 60 min)**', 'LLD', { min: 45, max: 60 }],
    ['**Block 3 (60 - 75 min)**', 'Block', { min: 60, max: 75 }],
    ['**Block 3 (DSA – 1h30)**', 'DSA', { min: 90, max: 90 }],
    ['**Block 3 (DSA – 1h 30m)**', 'DSA', { min: 90, max: 90 }],
    ['**Block 3 (DSA – 1 h 30 min)**', 'DSA', { min: 90, max: 90 }],
    ['**Block 3 (DSA – 1.5h)**', 'DSA', { min: 90, max: 90 }],
    ['**Block 3 (DSA – 2h05)**', 'DSA', { min: 125, max: 125 }],
    // A spaced dash after a word still separates a label from the duration.
    ['**Block 4 (Timed Set 1 – 90 min)**', 'Timed Set 1', { min: 90, max: 90 }],
    ['**Block 4 (Problem 2 - 30 min)**', 'Problem 2', { min: 30, max: 30 }],
    ['**Block 4 (Round 5 – 15 min)**', 'Round 5', { min: 15, max: 15 }],
    ['**Block 4 (Mock 1 – 2 h)**', 'Mock 1', { min: 120, max: 120 }],
    // …unless the two numbers read as a range of minutes: a start of ten or more, an end within three times it.
    ['**Block 1 (HLD 60 - 75 min)**', 'HLD', { min: 60, max: 75 }],
    ['**Block 2 (LLD 45 – 60 minutes)**', 'LLD', { min: 45, max: 60 }],
    ['**Block 2 (Review 20 - 60 min)**', 'Review', { min: 20, max: 60 }],
    ['**Block 2 (Review 20 - 61 min)**', 'Review 20', { min: 61, max: 61 }],
    ['**Block 2 (Review 60 - 45 min)**', 'Review 60', { min: 45, max: 45 }],
    // A range whose ends carry their own units, the same or not.
    ['**Block 1 (HLD – 45 min – 1 h)**', 'HLD', { min: 45, max: 60 }],
    ['**Block 1 (HLD – 45 min to 1 hour)**', 'HLD', { min: 45, max: 60 }],
    ['**Block 2 (LLD – 1h–1.5h)**', 'LLD', { min: 60, max: 90 }],
    ['**Block 2 (LLD – 1h - 1.5h)**', 'LLD', { min: 60, max: 90 }],
    ['**Block 3 (DSA – 1h-1h30)**', 'DSA', { min: 60, max: 90 }],
    ['**Block 3 (DSA – 30 min – 1h 15m)**', 'DSA', { min: 30, max: 75 }],
    // An approximate duration: the sign or word says nothing of the category.
    ['**Block 4 (Review – ~1h)**', 'Review', { min: 60, max: 60 }],
    ['**Block 4 (Review ~30 min)**', 'Review', { min: 30, max: 30 }],
    ['**Block 4 (Review – approx. 30 min)**', 'Review', { min: 30, max: 30 }],
    ['**Block 4 (Review – about 45–60 min)**', 'Review', { min: 45, max: 60 }],
    ['**Block 4 (Review – ≈ 1.5 h)**', 'Review', { min: 90, max: 90 }],
    ['**Block 4 (Review – 2 extra hours)**', 'Review', { min: 120, max: 120 }],
  ])('%s', (item, category, minutes) => {
    const { blocks, codes } = fourHour(`- ${item}`);
    expect(blocks.map((b) => [b.category, b.minutes])).toEqual([[category, minutes]]);
    expect(codes).not.toContain('unread-duration');
  });

  it.each([
    ['**Block 1 (HLD – 60 : 75 min)**'],
    ['**Block 1 (DSA – 1:30)**'],
  ])('warns where a duration still cannot be read: %s', (item) => {
    const parsed = parseTrackFile(`### Day 1 – T\n\n#### 4-Hour Plan\n\n- ${item}\n`, 'x/week-01.md');
    const warning = parsed.diagnostics.find((d) => d.code === 'unread-duration');
    expect(warning).toMatchObject({ severity: 'warning', line: 5 });
    expect(warning?.message).toMatch(/Day 1: "Block 1"/);
  });

  it('keeps two durations apart when the second is no longer than the first', () => {
    const { blocks } = fourHour('- **Block 1 (HLD – 1 h – 30 min)**');
    expect(blocks.map((b) => b.minutes)).toEqual([{ min: 60, max: 60 }]);
  });

  it('does not warn about a category that only starts with a number', () => {
    const { blocks, codes } = fourHour('- 2 - 3 problems (30 min)\n- **Block 2 (Timed Set 1 – 90 min)**');
    expect(blocks.map((b) => b.minutes?.min)).toEqual([30, 90]);
    expect(codes).not.toContain('unread-duration');
  });

  it.each([
    ['**Block 1 – HLD (60 min)**', 'Block 1', 'HLD'],
    ['**Block 1: HLD (60 min)**', 'Block 1', 'HLD'],
    ['**Block 2 — LLD** (45 min)', 'Block 2', 'LLD'],
    ['**Block 1 (HLD – 60 min)**', 'Block 1', 'HLD'],
  ])('takes the category after the block number: %s', (item, label, category) => {
    const { blocks } = fourHour(`- ${item}\n  - Draw the boxes.`);
    expect(blocks.map((b) => [b.label, b.category, b.title])).toEqual([[label, category, 'Draw the boxes']]);
  });
});

describe('a label without its duration', () => {
  it.each([
    ['**Block 2 (LLD) – 45 min**', ['Block 2', 'LLD', 'Block 2', 45]],
    ['**Block 2 (LLD)** – 45 min', ['Block 2', 'LLD', 'Block 2', 45]],
    ['**Block 2 (LLD)** (45 min)', ['Block 2', 'LLD', 'Block 2', 45]],
    ['**Block 3 – Review – 30 min**', ['Block 3', 'Review', 'Block 3', 30]],
    ['**Review 30 min**', ['Review', 'Review', 'Review', 30]],
    ['**Review** – 30 min: go over the notes', ['Review', 'Review', 'go over the notes', 30]],
    ['**Review** – go over the notes – 30 min', ['Review', 'Review', 'go over the notes', 30]],
    ['**Review** – go over the notes for 30 min', ['Review', 'Review', 'go over the notes for 30 min', 30]],
    ['Mock interview – 1h', ['Mock interview', 'Mock interview', 'Mock interview', 60]],
  ] as const)('%s', (item, [label, category, title, min]) => {
    const { blocks } = fourHour(`- ${item}`);
    expect(blocks.map((b) => [b.label, b.category, b.title, b.minutes?.min])).toEqual([[label, category, title, min]]);
  });

  it.each([
    // A sign glued to the duration, and punctuation after it, go with it.
    ['- +2h: system design mock', ['System design mock', 'System design mock', 'System design mock', 120]],
    ['- +2 hours DSA practice', ['DSA practice', 'DSA', 'DSA practice', 120]],
    ['- Extra 2 hours: DSA practice', ['Extra DSA practice', 'DSA', 'Extra DSA practice', 120]],
    // "of" or "on" ties the duration to the work: a verb whose object it was leaves with it.
    ['- Add 30 minutes of flashcards.', ['Flashcards', 'Flashcards', 'Add 30 minutes of flashcards', 30]],
    ['- Spend 45 min on graphs', ['Graphs', 'Graphs', 'Spend 45 min on graphs', 45]],
    ['- Read 30 min of papers', ['Read papers', 'Read papers', 'Read papers', 30]],
    ['- Practice for 30 min', ['Practice', 'Practice', 'Practice', 30]],
    // Cutting the duration out of the middle of a sentence would leave a cut phrase: it stays whole.
    ['- Take 30 min to review the notes', ['Take 30 min to review the notes', 'Take 30 min to review the notes', 'Take 30 min to review the notes', 30]],
  ] as const)('%s', (item, [label, category, title, min]) => {
    expect(additions(item).map((b) => [b.label, b.category, b.title, b.minutes?.min])).toEqual([[label, category, title, min]]);
  });
});

describe('day headings', () => {
  const plan = '\n\n#### 4-Hour Plan\n\n- **Block 1 (HLD – 60 min)**\n\n';
  const days = (md: string) => {
    const parsed = parseTrackFile(md, 'x/week-01.md');
    return {
      days: parsed.week?.days.map((d) => [d.number, d.title, d.blocks4h.length]) ?? [],
      diagnostics: parsed.diagnostics.map((d) => [d.severity, d.code, d.line]),
      messages: parsed.diagnostics.map((d) => d.message),
    };
  };

  it('reads a day with a note in parentheses before the dash, or a symbol before "Day"', () => {
    const md = `### Day 1 – Rate limiter${plan}### Day 2 (Tue) – URL shortener${plan}### 📅 Day 3 – Caching${plan}### ✅ Day 4${plan}### Day 5 (Rest)${plan}`;
    const { days: read, diagnostics } = days(md);
    expect(read).toEqual([[1, 'Rate limiter', 1], [2, 'URL shortener', 1], [3, 'Caching', 1], [4, 'Day 4', 1], [5, 'Rest', 1]]);
    expect(diagnostics.filter(([s]) => s !== 'info' && s !== 'warning')).toEqual([]);
    expect(diagnostics.map(([, c]) => c)).not.toContain('unknown-section');
  });

  it.each([
    ['### Day 1 · Rate limiter'], ['### Day 1 • Rate limiter'], ['### Day 1 | Rate limiter'], ['### Day 1 ‒ Rate limiter'],
    ['### Day 1 − Rate limiter'], ['### Day 1: Rate limiter'], ['### Day 1. Rate limiter'], ['### Day 1) Rate limiter'],
    ['### Day1 – Rate limiter'], ['### 📅 Day 1 (Mon) · Rate limiter'],
  ])('reads a day heading with another separator before its title: %s', (heading) => {
    const { days: read, diagnostics } = days(`${heading}${plan}`);
    expect(read).toEqual([[1, 'Rate limiter', 1]]);
    expect(diagnostics.map(([, c]) => c)).not.toContain('unread-day');
  });

  it('reads plan headings with a symbol or emoji before their words', () => {
    const md = '### Day 1 – A\n\n#### 🕓 4-Hour Plan\n\n- **Block 1 (HLD – 60 min)**\n\n#### ⏱️ 6‑Hour Plan\n\n- **Mock (60 min)**\n';
    const parsed = parseTrackFile(md, 'x/week-01.md');
    expect(parsed.week?.days.map((d) => [d.blocks4h.length, d.additions6h.length])).toEqual([[1, 1]]);
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('unknown-section');
  });

  it('finds the plan sections at whatever level sits below the day heading', () => {
    const md = [
      '### Day 1 – Rate limiter', plan,
      '## Day 2 – Chat system\n\n### 4-Hour Plan\n\n- **Block 1 (HLD – 60 min)**\n- **Block 2 (DSA – 45 min)**\n\n### 6-Hour Plan\n\n- **Mock (60 min)**\n\n',
      '# Day 3 – Feed\n\n## Four hour plan\n\n- **Block 1 (LLD – 30 min)**\n',
    ].join('');
    const parsed = parseTrackFile(md, 'x/week-01.md');
    expect(parsed.week?.days.map((d) => [d.number, d.blocks4h.length, d.additions6h.length])).toEqual([[1, 1, 0], [2, 2, 1], [3, 1, 0]]);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('ends a day at the next heading at its level or above', () => {
    const md = `## Day 1 – A\n\n### 4-Hour Plan\n\n- **Block 1 (HLD – 60 min)**\n\n## Notes\n\n### 4-Hour Plan\n\n- **Block 9 (X – 5 min)**\n`;
    const parsed = parseTrackFile(md, 'x/week-01.md');
    expect(parsed.week?.days.map((d) => d.blocks4h.map((b) => b.label))).toEqual([['Block 1']]);
  });

  it('keeps the usual level-three days with level-four plans as they were', () => {
    const md = `### Day 1 – A${plan}#### Notes\n\nSome notes.\n\n### Day 2 – B${plan}`;
    const { days: read, diagnostics } = days(md);
    expect(read).toEqual([[1, 'A', 1], [2, 'B', 1]]);
    expect(diagnostics).toContainEqual(['info', 'unknown-section', 7]);
  });

  it('warns that a heading that looks like a day but is not one is left out', () => {
    const md = `### Day 1 – A${plan}### Day 2 & 3 – Review${plan}### Day 4 – B${plan}`;
    const { days: read, diagnostics, messages } = days(md);
    expect(read).toEqual([[1, 'A', 1], [4, 'B', 1]]);
    expect(diagnostics).toContainEqual(['warning', 'unread-day', 7]);
    expect(messages.join('\n')).toMatch(/"Day 2 & 3 – Review".*left out/);
    expect(diagnostics.map(([, c]) => c)).not.toContain('unknown-section');
  });

  it('leaves a deeper heading that only mentions a day outside a day alone', () => {
    const md = `### Day 1 – A${plan}### Notes\n\n#### Day 3 thoughts\n\nText.\n`;
    const { days: read, diagnostics } = days(md);
    expect(read).toEqual([[1, 'A', 1]]);
    expect(diagnostics.map(([, c]) => c)).not.toContain('unread-day');
  });

  it('leaves a heading that only mentions a day inside a day alone', () => {
    const md = `### Day 1 – A${plan}#### Day 1 recap\n\nText.\n\n### Day 2 – B${plan}`;
    const { days: read, diagnostics } = days(md);
    expect(read).toEqual([[1, 'A', 1], [2, 'B', 1]]);
    expect(diagnostics).toContainEqual(['info', 'unknown-section', 7]);
  });
});

describe('a file that is no track', () => {
  it('is skipped with one line, even with a heading that names a day', () => {
    const parsed = parseTrackFile('# Trip\n\n## Day 3 of the trip\n\nWe walked.\n', 'notes/trip.md');
    expect(parsed.week).toBeNull();
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['not-a-track']);
  });
});

describe('a 6-Hour Plan that lists the 4-hour blocks again', () => {
  const day = (sixHour: string): ReturnType<typeof parseTrackFile> =>
    parseTrackFile(
      `### Day 1 – T\n\n#### 4-Hour Plan\n\n- **Block 1 (HLD – 60 min)**\n- **Block 2 (DSA – 60 min)**\n\n#### 6-Hour Plan\n\n${sixHour}\n`,
      'x/week-01.md',
    );

  it('is warned about at its heading, naming the blocks listed again', () => {
    const parsed = day('- **Block 1 (HLD – 90 min)**\n- **block  2 (DSA – 90 min)**\n- **Block 3 (Mock – 60 min)**');
    const warning = parsed.diagnostics.find((d) => d.code === 'restated-4h');
    expect(warning).toMatchObject({ severity: 'warning', line: 8 });
    expect(warning?.message).toMatch(/Day 1: the 6-Hour Plan lists Block 1, Block 2 of the 4-Hour Plan again; .*count twice: list only the additions/);
  });

  it('says nothing of additions with labels of their own', () => {
    const parsed = day('- **Block 3 (Mock – 60 min)**\n- Extra **DSA block (45 min)**');
    expect(parsed.week?.days[0]?.additions6h.length).toBe(2);
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('restated-4h');
  });
});
