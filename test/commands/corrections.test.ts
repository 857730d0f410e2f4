// Corrections: removing a problem or a lesson by id (undoable, back exactly as it was), dates after
// today refused where work is logged, rest days on logged days refused unless forced, date words,
// difficulty in any case and titles solved before.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { dsaAdd, dsaList, dsaLog, dsaRm } from '../../src/commands/dsa.js';
import { lessonAdd, lessonList, lessonRm } from '../../src/commands/lesson.js';
import { skip } from '../../src/commands/skip.js';
import { undo } from '../../src/commands/undo.js';
import { EXIT, UsageError } from '../../src/errors.js';
import { runMain, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, NOW, setUp } from './setup.js';

const START = '2026-11-23';

/** The error a call fails with; fails the test when it does not. */
async function failure(p: Promise<unknown>): Promise<Error> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(UsageError);
  return err as Error;
}

/** `coach ARGS` in this process at `now`, through commander, as the shell runs it. */
const coach = (home: string, args: string[], now = NOW) => runMain(args, { home, now, cwd: tempDir() });

describe('coach dsa rm', () => {
  it('dsa list --json shows each problem\'s id', async () => {
    const home = await setUp({ start: START });
    const [p] = await dsaAdd(testContext({ home, now: NOW }).ctx, { title: ['Two Sum'] });
    const t = testContext({ home, now: NOW });
    await dsaList(t.ctx, { json: true });
    expect(JSON.parse(t.out())).toEqual([expect.objectContaining({ id: p!.id, title: 'Two Sum' })]);
  });

  it('removes one problem; coach undo brings it back with the same id and values', async () => {
    const home = await setUp({ start: START });
    await dsaAdd(testContext({ home, now: NOW }).ctx, { title: ['Two Sum'], difficulty: 'easy', topic: ['arrays'] });
    const [gone] = await dsaAdd(testContext({ home, now: NOW }).ctx, { title: ['LRU Cache'], difficulty: 'medium', minutes: 40, note: 'slow', url: 'https://leetcode.com/problems/lru-cache/' });
    const before = logOf(home).problems();

    const t = testContext({ home, now: NOW });
    expect(await dsaRm(t.ctx, { id: gone!.id })).toEqual(gone);
    expect(t.out()).toBe('✔ removed "LRU Cache" (medium) of 2026-11-25. Undo with coach undo.\n');
    expect(logOf(home).problems().map((p) => p.title)).toEqual(['Two Sum']);

    const u = testContext({ home, now: NOW });
    expect(await undo(u.ctx, {})).toMatchObject({ kind: 'remove', restored: 1 });
    expect(u.out()).toBe('Undone: removed DSA problem "LRU Cache" of 2026-11-25\n');
    expect(logOf(home).problems()).toEqual(before);
  });

  it('a bad id exits 2 naming it and writes nothing; before any log, no file is made', async () => {
    const home = await setUp({ start: START });
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 1 });
    const history = logOf(home).history();
    const err = await failure(dsaRm(testContext({ home, now: NOW }).ctx, { id: 'nope-123' }));
    expect(err.message).toBe('no problem with id "nope-123"; coach dsa list --json shows the ids. Nothing was removed.');
    expect(logOf(home).history()).toEqual(history);
    expect(logOf(home).problems()).toHaveLength(1);
    expect((await coach(home, ['dsa', 'rm', 'nope-123'])).code).toBe(EXIT.usage);

    const empty = tempDir();
    await failure(dsaRm(testContext({ home: empty, now: NOW }).ctx, { id: 'x' }));
    expect(fs.existsSync(path.join(empty, 'coach.db'))).toBe(false);
  });
});

