// The parse cache works file by file: an edit reparses that file alone, a spoilt entry only its
// file, a new parser every file; the tracks are listed from the index and read one at a time.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildCatalog } from '../../src/track/assemble.js';
import { discover } from '../../src/track/discover.js';
import { loadCatalog, type LoadOptions } from '../../src/track/load.js';
import type { CacheEntry, CacheIndex } from '../../src/track/cache-shape.js';
import { tempDir } from '../helpers/temp-dir.js';
import { countingParse, entryFile, indexFile, readIndexFile, spoil } from './cache-helpers.js';
import { tempTree, trackText } from './temp-tree.js';

/** Two tracks of three weeks, one file a week. */
function curriculum(): { content: string; data: string; file: (track: string, week: number) => string } {
  const files: Record<string, string> = {};
  for (const track of ['go', 'node']) {
    for (const week of [1, 2, 3]) files[`${track}/week-0${week}.md`] = trackText({ frontMatter: { track, week }, days: [`${track} ${week}`] });
  }
  const content = tempTree(files);
  return { content, data: tempDir(), file: (track, week) => path.join(content, track, `week-0${week}.md`) };
}

/** Loads with a counting parser and reads `tracks` in full; returns the files parsed. */
async function load(content: string, data: string, tracks: string[] = ['go', 'node'], opts: LoadOptions = {}): Promise<string[]> {
  const { parse, parsed } = countingParse();
  const catalog = await loadCatalog(content, data, { parser: 'p', parse, ...opts });
  for (const id of tracks) await catalog.track(id);
  return parsed;
}

/** Appends to a file, so size, mtime and ctime all move. */
const touch = (file: string, text = '\n'): void => fs.appendFileSync(file, text);

