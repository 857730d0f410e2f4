// The matching rule against real track text: blocks logged on the bundled week 11, then the file
// edited the ways authors edit it; which blocks stay done, which completions are orphaned, and
// that the day's and week's done blocks and time do not move.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attach, doneIds, normalise } from '../../src/log/attach.js';
import type { Completion } from '../../src/log/types.js';
import { buildReview } from '../../src/review/review.js';
import { assemble } from '../../src/track/assemble.js';
import { parseTrackFile } from '../../src/track/parse.js';
import { blocksFor, type Block, type Track } from '../../src/track/model.js';
import { CONTENT } from '../helpers/cli.js';
import { isoDate } from '../helpers/dates.js';
import { problemLog } from '../../src/log/problem-log.js';

const WEEK_11 = fs.readFileSync(path.join(CONTENT, 'go', 'week-11.md'), 'utf8');

function trackOf(text: string): Track {
  const track = assemble([parseTrackFile(text, 'week-11.md')]).tracks[0];
  if (!track) throw new Error('no track');
  return track;
}

function blockById(track: Track, id: string): { block: Block; day: number } {
  for (const d of track.weeks[0]?.days ?? []) {
    const block = blocksFor(d, '6h').find((b) => b.id === id);
    if (block) return { block, day: d.number };
  }
  throw new Error(`no block ${id}`);
}

let seq = 0;
/** A completion of a block of `track`, its snapshot taken from the block as `coach done` takes it. */
function logged(track: Track, id: string, date: string, minutes: number | null = null): Completion {
  const { block, day } = blockById(track, id);
  return {
    id: `c${++seq}`, blockId: id, date: isoDate(date), track: track.id, week: 11, day, plan: block.plan, label: block.label,
    category: block.category, title: block.title, planned: block.minutes, minutes, note: null, createdAt: `${date}T10:00:00.000Z`,
  };
}