describe('coach lesson list and rm', () => {
  it('lists the track\'s lessons by week, with ids, as text or JSON; --week narrows and is checked', async () => {
    const home = await setUp({ start: START });
    const a = await lessonAdd(testContext({ home, now: NOW }).ctx, { text: ['close channels from the sender'] });
    // Wide enough for the lesson and its id on one line (at 80 columns the id wraps under the text).
    const t = testContext({ home, now: NOW, columns: 120 });
    expect(await lessonList(t.ctx, {})).toEqual([a]);
    expect(t.out()).toBe(`Week 11\n  2026-11-25  close channels from the sender  ${a.id}\n1 lesson. Remove one with coach lesson rm ID.\n`);

    const j = testContext({ home, now: NOW });
    await lessonList(j.ctx, { week: 11, json: true });
    expect(JSON.parse(j.out())).toEqual([a]);
    await expect(lessonList(testContext({ home, now: NOW }).ctx, { week: 3 })).rejects.toThrow(/week 3 is not part of your plan/);
  });

  it('says so when there are none', async () => {
    const home = await setUp({ start: START });
    const t = testContext({ home, now: NOW });
    expect(await lessonList(t.ctx, { week: 11 })).toEqual([]);
    expect(t.out()).toBe('No lessons noted for week 11. Note one with coach lesson add "...".\n');
  });

  it('removes one lesson; undo brings it back exactly; a bad id exits 2 and writes nothing', async () => {
    const home = await setUp({ start: START });
    const a = await lessonAdd(testContext({ home, now: NOW }).ctx, { text: ['one'] });
    const t = testContext({ home, now: NOW });
    await lessonRm(t.ctx, { id: a.id });
    expect(t.out()).toBe('✔ removed the week 11 lesson "one". Undo with coach undo.\n');
    expect(logOf(home).lessons()).toEqual([]);
    await undo(testContext({ home, now: NOW }).ctx, {});
    expect(logOf(home).lessons()).toEqual([a]);

    const history = logOf(home).history();
    const err = await failure(lessonRm(testContext({ home, now: NOW }).ctx, { id: 'bad\x1b[31mid' }));
    expect(err.message).toBe('no lesson with id "badid"; coach lesson list shows the ids. Nothing was removed.');
    expect(logOf(home).history()).toEqual(history);
  });
});

describe('--date after today', () => {
  const message = '--date 2026-11-26 is after today\'s study date, 2026-11-25: log it on the day. Nothing was logged.';

  it('is refused by done, dsa add, dsa log and lesson add, naming today, writing nothing', async () => {
    const home = await setUp({ start: START });
    const ctx = () => testContext({ home, now: NOW }).ctx;
    const history = logOf(home).history();
    for (const run of [
      () => done(ctx(), { refs: ['1'], date: '2026-11-26' }),
      () => dsaAdd(ctx(), { title: ['Two Sum'], date: '2026-11-26' }),
      () => dsaLog(ctx(), { count: 2, date: '2026-11-26' }),
      () => lessonAdd(ctx(), { text: ['x'], date: '2026-11-26' }),
    ]) {
      expect((await failure(run())).message).toBe(message);
    }
    expect(logOf(home).history()).toEqual(history);
    expect(logOf(home).problems()).toEqual([]);
  });

  it('today\'s date is taken; before 4 a.m. "today" is still the evening before', async () => {
    const home = await setUp({ start: START });
    const [p] = await dsaLog(testContext({ home, now: NOW }).ctx, { count: 1, date: '2026-11-25' });
    expect(p?.date).toBe('2026-11-25');
    const night = new Date(2026, 10, 26, 1, 30);
    const err = await failure(dsaLog(testContext({ home, now: night }).ctx, { count: 1, date: '2026-11-26' }));
    expect(err.message).toBe(message);
  });

  it('exits 2 from the command line; skip may plan a rest day ahead', async () => {
    const home = await setUp({ start: START });
    const r = await coach(home, ['dsa', 'log', '1', '--date', '2026-11-26']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain("after today's study date, 2026-11-25");
    expect(await skip(testContext({ home, now: NOW }).ctx, { date: '2026-11-27' })).toEqual({ date: '2026-11-27', added: true });
  });
});

describe('coach skip on a day with work logged', () => {
  it('is refused naming what is logged, and allowed with --force', async () => {
    const home = await setUp({ start: START });
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1', '2'], date: '2026-11-24' });
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 1, date: '2026-11-24' });
    const err = await failure(skip(testContext({ home, now: NOW }).ctx, { date: '2026-11-24' }));
    expect(err.message).toBe('2026-11-24 already has 2 blocks done and 1 DSA problem logged; pass --force to make it a rest day anyway. Nothing was logged.');
    expect(logOf(home).skips()).toEqual([]);

    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 1 });
    const today = await failure(skip(testContext({ home, now: NOW }).ctx, {}));
    expect(today.message).toMatch(/^today \(2026-11-25\) already has 1 DSA problem logged;/);

    expect(await skip(testContext({ home, now: NOW }).ctx, { date: '2026-11-24', force: true })).toEqual({ date: '2026-11-24', added: true });
    expect(logOf(home).skips()).toEqual(['2026-11-24']);
  });
});

