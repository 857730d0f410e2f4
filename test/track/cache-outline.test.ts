// The parse cache's index in two parts: every week's summary (day numbers, blocks and minutes summed)
// read on each warm start, and its outline on a line of its own, read for a week whose blocks are
// asked for. Both are what a parse from scratch gives; a spoilt, cut or foreign outline line is
// never used, and the index is mended; the forecast's sums over a lazy track are a fresh parse's.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/track/assemble.js';
import { discover } from '../../src/track/discover.js';
import { weekPlanned } from '../../src/track/lazy-track.js';
import { loadCatalog } from '../../src/track/load.js';
import { blocksFor, plannedMinutes, type Track } from '../../src/track/model.js';
import { dayStarts, outlineOf, type Outline } from '../../src/track/outline.js';
import { leftBlocks, leftWork, settledDays } from '../../src/schedule/forecast.js';
import { weekFile } from '../commands/setup.js';
import { tempDir } from '../helpers/temp-dir.js';
import { countingParse, entryFile, indexFile, readIndexFile, readOutlines, spoilOutline } from './cache-helpers.js';
import { tempTree } from './temp-tree.js';

const name = (w: number): string => `go/week-${String(w).padStart(2, '0')}.md`;

/** Week `w` of the bundled week, varied: week 3 has four days, week 5 a block of no duration. */
function weekText(w: number): string {
  const text = weekFile('go', w);
  if (w === 3) return text.slice(0, text.indexOf('### Day 5'));
  if (w === 5) return text.replace('(LLD – 60 min)', '(LLD)');
  return text;
}

function curriculum(weeks = 8): { content: string; data: string; file: (w: number) => string } {
  const files: Record<string, string> = {};
  for (let w = 1; w <= weeks; w++) files[name(w)] = weekText(w);
  const content = tempTree(files);
  return { content, data: tempDir(), file: (w) => path.join(content, name(w)) };
}

/** The track as a parse from scratch gives it. */
const fromScratch = (content: string): Track => buildCatalog(discover(content).map((s) => s.path)).tracks.find((t) => t.id === 'go') as Track;

/** The lazy track read through `use`, as `coach today` reads it; the files parsed meanwhile. */
async function lazily<T>(content: string, data: string, use: (track: Track) => T): Promise<{ result: T; parsed: string[] }> {
  const { parse, parsed } = countingParse();
  const catalog = await loadCatalog(content, data, { parser: 'p', parse });
  const result = await catalog.settle(await catalog.lazyTrack('go'), use);
  return { result, parsed };
}

const whole = (track: Track): unknown => JSON.parse(JSON.stringify(track));

/** What is left of the plan, summed, for either plan and some blocks settled. */
function leftFigures(track: Track, settled: readonly string[]): unknown[] {
  const is = (id: string): boolean => settled.includes(id);
  return (['4h', '6h'] as const).flatMap((plan) => [1, 4].map((start) => {
    const work = leftWork(track, plan, start, is, settledDays(settled));
    return { blocks: work.blocks, minutes: work.minutes };
  }));
}

/** The same figures from the blocks of a parse from scratch, one by one. */
function leftFromBlocks(track: Track, settled: readonly string[]): unknown[] {
  const is = (id: string): boolean => settled.includes(id);
  return (['4h', '6h'] as const).flatMap((plan) => [1, 4].map((start) => {
    const left = leftBlocks(track, plan, start, is);
    return { blocks: left.length, minutes: plannedMinutes(left as never) };
  }));
}

