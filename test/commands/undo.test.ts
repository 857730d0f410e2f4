// `coach undo`: each kind of logged action is reverted, newest first, and named in the output.
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { drop } from '../../src/commands/drop.js';
import { dsaAdd, dsaLog } from '../../src/commands/dsa.js';
import { skip } from '../../src/commands/skip.js';
import { undo } from '../../src/commands/undo.js';
import { width } from '../../src/render/format.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, NOW, setUp } from './setup.js';

describe('coach undo', () => {
  it('reverts a done', async () => {
    const home = await setUp();
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1', '2'] });
    const t = testContext({ home, now: NOW });
    const result = await undo(t.ctx, {});

    expect(result).toEqual({ kind: 'done', summary: 'marked 2 blocks done: Block 1 (HLD), Block 2 (LLD)', removed: 2, restored: 0 });
    expect(t.out()).toBe('Undone: marked 2 blocks done: Block 1 (HLD), Block 2 (LLD)\n');
    expect(logOf(home).completions()).toEqual([]);
  });

  it('names a few blocks of a large action and counts the rest, within the width', async () => {
    const home = await setUp();
    await drop(testContext({ home, now: NOW }).ctx, { refs: [], week: 11 });
    const t = testContext({ home, now: NOW, columns: 80 });
    const result = await undo(t.ctx, {});

    const m = /^let go of (\d+) blocks: (week 11 day \d [^,]+, ){2}week 11 day \d [^,]+ and (\d+) more$/.exec(result?.summary ?? '');
    expect(m).not.toBeNull();
    expect(Number(m?.[3])).toBe(Number(m?.[1]) - 3);
    expect(t.out().split('\n').every((line) => width(line) <= 80)).toBe(true);
  });

  it('reverts a dsa add', async () => {
    const home = await setUp();
    await dsaAdd(testContext({ home, now: NOW }).ctx, { title: ['Two', 'Sum'], difficulty: 'easy' });
    const t = testContext({ home, now: NOW });
    const result = await undo(t.ctx, {});

    expect(result).toMatchObject({ kind: 'dsa', removed: 1 });
    expect(t.out()).toBe('Undone: logged DSA problem "Two Sum"\n');
    expect(logOf(home).problems()).toEqual([]);
  });

  it('reverts a dsa log as a whole', async () => {
    const home = await setUp();
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 1 });
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 3 });
    const t = testContext({ home, now: NOW });
    const result = await undo(t.ctx, {});

    expect(result).toMatchObject({ kind: 'dsa', removed: 3 });
    expect(t.out()).toBe('Undone: logged 3 DSA problems\n');
    expect(logOf(home).problems()).toHaveLength(1);
  });

  it('reverts a skip', async () => {
    const home = await setUp();
    await skip(testContext({ home, now: NOW }).ctx, { date: '2026-11-26' });
    const t = testContext({ home, now: NOW });
    const result = await undo(t.ctx, {});

    expect(result).toMatchObject({ kind: 'skip', removed: 1 });
    expect(t.out()).toBe('Undone: skipped 2026-11-26\n');
    expect(logOf(home).skips()).toEqual([]);
  });

  it('goes back one action at a time, newest first', async () => {
    const home = await setUp();
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1'] });
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 2 });
    await skip(testContext({ home, now: NOW }).ctx, { date: '2026-11-27' });

    const kinds: string[] = [];
    for (let i = 0; i < 3; i++) kinds.push((await undo(testContext({ home, now: NOW }).ctx, {}))?.kind ?? 'none');
    expect(kinds).toEqual(['skip', 'dsa', 'done']);
    const log = logOf(home);
    expect([log.completions(), log.problems(), log.skips()]).toEqual([[], [], []]);
  });

  it('says so when there is nothing to undo: no log yet, or everything already undone', async () => {
    const fresh = testContext({ home: tempDir(), now: NOW });
    expect(await undo(fresh.ctx, {})).toBeNull();
    expect(fresh.out()).toBe('Nothing to undo: the log is empty.\n');

    const home = await setUp();
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 1 });
    await undo(testContext({ home, now: NOW }).ctx, {});
    const t = testContext({ home, now: NOW });
    expect(await undo(t.ctx, {})).toBeNull();
    expect(t.out()).toBe('Nothing to undo.\n');
  });

  it('does not count settings from coach init as something to undo', async () => {
    const t = testContext({ home: await setUp(), now: NOW });
    expect(await undo(t.ctx, {})).toBeNull();
    expect(t.out()).toBe('Nothing to undo.\n');
  });
});
