// The parse cache is keyed on the parser as well as the files: a changed parser (its code, coach's
// version or a markdown library's version) never serves a parse made by another.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachePath, currentParser, loadCatalog } from '../../src/track/load.js';
import { parserFingerprint } from '../../src/track/fingerprint.js';
import { CONTENT, ROOT, runCoach } from '../helpers/cli.js';
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