describe('parse cache, file by file', () => {
  it('parses every file once, then none while nothing changes', async () => {
    const { content, data } = curriculum();
    expect(await load(content, data)).toHaveLength(6);
    expect(await load(content, data)).toEqual([]);
  });

  it('reparses only the file that was edited, and serves its new text', async () => {
    const { content, data, file } = curriculum();
    await load(content, data);
    fs.writeFileSync(file('node', 2), trackText({ frontMatter: { track: 'node', week: 2 }, days: ['Edited'] }));
    const { parse, parsed } = countingParse();
    const catalog = await loadCatalog(content, data, { parser: 'p', parse });
    expect(parsed).toEqual([file('node', 2)]);
    expect((await catalog.track('node')).weeks.map((w) => w.days[0]?.title)).toEqual(['node 1', 'Edited', 'node 3']);
    expect(parsed).toEqual([file('node', 2)]);
  });

  it('reparses only the file whose entry is spoilt or lost, when its track is read', async () => {
    const { content, data, file } = curriculum();
    await load(content, data);
    spoil<CacheEntry>(entryFile(data, content, file('go', 3)), (e) => { (e.parsed as { diagnostics: unknown }).diagnostics = 'x'; });
    fs.rmSync(entryFile(data, content, file('node', 1)));
    expect(await load(content, data, ['go'])).toEqual([file('go', 3)]);
    expect(await load(content, data, ['node'])).toEqual([file('node', 1)]);
    // Both were written again.
    expect(await load(content, data)).toEqual([]);
  });

  it('reparses every file for another parser', async () => {
    const { content, data } = curriculum();
    await load(content, data);
    expect(await load(content, data, ['go', 'node'], { parser: 'q' })).toHaveLength(6);
    expect(await load(content, data, ['go', 'node'], { parser: 'q' })).toEqual([]);
  });

  it('reparses every file for a spoilt index, but for the entries that match their files', async () => {
    const { content, data, file } = curriculum();
    await load(content, data);
    spoil<CacheIndex>(indexFile(data, content), (c) => { (c.files[2] as { head: unknown }).head = 'go'; });
    for (const week of [1, 2, 3]) fs.rmSync(entryFile(data, content, file('go', week)));
    expect(await load(content, data)).toEqual([file('go', 1), file('go', 2), file('go', 3)]);
  });

  it('lists the tracks from the index, and reads only the track asked for', async () => {
    const { content, data, file } = curriculum();
    await load(content, data);
    for (const week of [1, 2, 3]) fs.writeFileSync(entryFile(data, content, file('node', week)), 'spoilt');
    const { parse, parsed } = countingParse();
    const catalog = await loadCatalog(content, data, { parser: 'p', parse });
    expect(catalog.tracks).toEqual([
      { id: 'go', title: 'Go', weeks: [1, 2, 3] },
      { id: 'node', title: 'Node', weeks: [1, 2, 3] },
    ]);
    expect((await catalog.track('go')).weeks).toHaveLength(3);
    expect(parsed).toEqual([]);
  });

  it('sees a file added, deleted or renamed, and drops the entries of files gone', async () => {
    const { content, data, file } = curriculum();
    await load(content, data);
    const added = path.join(content, 'go', 'week-04.md');
    fs.writeFileSync(added, trackText({ frontMatter: { track: 'go', week: 4 }, days: ['go 4'] }));
    expect(await load(content, data)).toEqual([added]);

    fs.rmSync(file('go', 1));
    const renamed = path.join(content, 'node', 'week-two.md');
    fs.renameSync(file('node', 2), renamed);
    const { parse, parsed } = countingParse();
    const catalog = await loadCatalog(content, data, { parser: 'p', parse });
    expect(parsed).toEqual([renamed]);
    expect(catalog.tracks.map((t) => [t.id, t.weeks])).toEqual([['go', [2, 3, 4]], ['node', [1, 2, 3]]]);
    expect((await catalog.track('node')).weeks.map((w) => w.file)).toEqual([file('node', 1), renamed, file('node', 3)]);
    expect(fs.existsSync(entryFile(data, content, file('go', 1)))).toBe(false);
    expect(fs.existsSync(entryFile(data, content, file('node', 2)))).toBe(false);
    expect(readIndexFile(data, content).files.map((r) => path.relative(content, r.path))).toHaveLength(6);
  });

  it('sees a file move to another track, or claim a week another file has', async () => {
    const { content, data, file } = curriculum();
    await load(content, data);
    fs.writeFileSync(file('node', 3), trackText({ frontMatter: { track: 'go', week: 1 }, days: ['moved'] }));
    const catalog = await loadCatalog(content, data, { parser: 'p' });
    expect(catalog.tracks.map((t) => [t.id, t.weeks])).toEqual([['go', [1, 2, 3]], ['node', [1, 2]]]);
    // go/week-01.md comes first in path order and keeps the week; the other is an error.
    expect((await catalog.track('go')).weeks[0]?.days[0]?.title).toBe('go 1');
    expect(catalog.errors).toBe(1);
  });

  it('lists, counts and reads what a parse from scratch gives', async () => {
    const content = tempTree({
      'go/week-01.md': trackText({ frontMatter: { track: 'go', week: 1, title: 'Go' } }),
      'go/week-02.md': trackText({ frontMatter: { track: 'go', week: 2, title: 'Go' } }),
      'go/again.md': trackText({ frontMatter: { track: 'go', week: 2, title: 'Go' } }),
      'node/a.md': trackText({ frontMatter: { track: 'node', week: 1, title: 'Week 01 – Basics' } }),
      'node/b.md': trackText({ frontMatter: { track: 'node', week: 2, title: 'Week 02 – Async' } }),
      'README.md': '# About\n',
      'broken.md': Buffer.from([0xc3, 0x28]),
    });
    const fromScratch = buildCatalog(discover(content).map((s) => s.path));
    for (const data of [tempDir(), null]) {
      for (const round of [1, 2]) {
        const catalog = await loadCatalog(content, data, { parser: 'p' });
        expect(catalog.files, `round ${round}`).toBe(fromScratch.files);
        expect(catalog.errors).toBe(fromScratch.diagnostics.filter((d) => d.severity === 'error').length);
        expect(catalog.tracks).toEqual(fromScratch.tracks.map((t) => ({ id: t.id, title: t.title, weeks: t.weeks.map((w) => w.number) })));
        expect(await Promise.all(catalog.tracks.map((t) => catalog.track(t.id)))).toEqual(fromScratch.tracks);
      }
    }
  });

  it('removes the single cache file of earlier versions', async () => {
    const { content, data } = curriculum();
    const legacy = `${path.dirname(indexFile(data, content))}.json`;
    fs.mkdirSync(path.dirname(legacy), { recursive: true });
    fs.writeFileSync(legacy, '{}');
    await load(content, data);
    expect(fs.existsSync(legacy)).toBe(false);
  });

  it('works, parsing, where a folder stands in place of the index or of an entry to remove', async () => {
    const { content, data, file } = curriculum();
    await load(content, data);
    fs.rmSync(file('go', 1));
    fs.rmSync(entryFile(data, content, file('go', 1)));
    fs.mkdirSync(entryFile(data, content, file('go', 1)));
    const catalog = await loadCatalog(content, data, { parser: 'p' });
    expect(catalog.tracks.map((t) => t.weeks)).toEqual([[2, 3], [1, 2, 3]]);

    // No index can be written, but each entry checks out against its file's stamps and bytes.
    fs.rmSync(indexFile(data, content));
    fs.mkdirSync(indexFile(data, content));
    expect(await load(content, data)).toEqual([]);
  });

  it('keeps the entries of a lost index whose files are unchanged, checking their bytes', async () => {
    const { content, data, file } = curriculum();
    await load(content, data);
    fs.rmSync(indexFile(data, content));
    // Same stamps as the entry, other bytes: only the hash tells.
    spoil<CacheEntry>(entryFile(data, content, file('node', 1)), (e) => { e.hash = '0'.repeat(16); });
    expect(await load(content, data)).toEqual([file('node', 1)]);
    expect(await load(content, data)).toEqual([]);
  });

  it('leaves no temporary files behind', async () => {
    const { content, data, file } = curriculum();
    await load(content, data);
    touch(file('go', 2));
    await load(content, data);
    const names = fs.readdirSync(path.dirname(indexFile(data, content)));
    expect(names.filter((n) => !n.endsWith('.json'))).toEqual([]);
    // The index, and the entry and texts of each of the 6 files.
    expect(names).toHaveLength(1 + 2 * 6);
  });

  it('writes every cache file whole: to a temporary name, then renamed into place', async () => {
    const { content, data, file } = curriculum();
    const writes = vi.spyOn(fs, 'writeFileSync');
    const renames = vi.spyOn(fs, 'renameSync');
    try {
      await load(content, data);
      touch(file('node', 3));
      await load(content, data);
      const dir = path.dirname(indexFile(data, content));
      const targets = writes.mock.calls.map(([f]) => String(f)).filter((f) => f.startsWith(dir));
      // Entries and texts, the index; the touched file's entry and texts, the index again.
      expect(targets).toHaveLength(2 * 6 + 1 + 2 + 1);
      for (const t of targets) expect(t).toMatch(/\.json\.\d+\.\d+\.tmp$/);
      expect(renames.mock.calls.map(([from, to]) => [String(from).replace(/\.\d+\.\d+\.tmp$/, ''), String(to)])).toEqual(
        targets.map((t) => { const to = t.replace(/\.\d+\.\d+\.tmp$/, ''); return [to, to]; }));
    } finally {
      writes.mockRestore();
      renames.mockRestore();
    }
  });
});
