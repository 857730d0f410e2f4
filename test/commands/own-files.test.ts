// `export --out`, `calendar --out` and `review --markdown` never write over coach's own files in the
// data folder (the log and what SQLite keeps beside it, the status state, the cache), forced or not,
// named directly, by a relative path or through a link; any other file there is written as before.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendar } from '../../src/commands/calendar.js';
import { done } from '../../src/commands/done.js';
import { exportLog } from '../../src/commands/export.js';
import { review } from '../../src/commands/review.js';
import { isCoachFile } from '../../src/data-dir.js';
import { UsageError } from '../../src/errors.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { NOW, setUp } from './setup.js';

const bytes = (file: string): Buffer => fs.readFileSync(file);

/** Each command that writes a file the learner names, writing `out` from folder `cwd`. */
const writers = {
  export: (home: string, cwd: string, out: string) => exportLog(testContext({ home, now: NOW, cwd }).ctx, { out, force: true }),
  calendar: (home: string, cwd: string, out: string) => calendar(testContext({ home, now: NOW, cwd }).ctx, { ics: true, out, force: true }),
  review: (home: string, cwd: string, out: string) => review(testContext({ home, now: NOW, cwd }).ctx, { markdown: out, force: true }),
};

describe("coach's own files as an output", () => {
  for (const [name, write] of Object.entries(writers)) {
    it(`${name} refuses the log, its WAL, the status state and the cache, writing nothing`, async () => {
      const home = await setUp({ start: '2026-11-23' });
      await done(testContext({ home, now: NOW }).ctx, { refs: ['1'] });
      const log = path.join(home, 'coach.db');
      const before = bytes(log);
      const link = path.join(tempDir(), 'backup.json');
      fs.symlinkSync(log, link);
      for (const [cwd, out] of [[tempDir(), log], [home, 'coach.db'], [home, 'coach.db-wal'], [home, 'coach.db-journal'], [tempDir(), link], [home, 'status.json'], [home, path.join('cache', 'x.json')]] as const) {
        const message = new RegExp(`is one of coach's own files in its data folder .*, where the log is kept; give another file`);
        await expect(write(home, cwd, out)).rejects.toThrow(UsageError);
        await expect(write(home, cwd, out)).rejects.toThrow(message);
      }
      expect(bytes(log).equals(before)).toBe(true);
      expect(fs.existsSync(path.join(home, 'coach.db-journal'))).toBe(false);
      expect(fs.existsSync(path.join(home, 'status.json'))).toBe(false);
      expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
      // Another file in the data folder is the learner's to name.
      await write(home, home, 'notes.txt');
      expect(fs.statSync(path.join(home, 'notes.txt')).size).toBeGreaterThan(0);
    });
  }
});

describe('isCoachFile', () => {
  it('names the log and its companions, the status state and the cache, and nothing else', () => {
    const dir = tempDir();
    const own = ['coach.db', 'coach.db-wal', 'coach.db-shm', 'coach.db-journal', 'coach.db.tmp', 'status.json', 'cache', path.join('cache', 'a', 'b.json')];
    for (const f of own) expect(isCoachFile(dir, path.join(dir, f))).toBe(true);
    const others = ['coach.dbx', 'coach.json', 'notes.md', 'status.json.bak', path.join('notes', 'coach.db')];
    for (const f of others) expect(isCoachFile(dir, path.join(dir, f))).toBe(false);
    expect(isCoachFile(dir, dir)).toBe(false);
    expect(isCoachFile(dir, path.join(tempDir(), 'coach.db'))).toBe(false);
  });

  it('sees through a data folder reached by a link', () => {
    const real = tempDir();
    const link = path.join(tempDir(), 'home');
    fs.symlinkSync(real, link);
    expect(isCoachFile(link, path.join(real, 'coach.db'))).toBe(true);
    expect(isCoachFile(real, path.join(link, 'coach.db'))).toBe(true);
  });
});
