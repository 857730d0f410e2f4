// The parse cache is keyed on the parser as well as the files: a changed parser (its code, coach's
// version or a markdown library's version) never serves a parse made by another.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentParser, loadCatalog } from '../../src/track/load.js';
import { parserFingerprint } from '../../src/track/fingerprint.js';
import { CONTENT, ROOT, runCoach, testContext } from '../helpers/cli.js';
import { validate } from '../../src/commands/validate.js';
import { tempDir } from '../helpers/temp-dir.js';
import { tempTree } from './temp-tree.js';
import { entryFile, indexFile, readEntryFile, readIndexFile, spoil } from './cache-helpers.js';
import type { CacheEntry, CacheIndex } from '../../src/track/cache-shape.js';

const WEEK = fs.readFileSync(path.join(CONTENT, 'go', 'week-11.md'), 'utf8');

/** A fake package root with a parser folder of one file, to fingerprint. */
function fakeParser(code: string, version = '1.0.0'): { dirs: string[]; root: string } {
  const root = tempTree({ 'package.json': JSON.stringify({ version }), 'track/parse.js': code, 'text/sanitize.js': 'x' });
  return { dirs: [path.join(root, 'track'), path.join(root, 'text')], root };
}

describe('parser fingerprint', () => {
  it('is the same for the same code and changes with any parser file, the version or a library', () => {
    const a = fakeParser('export const a = 1;');
    const same = fakeParser('export const a = 1;');
    expect(parserFingerprint(a.dirs, a.root)).toBe(parserFingerprint(same.dirs, same.root));

    const edited = fakeParser('export const a = 2;');
    expect(parserFingerprint(edited.dirs, edited.root)).not.toBe(parserFingerprint(a.dirs, a.root));

    const released = fakeParser('export const a = 1;', '1.0.1');
    expect(parserFingerprint(released.dirs, released.root)).not.toBe(parserFingerprint(a.dirs, a.root));

    const before = parserFingerprint(a.dirs, a.root);
    fs.mkdirSync(path.join(a.root, 'node_modules', 'remark'), { recursive: true });
    fs.writeFileSync(path.join(a.root, 'node_modules', 'remark', 'package.json'), JSON.stringify({ version: '16.0.0' }));
    expect(parserFingerprint(a.dirs, a.root)).not.toBe(before);

    fs.writeFileSync(path.join(a.root, 'text', 'sanitize.js'), 'y');
    expect(parserFingerprint(a.dirs, a.root)).not.toBe(parserFingerprint(same.dirs, same.root));
  });

  it('covers this checkout\'s parser sources, the practice rules its front matter checks included', () => {
    expect(currentParser()).toBe(parserFingerprint(['track', 'text', 'practice'].map((dir) => path.join(ROOT, 'src', dir)), ROOT));
  });
});

describe('parse cache', () => {
  /** Loads the content once with `parser`, then marks the cached week title so a cache hit shows. */
  async function primed(parser: string): Promise<{ content: string; data: string; md: string }> {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const md = path.join(content, 'go', 'week-11.md');
    const data = tempDir();
    await loadCatalog(content, data, { parser });
    expect(readIndexFile(data, content).parser).toBe(parser);
    expect(readEntryFile(data, content, md).parser).toBe(parser);
    spoil<CacheEntry>(entryFile(data, content, md), (e) => { e.parsed.week!.days[0]!.title = 'from the cache'; });
    return { content, data, md };
  }
  const firstDay = async (content: string, data: string, parser: string): Promise<string | undefined> => {
    const catalog = await loadCatalog(content, data, { parser });
    return (await catalog.track('go')).weeks[0]?.days[0]?.title;
  };

  it('serves the cached parse to the same parser', async () => {
    const { content, data } = await primed('parser-a');
    expect(await firstDay(content, data, 'parser-a')).toBe('from the cache');
  });

  it('parses again for another parser, and keys the new cache on it', async () => {
    const { content, data, md } = await primed('parser-a');
    expect(await firstDay(content, data, 'parser-b')).not.toBe('from the cache');
    expect(readIndexFile(data, content).parser).toBe('parser-b');
    expect(readEntryFile(data, content, md).parser).toBe('parser-b');
  });

  it('is keyed by the built coach on the fingerprint of the built parser', () => {
    const home = tempDir();
    const r = runCoach(['plan', '--week', '11', '--day', '1'], { home });
    expect(r.status).toBe(0);
    const built = parserFingerprint(['track', 'text', 'practice'].map((dir) => path.join(ROOT, 'dist', dir)), ROOT);
    expect(readIndexFile(home, CONTENT).parser).toBe(built);
    expect(readEntryFile(home, CONTENT, path.join(CONTENT, 'go', 'week-11.md')).parser).toBe(built);
  });
});

