// The lazy track (`lazyTrack` read inside `settle`): every week from the index's outlines, each
// week's texts from its entry when first read, and the same track as a parse from scratch,
// whether the curriculum is one long track or many short ones, and whatever befell the cache.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCatalog } from '../../src/track/assemble.js';
import { cacheDir } from '../../src/track/cache-files.js';
import { discover } from '../../src/track/discover.js';
import { loadCatalog, type Curriculum } from '../../src/track/load.js';
import type { Outline } from '../../src/track/outline.js';
import type { Track } from '../../src/track/model.js';
import { tempDir } from '../helpers/temp-dir.js';
import { countingParse, entryFile, spoil, spoilOutline, textsFile } from './cache-helpers.js';
import { tempTree, trackText } from './temp-tree.js';

/** `tracks` tracks of `weeks` weekly files; every day titled after its track, week and day. */
function curriculum(tracks: number, weeks: number): { content: string; data: string; file: (track: string, week: number) => string } {
  const files: Record<string, string> = {};
  for (let t = 1; t <= tracks; t++) {
    for (let w = 1; w <= weeks; w++) {
      files[`t${t}/week-${String(w).padStart(3, '0')}.md`] = trackText({ frontMatter: { track: `t${t}`, week: w }, days: [1, 2, 3].map((d) => `t${t} w${w} d${d}`) });
    }
  }
  const content = tempTree(files);
  return { content, data: tempDir(), file: (track, week) => path.join(content, track, `week-${String(week).padStart(3, '0')}.md`) };
}

const SHAPES = [
  { name: 'one track of 40 weeks', tracks: 1, weeks: 40, id: 't1' },
  { name: '12 tracks of 3 weeks', tracks: 12, weeks: 3, id: 't7' },
];

/** The track as a parse from scratch gives it, as JSON. */
const fromScratch = (content: string, id: string): unknown =>
  JSON.parse(JSON.stringify(buildCatalog(discover(content).map((s) => s.path)).tracks.find((t) => t.id === id)));

/** The entry files, and the texts files, read while `fn` runs. */
async function entriesRead<T>(data: string, content: string, fn: () => Promise<T>): Promise<{ result: T; read: string[]; texts: string[] }> {
  const dir = cacheDir(data, path.resolve(content));
  const spy = vi.spyOn(fs, 'readFileSync');
  try {
    const result = await fn();
    const files = spy.mock.calls.map((c) => String(c[0])).filter((f) => f.startsWith(dir) && !f.endsWith('index.json'));
    return { result, read: files.filter((f) => !f.endsWith('.texts.json')), texts: files.filter((f) => f.endsWith('.texts.json')) };
  } finally {
    spy.mockRestore();
  }
}

/** Reads track `id` lazily, through `use`; the files parsed and how often `use` ran. */
async function settled<T>(content: string, data: string, id: string, use: (track: Track) => T, parser = 'p'): Promise<{ result: T; parsed: string[]; runs: number; catalog: Curriculum }> {
  const { parse, parsed } = countingParse();
  const catalog = await loadCatalog(content, data, { parser, parse });
  let runs = 0;
  const result = await catalog.settle(await catalog.lazyTrack(id), (track) => (runs++, use(track)));
  return { result, parsed, runs, catalog };
}

const whole = (track: Track): unknown => JSON.parse(JSON.stringify(track));
const dayTitle = (week: number) => (track: Track): string | undefined => track.weeks.find((w) => w.number === week)?.days[1]?.title;

afterEach(() => vi.restoreAllMocks());

