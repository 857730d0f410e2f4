// The clock is the context's: every write a command makes is stamped with `ctx.now`, never with
// the wall clock, whether the command creates the log or finds one.
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { dsaAdd } from '../../src/commands/dsa.js';
import { importLog } from '../../src/commands/import.js';
import { exportLog } from '../../src/commands/export.js';
import { lessonAdd } from '../../src/commands/lesson.js';
import { skip } from '../../src/commands/skip.js';
import { undo } from '../../src/commands/undo.js';
import { withLog } from '../../src/session.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { NOW, setUp } from './setup.js';
import fs from 'node:fs';
import path from 'node:path';
import { isoDate } from '../helpers/dates.js';

/** A clock far from the wall clock, so a stamp from `new Date()` could not pass for it. */
const THEN = new Date(2026, 10, 25, 10, 0, 42, 123);

describe('the context clock', () => {
  it('stamps completions, problems, lessons and rest days written by commands', async () => {
    const home = tempDir();
    const ctx = () => testContext({ home, now: THEN }).ctx;
    await done(ctx(), { refs: ['1'] });
    await dsaAdd(ctx(), { title: ['Two Sum'] });
    await lessonAdd(ctx(), { text: ['sketch the API first'] });
    await skip(ctx(), { date: '2026-11-27' });
    const stamps = await withLog({ dataDir: home, now: THEN }, (store) => [
      ...store.completions().map((c) => c.createdAt),
      ...store.problems().map((p) => p.createdAt),
      ...store.lessons().map((l) => l.createdAt),
      ...store.exportAll().skips.map((s) => s.createdAt),
    ]);
    expect(stamps).toEqual(Array(4).fill(THEN.toISOString()));
  });

  it('dates an export and an import by the context', async () => {
    const home = await setUp();
    const file = path.join(tempDir(), 'backup.json');
    const data = await exportLog(testContext({ home, now: THEN }).ctx, { out: file });
    expect(data.exportedAt).toBe(THEN.toISOString());
    const other = tempDir();
    await importLog(testContext({ home: other, now: NOW }).ctx, { file });
    expect(fs.existsSync(path.join(other, 'coach.db'))).toBe(true);
    const undone = await undo(testContext({ home: other, now: NOW }).ctx, {});
    expect(undone?.kind).toBe('import');
  });

  it('refuses to write through a log opened without a clock', async () => {
    const home = await setUp();
    const { openStore } = await import('../../src/store/store.js');
    const store = openStore(home);
    try {
      expect(() => store.addSkip(isoDate('2026-11-30'))).toThrow(/without a clock/);
      expect(store.skips()).toEqual([]);
    } finally {
      store.close();
    }
  });
});
