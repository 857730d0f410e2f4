// Several coach processes sharing one parse cache while its files are edited: each writes whole
// files (write, then rename), so none reads half of what another is writing, and every one
// shows the track as it is on disk.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCurriculum } from '../../scripts/gen-curriculum.mjs';
import { cacheDir } from '../../src/track/cache-files.js';
import { startCoach } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('parse cache between processes', () => {
  it('concurrent runs, some parsing and some reading, all show the files as edited', async () => {
    const content = tempDir();
    const files = generateCurriculum(content, { files: 8, weeksPerTrack: 4 });
    const home = tempDir();
    for (const round of [1, 2, 3]) {
      // Each round edits a different week of track t02 (rounds 2 and 3), so some runs parse and some read.
      const week = round;
      if (round > 1) {
        const file = files.find((f) => f.endsWith(path.join('t02', `week-00${week}.md`))) as string;
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/### Day 1 – .*/, `### Day 1 – Round ${round}`));
      }
      const runs = await Promise.all([1, 2, 3, 4].map((i) =>
        startCoach(['plan', '--content', content, '--track', i % 2 ? 't02' : 't01', '--week', String(week), '--day', '1', '--json'], { home })));
      for (const [i, r] of runs.entries()) {
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        const day = JSON.parse(r.stdout) as { title: string };
        if ((i + 1) % 2 === 1 && round > 1) expect(day.title).toBe(`Round ${round}`);
        else expect(day.title).toMatch(/^Designing \(t0[12] w\d\) a Rate Limiter/);
      }
    }
    const dir = cacheDir(home, content);
    const names = fs.readdirSync(dir);
    expect(names.filter((n) => !n.endsWith('.json'))).toEqual([]);
    // The index, and the entry and texts of each of the 8 files.
    expect(names).toHaveLength(1 + 2 * 8);
    // Each file whole: an entry or texts is one JSON text, the index one line of records and then an outline line for each.
    for (const n of names) {
      const lines = fs.readFileSync(path.join(dir, n), 'utf8').split('\n');
      for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
      expect(lines).toHaveLength(n === 'index.json' ? (JSON.parse(lines[0] ?? '') as { files: unknown[] }).files.length + 1 : 1);
    }
  }, 90_000);
});
