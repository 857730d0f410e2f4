// The parse cache is keyed on the parser as well as the files: a changed parser (its code, coach's
// version or a markdown library's version) never serves a parse made by another.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePath, currentParser, loadCatalog } from '../../src/track/load.js';
import { parserFingerprint } from '../../src/track/fingerprint.js';
import { CONTENT, ROOT, runCoach, testContext } from '../helpers/cli.js';
import { validate } from '../../src/commands/validate.js';
import { tempDir } from '../helpers/temp-dir.js';
import { tempTree } from './temp-tree.js';

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

  it('covers this checkout\'s parser sources', () => {
    expect(currentParser()).toBe(parserFingerprint([path.join(ROOT, 'src', 'track'), path.join(ROOT, 'src', 'text')], ROOT));
  });
});

describe('parse cache', () => {
  /** Loads the content once with `parser`, then marks the cached title so a cache hit shows. */
  async function primed(parser: string): Promise<{ content: string; data: string }> {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const data = tempDir();
    await loadCatalog(content, data, parser);
    const file = cachePath(data, content);
    const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as { parser: string; catalog: { tracks: { title: string }[] } };
    expect(cache.parser).toBe(parser);
    cache.catalog.tracks[0]!.title = 'from the cache';
    fs.writeFileSync(file, JSON.stringify(cache));
    return { content, data };
  }

  it('serves the cached parse to the same parser', async () => {
    const { content, data } = await primed('parser-a');
    const again = await loadCatalog(content, data, 'parser-a');
    expect(again.tracks[0]?.title).toBe('from the cache');
  });

  it('parses again for another parser, and keys the new cache on it', async () => {
    const { content, data } = await primed('parser-a');
    const fresh = await loadCatalog(content, data, 'parser-b');
    expect(fresh.tracks[0]?.title).not.toBe('from the cache');
    const cache = JSON.parse(fs.readFileSync(cachePath(data, content), 'utf8')) as { parser: string };
    expect(cache.parser).toBe('parser-b');
  });

  it('is keyed by the built coach on the fingerprint of the built parser', () => {
    const home = tempDir();
    const r = runCoach(['plan', '--week', '11', '--day', '1'], { home });
    expect(r.status).toBe(0);
    const cache = JSON.parse(fs.readFileSync(cachePath(home, CONTENT), 'utf8')) as { parser: string };
    expect(cache.parser).toBe(parserFingerprint([path.join(ROOT, 'dist', 'track'), path.join(ROOT, 'dist', 'text')], ROOT));
  });
});

describe('parse cache: what it trusts', () => {
  type Cache = { stamps: Record<string, unknown>[]; catalog: { tracks: { title: string; weeks: { days: unknown }[] }[] } };
  const read = (file: string): Cache => JSON.parse(fs.readFileSync(file, 'utf8')) as Cache;
  const titleOf = (catalog: { tracks: { weeks: { days: { title: string }[] }[] }[] }): string | undefined =>
    catalog.tracks[0]?.weeks[0]?.days[0]?.title;

  it('parses again, and rewrites the cache, when its JSON has the wrong shape', async () => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const data = tempDir();
    await loadCatalog(content, data, 'p');
    const file = cachePath(data, content);
    const broken = read(file);
    (broken.catalog.tracks[0]!.weeks[0] as { days: unknown }).days = null;
    fs.writeFileSync(file, JSON.stringify(broken));

    const again = await loadCatalog(content, data, 'p');
    expect(again.tracks[0]?.weeks[0]?.days.length).toBeGreaterThan(0);
    expect(Array.isArray(read(file).catalog.tracks[0]?.weeks[0]?.days)).toBe(true);
  });

  it.each([
    ['a catalog that is not an object', (c: Cache) => { (c as { catalog: unknown }).catalog = 'x'; }],
    ['a block without a title', (c: Cache) => { delete (c.catalog.tracks[0]!.weeks[0]!.days as { blocks4h: { title?: string }[] }[])[0]!.blocks4h[0]!.title; }],
    ['stamps that are not stamps', (c: Cache) => { (c as { stamps: unknown }).stamps = [null]; }],
  ])('ignores %s', async (_name, spoil) => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const data = tempDir();
    await loadCatalog(content, data, 'p');
    const file = cachePath(data, content);
    const cache = read(file);
    spoil(cache);
    fs.writeFileSync(file, JSON.stringify(cache));
    const again = await loadCatalog(content, data, 'p');
    expect(again.tracks[0]?.weeks[0]?.days[0]?.blocks4h[0]?.title).toEqual(expect.any(String));
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
    // A whole second, as a coarse clock stamps it, and long enough ago that no hash is cached.
    const second = Math.floor(Date.now() / 1000) - 60;
    fs.utimesSync(md, second, second);
    const data = tempDir();
    const first = await loadCatalog(content, data, 'p');
    expect(read(cachePath(data, content)).stamps[0]?.hash).toBeUndefined();
    editInPlace(md);
    expect(fs.statSync(md).mtimeMs).toBe(second * 1000);
    const again = await loadCatalog(content, data, 'p');
    expect(titleOf(again)).toBe(`X${titleOf(first) ?? ''}`);
  });

  it('re-hashes a file modified just before it was cached, where size, mtime, ctime and inode all match', async () => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const md = path.join(content, 'go', 'week-11.md');
    const data = tempDir();
    const first = await loadCatalog(content, data, 'p');
    const file = cachePath(data, content);
    expect(read(file).stamps[0]?.hash).toEqual(expect.any(String));
    editInPlace(md);
    // A filesystem whose change time and inode say nothing: make the cache agree with them.
    const cache = read(file);
    const now = fs.statSync(md);
    Object.assign(cache.stamps[0]!, { ctimeMs: now.ctimeMs, ino: now.ino, mtimeMs: now.mtimeMs, size: now.size });
    fs.writeFileSync(file, JSON.stringify(cache));

    const again = await loadCatalog(content, data, 'p');
    expect(titleOf(again)).toBe(`X${titleOf(first) ?? ''}`);
  });

  it('trusts the stamps of a file last modified well before it was cached, and stops hashing it', async () => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const md = path.join(content, 'go', 'week-11.md');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(md, old, old);
    const data = tempDir();
    await loadCatalog(content, data, 'p');
    const file = cachePath(data, content);
    expect(read(file).stamps[0]?.hash).toBeUndefined();

    // A hash cached while the file was racy is dropped once its mtime is safely in the past.
    const cache = read(file);
    cache.stamps[0]!.hash = 'stale';
    fs.writeFileSync(file, JSON.stringify(cache));
    await loadCatalog(content, data, 'p');
    expect(read(file).stamps[0]?.hash).toBeUndefined();
  });
});

describe('coach validate and the parse cache', () => {
  it('replaces a cached parse with its own', async () => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const t = testContext();
    await loadCatalog(content, t.ctx.dataDir);
    const file = cachePath(t.ctx.dataDir, content);
    const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as { catalog: { tracks: { title: string }[] } };
    cache.catalog.tracks[0]!.title = 'from the cache';
    fs.writeFileSync(file, JSON.stringify(cache));

    await validate(t.ctx, { path: content });
    const after = await loadCatalog(content, t.ctx.dataDir);
    expect(after.tracks[0]?.title).not.toBe('from the cache');
  });

  it('creates no cache where there was none', async () => {
    const content = tempTree({ 'go/week-11.md': WEEK });
    const t = testContext();
    await validate(t.ctx, { path: content });
    expect(fs.existsSync(cachePath(t.ctx.dataDir, content))).toBe(false);
  });
});
