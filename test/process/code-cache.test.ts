// coach starts from V8's code cache of the bundle, kept in the data folder's cache (src/start.ts):
// written by the first run of each command, read on every start, and never a reason for a run to fail.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCoach } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const PLAN = ['plan', '--week', '11', '--day', '3'];

/** The code cache files in a data folder's cache. */
const codeCaches = (home: string): string[] =>
  fs.existsSync(path.join(home, 'cache')) ? fs.readdirSync(path.join(home, 'cache')).filter((f) => f.startsWith('bundle-')) : [];

describe('the bundle', () => {
  it('is ASCII, so the loader reads it as Latin-1 and V8 keeps it as one byte a character', () => {
    const bytes = fs.readFileSync(path.join(ROOT, 'dist', 'bundle', 'cli.cjs'));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
    // The characters outside ASCII that the sources hold are there as escapes.
    expect(bytes.toString('latin1')).toContain('\\u2013');
    // And they still mean themselves: a range written with an en dash is read as one.
    const r = runCoach(['plan', '--week', '11', '--day', '3', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ blocks: expect.arrayContaining([expect.objectContaining({ minutes: { min: 60, max: 75 } })]) });
  });
});

describe('the code cache of the bundle', () => {
  it('is written by the first run and read, unchanged, by the next', () => {
    const home = tempDir();
    const first = runCoach(PLAN, { home });
    expect(first.status).toBe(0);
    const [file, ...more] = codeCaches(home);
    expect(more).toEqual([]);
    expect(file).toMatch(new RegExp(`^bundle-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8$`));
    const cache = path.join(home, 'cache', file ?? '');
    const before = fs.readFileSync(cache);
    fs.utimesSync(cache, new Date(0), new Date(0));
    const second = runCoach(PLAN, { home });
    expect(second).toEqual(first);
    // Accepted, so not written again.
    expect(fs.statSync(cache).mtimeMs).toBe(0);
    expect(fs.readFileSync(cache).equals(before)).toBe(true);
  });

  it('the first run of another command adds its code once, then leaves the cache alone', () => {
    const home = tempDir();
    expect(runCoach(PLAN, { home }).status).toBe(0);
    const cache = path.join(home, 'cache', codeCaches(home)[0] ?? '');
    const header = () => fs.readFileSync(cache, 'latin1').split('\n')[0];
    expect(header()).toBe('#coach code cache: plan');
    expect(runCoach(['tracks'], { home }).status).toBe(0);
    // `coach` alone (or options first) counts as one more.
    expect(runCoach([], { home }).status).toBe(0);
    expect(header()).toBe('#coach code cache: plan tracks -');
    fs.utimesSync(cache, new Date(0), new Date(0));
    for (const args of [PLAN, ['tracks'], [], ['--json']]) expect(runCoach(args, { home }).status).toBe(0);
    expect(fs.statSync(cache).mtimeMs).toBe(0);
  });

  it('a damaged cache is passed over silently and written anew', () => {
    const home = tempDir();
    const first = runCoach(PLAN, { home });
    const cache = path.join(home, 'cache', codeCaches(home)[0] ?? '');
    // No header; then a header over bytes V8 refuses.
    for (const damaged of ['not a code cache', '#coach code cache: plan\nnot V8\'s data']) {
      fs.writeFileSync(cache, damaged);
      const again = runCoach(PLAN, { home });
      expect(again).toEqual(first);
      expect(fs.statSync(cache).size).toBeGreaterThan(1000);
    }
  });

  it('the cache of another build is removed when this build writes its own', () => {
    const home = tempDir();
    fs.mkdirSync(path.join(home, 'cache'));
    const other = path.join(home, 'cache', `bundle-0000000000000000-${process.version}-${process.arch}.v8`);
    fs.writeFileSync(other, 'an older build');
    expect(runCoach(PLAN, { home }).status).toBe(0);
    expect(fs.existsSync(other)).toBe(false);
    expect(codeCaches(home)).toHaveLength(1);
  });

  it('a run that makes no data folder (help, version) leaves none', () => {
    const home = path.join(tempDir(), 'coach');
    expect(runCoach(['--help'], { home }).status).toBe(0);
    expect(runCoach(['--version'], { home }).status).toBe(0);
    expect(fs.existsSync(home)).toBe(false);
  });

  it('a cache coach cannot read or write costs nothing but the cache', () => {
    const home = tempDir();
    const first = runCoach(PLAN, { home });
    const [name] = codeCaches(home);
    const cache = path.join(home, 'cache', name ?? '');
    // A folder where the file goes: reading it fails, and so does renaming a new one into place.
    fs.rmSync(cache);
    fs.mkdirSync(cache);
    const second = runCoach(PLAN, { home });
    expect(second).toEqual(first);
    expect(fs.statSync(cache).isDirectory()).toBe(true);
    // No temporary file left behind.
    expect(codeCaches(home)).toEqual([name]);
  });
});
