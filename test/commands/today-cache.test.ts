// `coach today` on a warm parse cache prints exactly what it prints on a cold one, for a curriculum
// of one long track and one of many short tracks, after edits, renames, deletions and a spoilt
// cache; and on a warm cache it reads the entries of only the weeks it shows.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { today, type TodayOptions } from '../../src/commands/today.js';
import { cacheDir, entryPath } from '../../src/track/cache-files.js';
import { testContext } from '../helpers/cli.js';
import { spoil } from '../track/cache-helpers.js';
import { isoDate } from '../helpers/dates.js';
import { contentDir, logOf, markBlocks, NOW, setUp, weekFile } from './setup.js';

/** The bundled week as week `week` of `track`, its day titles and first block its own. */
const week = (track: string, n: number): string =>
  weekFile(track, n)
    .replace(/^(### Day \d+ – .*)$/gm, `$1 (${track} ${n})`)
    .replace(/Pin down the requirements/g, `Pin down (${track} ${n}) the requirements`);

const name = (n: number): string => `week-${String(n).padStart(3, '0')}.md`;

const SHAPES = [
  // Ten weeks in: nine weeks overdue, two still to come.
  { name: 'one track of 12 weeks', tracks: ['go'], weeks: 12, id: 'go', start: '2026-09-17', today: 10, overdue: 9 },
  // Three weeks in: two overdue, one to come, and five other tracks.
  { name: '6 tracks of 4 weeks', tracks: Array.from({ length: 6 }, (_, i) => `t${String(i + 1).padStart(2, '0')}`), weeks: 4, id: 't05', start: '2026-11-08', today: 3, overdue: 2 },
];

const MODES: TodayOptions[] = [{}, { all: true, details: true }, { json: true }];

describe.each(SHAPES)('coach today, warm and cold, $name', (shape) => {
  async function setUpShape(): Promise<{ home: string; content: string; file: (n: number) => string }> {
    const files: Record<string, string> = {};
    for (const t of shape.tracks) for (let n = 1; n <= shape.weeks; n++) files[path.join(t, name(n))] = week(t, n);
    const content = contentDir(files);
    const home = await setUp({ content, track: shape.id, start: shape.start, week: 1, targetDate: '2027-03-01', plan: '6h' });
    // Something done in the first week, so the log's completions are matched to blocks.
    markBlocks(logOf(home), [`${shape.id}.w1.d2.4h.1`, `${shape.id}.w1.d2.6h.1`], isoDate('2026-11-20'));
    return { home, content, file: (n) => path.join(content, shape.id, name(n)) };
  }

  /** What today prints in each mode, on the cache as it is (warm) or with none (cold). */
  async function outputs(home: string, cold: boolean): Promise<string[]> {
    const printed: string[] = [];
    for (const opts of MODES) {
      if (cold) for (const f of fs.readdirSync(path.join(home, 'cache'))) if (f.startsWith('tracks-')) fs.rmSync(path.join(home, 'cache', f), { recursive: true });
      const t = testContext({ home, now: NOW });
      await today(t.ctx, opts);
      printed.push(t.out());
    }
    return printed;
  }

  async function expectWarmIsCold(home: string): Promise<string[]> {
    await outputs(home, false); // the cache brought up to date with the files
    const warm = await outputs(home, false);
    const cold = await outputs(home, true);
    expect(warm).toEqual(cold);
    return warm;
  }

  it('prints the same warm as cold, and shows the week of today', async () => {
    const { home } = await setUpShape();
    const [text, all] = await expectWarmIsCold(home);
    expect(text).toContain(`(${shape.id} ${shape.today})`);
    expect(text).toMatch(/Overdue/);
    // --all lists the overdue blocks of every overdue week, each with its own title.
    for (let n = 1; n <= shape.overdue; n++) expect(all).toContain(`Pin down (${shape.id} ${n}) the requirements`);
  });

  it('reads the entries of a few weeks only, and at least the one of today', async () => {
    const { home, content, file } = await setUpShape();
    await outputs(home, false);
    const dir = cacheDir(home, path.resolve(content));
    const spy = vi.spyOn(fs, 'readFileSync');
    try {
      await today(testContext({ home, now: NOW }).ctx, {});
      const read = spy.mock.calls.map((c) => String(c[0])).filter((f) => f.startsWith(dir) && !f.endsWith('index.json'));
      expect(read).toContain(entryPath(dir, file(shape.today)));
      expect(read.length).toBeLessThanOrEqual(3);
    } finally {
      spy.mockRestore();
    }
  });

  it('prints the same warm as cold after an edit, a rename and a deletion', async () => {
    const { home, content, file } = await setUpShape();
    await outputs(home, false);
    fs.writeFileSync(file(1), week(shape.id, 1).replace('Pin down', 'Pinned'));
    fs.writeFileSync(file(shape.today), week(shape.id, shape.today).replaceAll(`(${shape.id} ${shape.today})`, `(${shape.id} ${shape.today}, edited)`));
    fs.renameSync(file(2), path.join(content, shape.id, 'renamed.md'));
    fs.rmSync(file(shape.weeks));
    const [text, all] = await expectWarmIsCold(home);
    expect(text).toContain(`(${shape.id} ${shape.today}, edited)`);
    expect(all).toContain(`Pinned (${shape.id} 1) the requirements`);
  });

  it('prints the same warm as cold with spoilt, lost or foreign cache files', async () => {
    const { home, content, file } = await setUpShape();
    await outputs(home, false);
    const dir = cacheDir(home, path.resolve(content));
    fs.writeFileSync(entryPath(dir, file(shape.today)), '{"path":');
    fs.rmSync(entryPath(dir, file(1)));
    let [text] = await expectWarmIsCold(home);
    expect(text).toContain(`(${shape.id} ${shape.today})`);
    // Every file written by another parser: none of it is used.
    for (const f of fs.readdirSync(dir)) spoil<{ parser: string }>(path.join(dir, f), (data) => { data.parser = 'an older coach'; });
    [text] = await expectWarmIsCold(home);
    expect(text).toContain(`(${shape.id} ${shape.today})`);
  });
});