describe('parse cache: what it trusts', () => {
  const firstDay = async (content: string, data: string): Promise<string | undefined> =>
    (await (await loadCatalog(content, data, { parser: 'p' })).track('go')).weeks[0]?.days[0]?.title;

  async function cached(): Promise<{ content: string; data: string; md: string }> {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const data = tempDir();
    await loadCatalog(content, data, { parser: 'p' });
    return { content, data, md: path.join(content, 'go', 'week-11.md') };
  }

  it('parses again, and rewrites the entry, when its JSON has the wrong shape', async () => {
    const { content, data, md } = await cached();
    spoil<CacheEntry>(entryFile(data, content, md), (e) => { (e.parsed.week as { days: unknown }).days = null; });

    const again = await loadCatalog(content, data, { parser: 'p' });
    expect((await again.track('go')).weeks[0]?.days.length).toBeGreaterThan(0);
    expect(Array.isArray(readEntryFile(data, content, md).parsed.week?.days)).toBe(true);
  });

  it.each([
    ['an index that is not an object', 'index', (c: CacheIndex) => { (c as { files: unknown }).files = 'x'; }],
    ['stamps that are not stamps', 'index', (c: CacheIndex) => { (c as { files: unknown }).files = [null]; }],
    ['a record without a hash', 'index', (c: CacheIndex) => { delete (c.files[0] as { hash?: string }).hash; }],
    ['an entry that is not an object', 'entry', (c: CacheEntry) => { (c as { parsed: unknown }).parsed = 'x'; }],
    ['a block without a title', 'entry', (c: CacheEntry) => { delete (c.parsed.week!.days[0]!.blocks4h[0] as { title?: string }).title; }],
    ['an entry of other bytes than the index says', 'entry', (c: CacheEntry) => { c.hash = '0'.repeat(16); c.parsed.week!.days[0]!.title = 'other'; }],
    ['an entry that puts the file in another track', 'entry', (c: CacheEntry) => { c.parsed.track!.id = 'rust'; c.parsed.week!.days[0]!.title = 'other'; }],
  ])('ignores %s', async (_name, which, spoilIt) => {
    const { content, data, md } = await cached();
    const file = which === 'index' ? indexFile(data, content) : entryFile(data, content, md);
    spoil(file, spoilIt as (c: unknown) => void);
    const again = await loadCatalog(content, data, { parser: 'p' });
    expect(again.tracks.map((t) => t.id)).toEqual(['go']);
    const week = (await again.track('go')).weeks[0];
    expect(week?.days[0]?.blocks4h[0]?.title).toEqual(expect.any(String));
    expect(week?.days[0]?.title).not.toBe('other');
  });

  it('ignores a truncated index or entry', async () => {
    const { content, data, md } = await cached();
    fs.writeFileSync(indexFile(data, content), '{"parser":"p","ro');
    fs.writeFileSync(entryFile(data, content, md), '{"pa');
    expect(await firstDay(content, data)).toMatch(/Rate Limiter/);
    expect(readEntryFile(data, content, md).parsed.file).toBe(md);
  });

  /** An edit that keeps the size and, as on a filesystem with one-second timestamps, the mtime. */
  function editInPlace(file: string): void {
    const before = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    // One character more in the title, one final newline less.
    fs.writeFileSync(file, Buffer.from(text.replace('Day 1 – ', 'Day 1 – X')).subarray(0, before.size));
    expect(fs.statSync(file).size).toBe(before.size);
    fs.utimesSync(file, before.atime, before.mtime);
  }

  it('sees an edit that keeps size and mtime: the change time differs', async () => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const md = path.join(content, 'go', 'week-11.md');
    // A whole second, as a coarse clock stamps it, and long enough ago that the file is not racy.
    const second = Math.floor(Date.now() / 1000) - 60;
    fs.utimesSync(md, second, second);
    const data = tempDir();
    const first = await firstDay(content, data);
    expect(readIndexFile(data, content).files[0]?.racy).toBeUndefined();
    editInPlace(md);
    expect(fs.statSync(md).mtimeMs).toBe(second * 1000);
    expect(await firstDay(content, data)).toBe(`X${first ?? ''}`);
  });

  it('re-hashes a file modified just before it was cached, where size, mtime, ctime and inode all match', async () => {
    const { content, data, md } = await cached();
    const first = await firstDay(content, data);
    expect(readIndexFile(data, content).files[0]?.racy).toBe(true);
    editInPlace(md);
    // A filesystem whose change time and inode say nothing: make the cache agree with them.
    const now = fs.statSync(md);
    spoil<CacheIndex>(indexFile(data, content), (c) => {
      Object.assign(c.files[0]!, { ctimeMs: now.ctimeMs, ino: now.ino, mtimeMs: now.mtimeMs, size: now.size });
    });
    expect(await firstDay(content, data)).toBe(`X${first ?? ''}`);
  });

  it('trusts the stamps of a file last modified well before it was cached, and stops hashing it', async () => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const md = path.join(content, 'go', 'week-11.md');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(md, old, old);
    const data = tempDir();
    await loadCatalog(content, data, { parser: 'p' });
    expect(readIndexFile(data, content).files[0]?.racy).toBeUndefined();

    // A file cached while racy is checked (its bytes hashed) until its mtime is safely in the past.
    spoil<CacheIndex>(indexFile(data, content), (c) => { c.files[0]!.racy = true; });
    await loadCatalog(content, data, { parser: 'p' });
    expect(readIndexFile(data, content).files[0]?.racy).toBeUndefined();
  });
});

describe('coach validate and the parse cache', () => {
  it('replaces a cached parse with its own', async () => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const md = path.join(content, 'go', 'week-11.md');
    const t = testContext();
    await loadCatalog(content, t.ctx.dataDir);
    spoil<CacheEntry>(entryFile(t.ctx.dataDir, content, md), (e) => { e.parsed.week!.days[0]!.title = 'from the cache'; });
    spoil<CacheIndex>(indexFile(t.ctx.dataDir, content), (c) => { c.files[0]!.head!.title = 'from the cache'; });

    await validate(t.ctx, { path: content });
    expect(readIndexFile(t.ctx.dataDir, content).files[0]?.head?.title).toBe('Go Track');
    const after = await loadCatalog(content, t.ctx.dataDir);
    expect((await after.track('go')).weeks[0]?.days[0]?.title).not.toBe('from the cache');
  });

  it('creates no cache where there was none', async () => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const t = testContext();
    await validate(t.ctx, { path: content });
    expect(fs.existsSync(indexFile(t.ctx.dataDir, content))).toBe(false);
    expect(fs.existsSync(path.dirname(indexFile(t.ctx.dataDir, content)))).toBe(false);
  });
});