describe('the index in two parts', () => {
  it('keeps for every week the summary and outline a parse from scratch gives', async () => {
    const { content, data } = curriculum();
    await loadCatalog(content, data, { parser: 'p' });
    const fresh = fromScratch(content);
    const index = readIndexFile(data, content);
    const outlines = readOutlines(data, content);
    expect(index.files).toHaveLength(8);
    for (const [i, record] of index.files.entries()) {
      const week = fresh.weeks[i];
      if (!week) throw new Error(`no week ${i + 1}`);
      const four = week.days.flatMap((d) => blocksFor(d, '4h'));
      const six = week.days.flatMap((d) => d.additions6h);
      const [m4, m6] = [plannedMinutes(four), plannedMinutes(six)];
      expect(record.summary).toEqual({ days: week.days.map((d) => d.number), sums: [four.length, m4.min, m4.max, six.length, m6.min, m6.max] });
      expect(outlines[i]).toEqual(outlineOf(week));
    }
    // The weeks differ where they should: four days, and a block that counts no minutes.
    expect(index.files[2]?.summary?.days).toEqual([1, 2, 3, 4]);
    expect(index.files[4]?.summary?.sums[1]).toBeLessThan(index.files[3]?.summary?.sums[1] ?? 0);
  });

  it('sums each lazy week, and what is left of the plan, as the blocks of a parse from scratch', async () => {
    const { content, data } = curriculum();
    await loadCatalog(content, data, { parser: 'p' });
    const fresh = fromScratch(content);
    const settled = ['go.w2.d1.4h.1', 'go.w2.d3.6h.1', 'go.w5.d2.4h.2'];
    const { result } = await lazily(content, data, (track) => ({
      weeks: track.weeks.map((w) => [weekPlanned(w, '4h'), weekPlanned(w, '6h')]),
      left: leftFigures(track, settled),
    }));
    expect(result.weeks).toEqual(fresh.weeks.map((w) => (['4h', '6h'] as const).map((plan) => {
      const blocks = w.days.flatMap((d) => blocksFor(d, plan));
      return { blocks: blocks.length, minutes: plannedMinutes(blocks) };
    })));
    expect(result.left).toEqual(leftFromBlocks(fresh, settled));
  });

  it('follows an edited, a removed and an added file in the sums, as a parse from scratch', async () => {
    const { content, data, file } = curriculum();
    await loadCatalog(content, data, { parser: 'p' });
    fs.writeFileSync(file(6), weekText(6).slice(0, weekText(6).indexOf('### Day 3')));
    fs.rmSync(file(7));
    fs.writeFileSync(file(9), weekText(5).replace(/^week: .*$/m, 'week: 9'));
    const after = await lazily(content, data, (track) => ({ track: whole(track), left: leftFigures(track, []) }));
    const fresh = fromScratch(content);
    expect(after.parsed.sort()).toEqual([file(6), file(9)]);
    expect(after.result.track).toEqual(whole(fresh));
    expect(after.result.left).toEqual(leftFromBlocks(fresh, []));
    expect(fresh.weeks.map((w) => w.number)).toEqual([1, 2, 3, 4, 5, 6, 8, 9]);
    // And warm again, from the index just written.
    const warm = await lazily(content, data, (track) => leftFigures(track, []));
    expect(warm.parsed).toEqual([]);
    expect(warm.result).toEqual(leftFromBlocks(fresh, []));
  });

  const spoils: [string, (o: Outline) => void][] = [
    ['a count past its blocks', (o) => { o.days[1] = 40; }],
    ['a category it does not list', (o) => { o.days[3] = o.categories.length; }],
    ['a day fewer (the shape of an outline, not of this week)', (o) => { o.days.splice(dayStarts(o).at(-1) ?? 0); }],
    ['other minutes', (o) => { o.days[4] = (o.days[4] ?? 0) + 30; }],
  ];

  it.each(spoils)('never uses an outline line with %s: the week comes from its entry, and the index is mended', async (_name, spoilIt) => {
    const { content, data } = curriculum();
    await loadCatalog(content, data, { parser: 'p' });
    const good = readOutlines(data, content);
    spoilOutline<Outline>(data, content, 1, spoilIt);
    expect(readOutlines(data, content)[1]).not.toEqual(good[1]);
    const spoilt = await lazily(content, data, (track) => ({ track: whole(track), left: leftFigures(track, ['go.w1.d1.4h.1', 'go.w2.d2.4h.1']) }));
    const fresh = fromScratch(content);
    expect(spoilt.result.track).toEqual(whole(fresh));
    expect(spoilt.result.left).toEqual(leftFromBlocks(fresh, ['go.w1.d1.4h.1', 'go.w2.d2.4h.1']));
    // The entry still matches its file: read, not parsed again.
    expect(spoilt.parsed).toEqual([]);
    expect(readOutlines(data, content)).toEqual(good);
  });

  it('parses a week again whose outline line and entry are both spoilt', async () => {
    const { content, data, file } = curriculum();
    await loadCatalog(content, data, { parser: 'p' });
    const good = readOutlines(data, content);
    spoilOutline<Outline>(data, content, 2, (o) => { o.days = [1]; });
    fs.writeFileSync(entryFile(data, content, file(3)), '{"path":');
    const spoilt = await lazily(content, data, whole);
    expect(spoilt.result).toEqual(whole(fromScratch(content)));
    expect(spoilt.parsed).toEqual([file(3)]);
    expect(readOutlines(data, content)).toEqual(good);
    expect((await lazily(content, data, whole)).parsed).toEqual([]);
  });

  it('reads an index cut short among its outline lines as far as it goes, and mends it', async () => {
    const { content, data } = curriculum();
    await loadCatalog(content, data, { parser: 'p' });
    const good = readOutlines(data, content);
    const text = fs.readFileSync(indexFile(data, content), 'utf8');
    // Cut in the middle of the sixth outline line: the first line and five outlines whole.
    const lines = text.split('\n');
    fs.writeFileSync(indexFile(data, content), [...lines.slice(0, 6), (lines[6] ?? '').slice(0, 20)].join('\n'));
    const cut = await lazily(content, data, (track) => ({ track: whole(track), left: leftFigures(track, ['go.w7.d1.4h.1']) }));
    const fresh = fromScratch(content);
    expect(cut.result.track).toEqual(whole(fresh));
    expect(cut.result.left).toEqual(leftFromBlocks(fresh, ['go.w7.d1.4h.1']));
    expect(cut.parsed).toEqual([]);
    expect(readOutlines(data, content)).toEqual(good);
  });

  it('ignores an index whose first line is cut short, and rebuilds it from the entries', async () => {
    const { content, data } = curriculum();
    await loadCatalog(content, data, { parser: 'p' });
    const good = readOutlines(data, content);
    const text = fs.readFileSync(indexFile(data, content), 'utf8');
    fs.writeFileSync(indexFile(data, content), text.slice(0, text.indexOf('\n') - 10));
    const cut = await lazily(content, data, (track) => ({ track: whole(track), left: leftFigures(track, []) }));
    const fresh = fromScratch(content);
    expect(cut.result.track).toEqual(whole(fresh));
    expect(cut.result.left).toEqual(leftFromBlocks(fresh, []));
    expect(cut.parsed).toEqual([]);
    expect(readOutlines(data, content)).toEqual(good);
  });
});