describe('date words and difficulty in any case', () => {
  it('--date yesterday and today count from the study day, which starts at the rollover hour', async () => {
    const home = await setUp({ start: START });
    // 01:30 on the 26th is still study day the 25th: yesterday is the 24th.
    const night = new Date(2026, 10, 26, 1, 30);
    expect((await coach(home, ['dsa', 'log', '1', '--date', 'Yesterday'], night)).code).toBe(0);
    expect((await coach(home, ['dsa', 'log', '1', '--date', 'today'], night)).code).toBe(0);
    expect(logOf(home).problems().map((p) => p.date)).toEqual(['2026-11-24', '2026-11-25']);
    const list = await coach(home, ['dsa', 'list', '--since', 'today', '--json'], night);
    expect((JSON.parse(list.stdout) as { date: string }[]).map((p) => p.date)).toEqual(['2026-11-25']);
  });

  it('a word that is not a date is refused by the parser (exit 2)', async () => {
    const home = await setUp({ start: START });
    const r = await coach(home, ['dsa', 'log', '1', '--date', 'tomorrow']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('or today or yesterday');
  });

  it('init --start today', async () => {
    const home = tempDir();
    expect((await coach(home, ['init', '--yes', '--start', 'today'])).code).toBe(0);
    expect(logOf(home).getSetting('start')).toBe('2026-11-25');
  });

  it('takes --difficulty Hard and refuses an unknown level', async () => {
    const home = await setUp({ start: START });
    expect((await coach(home, ['dsa', 'add', 'Word Ladder', '--difficulty', 'Hard'])).code).toBe(0);
    expect(logOf(home).problems().map((p) => p.difficulty)).toEqual(['hard']);
    const bad = await coach(home, ['dsa', 'add', 'X', '--difficulty', 'brutal']);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain("'brutal' is invalid. Allowed choices are easy, medium, hard.");
  });
});

describe('a title solved before', () => {
  it('is logged again, saying when it was solved before (any case and spacing)', async () => {
    const home = await setUp({ start: START });
    await dsaAdd(testContext({ home, now: NOW }).ctx, { title: ['Two Sum'], date: '2026-11-20' });
    await dsaAdd(testContext({ home, now: NOW }).ctx, { title: ['two  sum'], date: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    const rows = await dsaAdd(t.ctx, { title: ['TWO', 'SUM'] });
    expect(rows).toHaveLength(1);
    expect(t.out()).toMatch(/^✔ logged "TWO SUM"\n {2}solved before on 2026-11-20, 2026-11-23\n/);
    expect(logOf(home).problems()).toHaveLength(3);

    const fresh = testContext({ home, now: NOW });
    await dsaAdd(fresh.ctx, { title: ['Valid Anagram'] });
    expect(fresh.out()).not.toContain('solved before');
  });
});