describe.each(SHAPES)('the lazy track, $name', ({ tracks, weeks, id }) => {
  it('is the track a parse from scratch gives, cold and warm', async () => {
    const { content, data } = curriculum(tracks, weeks);
    const cold = await settled(content, data, id, whole);
    expect(cold.result).toEqual(fromScratch(content, id));
    expect(cold.parsed).toHaveLength(tracks * weeks);
    const warm = await settled(content, data, id, whole);
    expect(warm.result).toEqual(fromScratch(content, id));
    expect(warm.parsed).toEqual([]);
    expect(warm.runs).toBe(1);
  });

  it('reads the entry of each week whose texts are read, and no other', async () => {
    const { content, data, file } = curriculum(tracks, weeks);
    await settled(content, data, id, whole);
    const one = await entriesRead(data, content, () => settled(content, data, id, dayTitle(2)));
    expect(one.result.result).toBe(`${id} w2 d2`);
    expect(one.read).toEqual([entryFile(data, content, file(id, 2))]);
    expect(one.texts).toEqual([]);
    // Days, blocks, ids, categories and minutes of every week come from the index alone.
    const none = await entriesRead(data, content, () => settled(content, data, id, (t) => t.weeks.flatMap((w) => w.days.flatMap((d) => d.blocks4h.map((b) => `${b.id} ${b.category} ${b.minutes?.min}`)))));
    expect(none.result.result).toHaveLength(weeks * 3);
    expect(none.result.result[0]).toBe(`${id}.w1.d1.4h.1 DSA 60`);
    expect(none.read).toEqual([]);
    expect(none.texts).toEqual([]);
    // Their labels and titles from each week's texts, as the matching rule reads them: no entry.
    const labels = await entriesRead(data, content, () => settled(content, data, id, (t) => t.weeks.flatMap((w) => w.days.flatMap((d) => d.blocks4h.map((b) => `${b.id} ${b.label}: ${b.title}`)))));
    expect(labels.result.result[0]).toBe(`${id}.w1.d1.4h.1 Block 1: Two problems`);
    expect(labels.read).toEqual([]);
    expect(labels.texts).toEqual(Array.from({ length: weeks }, (_, i) => textsFile(data, content, file(id, i + 1))));
  });

  it('takes the labels and titles of a week whose texts are spoilt or lost from its entry', async () => {
    const { content, data, file } = curriculum(tracks, weeks);
    await settled(content, data, id, whole);
    const texts = (w: number): string => textsFile(data, content, file(id, w));
    spoil<{ texts: unknown[] }>(texts(1), (t) => { t.texts.pop(); });
    spoil<{ texts: unknown[] }>(texts(2), (t) => { t.texts[1] = 7; });
    // Of other bytes: well made, but not the parse of this file as it is.
    spoil<{ hash: string; texts: string[] }>(texts(3), (t) => { t.hash = '0'.repeat(16); t.texts[1] = 'Another title'; });
    const damaged = [1, 2, 3];
    if (weeks > 3) {
      fs.writeFileSync(texts(4), '{"parser":');
      fs.rmSync(texts(5));
      damaged.push(4, 5);
    }
    const read = await entriesRead(data, content, () => settled(content, data, id, (t) => t.weeks.map((w) => w.days[0]?.blocks4h.map((b) => [b.label, b.title]))));
    expect(read.result.parsed).toEqual([]);
    expect(read.read).toEqual(damaged.map((w) => entryFile(data, content, file(id, w))));
    expect(read.result.result).toEqual((fromScratch(content, id) as Track).weeks.map((w) => w.days[0]?.blocks4h.map((b) => [b.label, b.title])));
    expect((await settled(content, data, id, whole)).result).toEqual(fromScratch(content, id));
  });

  it('parses again a week whose entry is spoilt or lost, runs again, and gives the parse from scratch', async () => {
    const { content, data, file } = curriculum(tracks, weeks);
    await settled(content, data, id, whole);
    fs.writeFileSync(entryFile(data, content, file(id, 2)), '{"path":');
    fs.rmSync(entryFile(data, content, file(id, 3)));
    const spoilt = await settled(content, data, id, dayTitle(2));
    expect(spoilt.result).toBe(`${id} w2 d2`);
    expect(spoilt.parsed).toEqual([file(id, 2)]);
    expect(spoilt.runs).toBe(2);
    const all = await settled(content, data, id, whole);
    expect(all.result).toEqual(fromScratch(content, id));
    expect(all.parsed).toEqual([file(id, 3)]);
    // Both entries were written again.
    expect((await settled(content, data, id, whole)).parsed).toEqual([]);
  });

  it('parses again a week whose entry holds another parse of its file (another outline)', async () => {
    const { content, data, file } = curriculum(tracks, weeks);
    await settled(content, data, id, whole);
    spoil<{ parsed: { week: { days: unknown[] } } }>(entryFile(data, content, file(id, 2)), (e) => { e.parsed.week.days.pop(); });
    const again = await settled(content, data, id, whole);
    expect(again.result).toEqual(fromScratch(content, id));
    expect(again.parsed).toEqual([file(id, 2)]);
  });

  it('follows an edit, a rename and a deletion as a parse from scratch does', async () => {
    const { content, data, file } = curriculum(tracks, weeks);
    await settled(content, data, id, whole);
    fs.writeFileSync(file(id, 1), trackText({ frontMatter: { track: id, week: 1 }, days: ['edited', 'edited 2'] }));
    fs.renameSync(file(id, 2), path.join(content, id, 'renamed.md'));
    fs.rmSync(file(id, 3));
    const after = await settled(content, data, id, whole);
    expect(after.result).toEqual(fromScratch(content, id));
    expect(after.parsed).toEqual([path.join(content, id, 'renamed.md'), file(id, 1)]);
    expect((after.result as Track).weeks.map((w) => w.number)).toEqual(Array.from({ length: weeks }, (_, i) => i + 1).filter((w) => w !== 3));
    // The texts of the files gone went with their entries.
    expect([file(id, 2), file(id, 3)].filter((f) => fs.existsSync(textsFile(data, content, f)))).toEqual([]);
  });

  it('parses every file for another parser, and ignores an index whose outline is spoilt', async () => {
    const { content, data } = curriculum(tracks, weeks);
    await settled(content, data, id, whole);
    const other = await settled(content, data, id, whole, 'q');
    expect(other.parsed).toHaveLength(tracks * weeks);
    expect(other.result).toEqual(fromScratch(content, id));
    spoilOutline<Outline>(data, content, 0, (o) => { o.days.push(1, 2); });
    const respoilt = await settled(content, data, id, whole, 'q');
    // The entries still match their files: kept, not parsed again.
    expect(respoilt.parsed).toEqual([]);
    expect(respoilt.result).toEqual(fromScratch(content, id));
  });
});