/** The text of day `n` (from its heading to the next one). */
function dayText(text: string, n: number): string {
  const start = text.indexOf(`### Day ${n} –`);
  const end = text.indexOf('### Day', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

function editDay(text: string, n: number, edit: (day: string) => string): string {
  const day = dayText(text, n);
  const edited = edit(day);
  if (edited === day) throw new Error(`the edit of day ${n} changed nothing`);
  return text.replace(day, edited);
}

/** A block's list item in day 1, from its bold label to the blank line after it. */
function item(day: string, label: string): string {
  const start = day.indexOf(`- **${label} (`);
  const end = day.indexOf('\n\n', start);
  return day.slice(start, end + 2);
}

const original = trackOf(WEEK_11);
const completions = [
  logged(original, 'go.w11.d1.4h.2', '2026-11-16'), // LLD
  logged(original, 'go.w11.d1.4h.3', '2026-11-16', 75), // DSA, minutes given
  logged(original, 'go.w11.d2.4h.1', '2026-11-17'), // day 2 HLD
];
const [lld, dsa] = completions;

function totals(track: Track) {
  const r = buildReview({
    track, plan: '4h', startWeek: 11, start: isoDate('2026-11-16'), week: 11, today: isoDate('2026-11-22'),
    completions, problems: problemLog([]), skips: [], lessons: [], dsaSetting: null,
  });
  if (!r) throw new Error('no review');
  return {
    days: r.days.map((d) => ({ day: d.day, blocks: d.blocks.done, minutes: d.minutes.done })),
    week: { blocks: r.totals.blocks.done, minutes: r.totals.minutes.done },
  };
}

const INSERTED = '- **Block 2 (Reading – 20 min)**\n  - Read the `x/time/rate` package docs.\n\n';

describe('attach: edits of the track after blocks were logged', () => {
  it('before any edit, each completion marks the block it was logged against', () => {
    const a = attach(original, completions);
    expect([...doneIds(a)].sort()).toEqual(['go.w11.d1.4h.2', 'go.w11.d1.4h.3', 'go.w11.d2.4h.1']);
    expect(a.orphaned).toEqual([]);
    expect(totals(original).days.slice(0, 2)).toEqual([{ day: 1, blocks: 2, minutes: 135 }, { day: 2, blocks: 1, minutes: 60 }]);
  });

  it.each<[string, (text: string) => string, string[], Completion[]]>([
    ['insert a block before them', (t) => editDay(t, 1, (d) => d.replace('- **Block 2 (LLD', `${INSERTED}- **Block 2 (LLD`)), ['go.w11.d1.4h.3', 'go.w11.d1.4h.4'], []],
    ['insert a block after them', (t) => editDay(t, 1, (d) => d.replace('#### 6-Hour Plan', `${INSERTED}#### 6-Hour Plan`)), ['go.w11.d1.4h.2', 'go.w11.d1.4h.3'], []],
    ['delete one of them', (t) => editDay(t, 1, (d) => d.replace(item(d, 'Block 2'), '')), ['go.w11.d1.4h.2'], [lld!]],
    ['swap them', (t) => editDay(t, 1, (d) => d.replace(item(d, 'Block 2') + item(d, 'Block 3'), item(d, 'Block 3') + item(d, 'Block 2'))), ['go.w11.d1.4h.2', 'go.w11.d1.4h.3'], []],
    ['renumber the labels', (t) => editDay(t, 1, (d) => d.replace(/\*\*Block (\d)/g, (_m, n: string) => `**Block ${Number(n) + 1}`)), ['go.w11.d1.4h.2', 'go.w11.d1.4h.3'], []],
    ['reword a detail line', (t) => editDay(t, 1, (d) => d.replace('Let the algorithm be swappable through the **Strategy** pattern.', 'Make the algorithm pluggable.')), ['go.w11.d1.4h.2', 'go.w11.d1.4h.3'], []],
    ['reword a title whose category is unique that day', (t) => editDay(t, 1, (d) => d.replace('Solve two or three problems.', 'Work through three medium problems.')), ['go.w11.d1.4h.2', 'go.w11.d1.4h.3'], []],
    ['change the minutes', (t) => editDay(t, 1, (d) => d.replace('Block 3 (DSA – 60 min)', 'Block 3 (DSA – 90 min)').replace('Block 2 (LLD – 60 min)', 'Block 2 (LLD – 45 min)')), ['go.w11.d1.4h.2', 'go.w11.d1.4h.3'], []],
    ['change case, spacing and the full stop of a title', (t) => editDay(t, 1, (d) => d.replace('Solve two or three problems.', 'solve  two or three PROBLEMS')), ['go.w11.d1.4h.2', 'go.w11.d1.4h.3'], []],
    ['move one of them to another day', (t) => {
      const moved = item(dayText(t, 1), 'Block 2');
      const out = editDay(t, 1, (d) => d.replace(moved, ''));
      return editDay(out, 2, (d) => d.replace('#### 6-Hour Plan', `${moved}#### 6-Hour Plan`));
    }, ['go.w11.d1.4h.2'], [lld!]],
  ])('%s', (_what, edit, dayOneDone, orphaned) => {
    const track = trackOf(edit(WEEK_11));
    const a = attach(track, completions);
    const done = [...doneIds(a)];
    expect(done.filter((id) => id.startsWith('go.w11.d1.')).sort()).toEqual(dayOneDone);
    // The day-1 blocks marked done are the ones logged, by what they are, wherever they are now.
    const titles = done.filter((id) => id.startsWith('go.w11.d1.')).map((id) => blockById(track, id).block.category);
    expect(titles.sort()).toEqual(['DSA', 'LLD'].filter((c) => !orphaned.some((o) => o.category === c)));
    expect(a.byBlock.get('go.w11.d2.4h.1')?.id).toBe(completions[2]?.id);
    expect(a.orphaned).toEqual(orphaned);
    expect(totals(track)).toEqual(totals(original));
  });

  it('never gives a removed block\'s completion to another block of its category when that category is not unique', () => {
    // Day 1 gets a second and a third LLD block; then the logged LLD block is removed.
    const text = editDay(WEEK_11, 1, (d) => d.replace('Block 1 (HLD', 'Block 1 (LLD').replace('Block 4 (Review', 'Block 4 (LLD').replace(item(d, 'Block 2'), ''));
    const a = attach(trackOf(text), completions);
    expect(a.orphaned).toEqual([lld]);
    expect([...doneIds(a)].filter((id) => id.startsWith('go.w11.d1.'))).toEqual(['go.w11.d1.4h.2']);
    expect(blockById(trackOf(text), 'go.w11.d1.4h.2').block.category).toBe('DSA');
  });

  it('never gives a removed block\'s completion to the one block of its category left behind', () => {
    // Day 1 had two LLD blocks (2 and 4), the learner logged block 2; then block 2 is removed:
    // block 4 is now the only LLD block, but it is not the one that was logged.
    const two = editDay(WEEK_11, 1, (d) => d.replace('Block 4 (Review', 'Block 4 (LLD'));
    const logged2 = logged(trackOf(two), 'go.w11.d1.4h.2', '2026-11-23');
    const removed = editDay(two, 1, (d) => d.replace(item(d, 'Block 2'), ''));
    const a = attach(trackOf(removed), [logged2]);
    expect(a.orphaned).toEqual([logged2]);
    expect(doneIds(a).size).toBe(0);
  });

  it('does not reword-match when the log has two completions of the category for that day', () => {
    const both = [dsa!, { ...dsa!, id: 'other', blockId: 'go.w11.d1.4h.9', title: 'Another DSA block' }];
    const a = attach(trackOf(editDay(WEEK_11, 1, (d) => d.replace('Solve two or three problems.', 'Three problems.'))), both);
    expect(a.orphaned.map((c) => c.id)).toEqual([dsa!.id, 'other']);
  });

  it('gives a block one completion, the nearest by old position among identical ones', () => {
    const twice = [{ ...dsa!, id: 'x', blockId: 'go.w11.d1.4h.3' }, { ...dsa!, id: 'y', blockId: 'go.w11.d1.4h.5' }];
    const a = attach(original, twice);
    expect(a.byBlock.get('go.w11.d1.4h.3')?.id).toBe('x');
    expect(a.orphaned.map((c) => c.id)).toEqual(['y']);
  });

  it('among identical blocks, gives a completion to the one still under its label before the nearest', () => {
    // Day 1's first block becomes a second "Solve two or three problems." DSA block, then a warm-up
    // is added at the top: the logged Block 3 is now at position 4, the other at 2, both at distance 1.
    const two = editDay(WEEK_11, 1, (d) => d.replace(item(d, 'Block 1'), item(d, 'Block 3').replace('Block 3', 'Block 1')));
    const before = trackOf(two);
    const third = logged(before, 'go.w11.d1.4h.3', '2026-11-16');
    const warmUp = '- **Warm-up (Review – 15 min)**\n  - Skim the notes.\n\n';
    const after = trackOf(editDay(two, 1, (d) => d.replace('- **Block 1 (', `${warmUp}- **Block 1 (`)));
    const a = attach(after, [third]);
    expect([...doneIds(a)]).toEqual(['go.w11.d1.4h.4']);
    expect(blockById(after, 'go.w11.d1.4h.4').block.label).toBe('Block 3');
    // Without a label to tell them apart, the nearest, then the earlier, as before.
    const renamed = trackOf(editDay(two, 1, (d) => d.replace('- **Block 1 (', `${warmUp}- **Block 1 (`).replace(/\*\*Block (\d)/g, (_m, n: string) => `**Step ${n}`)));
    expect([...doneIds(attach(renamed, [third]))]).toEqual(['go.w11.d1.4h.2']);
  });

  it('matches a title saved in another Unicode normal form', () => {
    const text = editDay(WEEK_11, 1, (d) => d.replace('Solve two or three problems.', 'Solve the café problems.'));
    const nfc = trackOf(text);
    const c = logged(nfc, 'go.w11.d1.4h.3', '2026-11-16');
    const nfd = trackOf(text.normalize('NFD'));
    const a = attach(nfd, [c]);
    expect([...doneIds(a)]).toEqual(['go.w11.d1.4h.3']);
    expect(a.orphaned).toEqual([]);
    expect(normalise('Caf\u0065\u0301')).toBe(normalise('Caf\u00e9'));
  });

  it('leaves completions of other tracks out, and orphans those of a week the track no longer has', () => {
    const a = attach(original, [{ ...lld!, id: 'sd', track: 'sd' }, { ...lld!, id: 'w9', week: 9 }]);
    expect(a.byBlock.size).toBe(0);
    expect(a.orphaned.map((c) => c.id)).toEqual(['w9']);
  });

  it('normalises case, whitespace and trailing punctuation only', () => {
    expect(normalise('  Solve  Two\tor three problems…! ')).toBe('solve two or three problems');
    expect(normalise('Design: API')).toBe('design: api');
  });
});
