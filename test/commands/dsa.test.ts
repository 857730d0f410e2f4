// `coach dsa add | log | list | stats`: what is logged, what is refused, the filters and the totals.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dsaAdd, dsaList, dsaLog, dsaStatsCommand } from '../../src/commands/dsa.js';
import { dsaStats } from '../../src/review/dsa-stats.js';
import { UsageError } from '../../src/errors.js';
import type { Problem } from '../../src/log/types.js';
import { runCoach, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, NOW, setUp, TODAY } from './setup.js';
import { isoDate } from '../helpers/dates.js';
import { problemLog } from '../../src/log/problem-log.js';

/**
 * `coach dsa add` at NOW; a problem dated after it is logged with the clock on that day, since a
 * date after today is refused: the listings below then see it as later than their NOW.
 */
const add = (home: string, title: string, more: Partial<Parameters<typeof dsaAdd>[1]> = {}) => {
  const now = more.date !== undefined && more.date > TODAY ? new Date(`${more.date}T12:00:00`) : NOW;
  return dsaAdd(testContext({ home, now }).ctx, { title: [title], ...more });
};

describe('coach dsa add', () => {
  it('logs a problem with its difficulty, topics, link, minutes and note', async () => {
    const home = await setUp();
    const t = testContext({ home, now: NOW });
    const [row] = await dsaAdd(t.ctx, {
      title: ['LRU', 'Cache'], difficulty: 'medium', topic: ['Design', 'hashing, Linked List', 'design'],
      url: 'https://leetcode.com/problems/lru-cache/', minutes: 40, note: ' evictions ',
    });

    expect(row).toMatchObject({
      date: TODAY, title: 'LRU Cache', difficulty: 'medium', topics: ['design', 'hashing', 'linked list'],
      url: 'https://leetcode.com/problems/lru-cache/', minutes: 40, note: 'evictions',
    });
    expect(logOf(home).problems()).toEqual([row]);
    expect(t.out()).toBe('✔ logged "LRU Cache" (medium, design, hashing, linked list)\n' +
      '  comes back on Sat 28 Nov 2026 (rated good, 1 review) · coach revisit\n1 solved on 2026-11-25 (target 2–3). Undo with coach undo.\n');
  });

  it('logs on another day with --date', async () => {
    const home = await setUp();
    await add(home, 'Two Sum', { date: '2026-11-20' });
    expect(logOf(home).problems().map((p) => p.date)).toEqual(['2026-11-20']);
  });

  it.each([
    ['a relative path', 'leetcode.com/problems/two-sum'],
    ['another scheme', 'ftp://example.com/two-sum'],
    ['words', 'two sum'],
  ])('refuses %s as --url, naming it, and writes nothing', async (_what, url) => {
    const home = await setUp();
    const err = await add(home, 'Two Sum', { url }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(`--url "${url}" is not a web address`);
    expect(logOf(home).problems()).toEqual([]);
  });

  it('without a terminal, a missing title is a usage error', async () => {
    const home = await setUp();
    await expect(dsaAdd(testContext({ home, now: NOW }).ctx, { title: [] })).rejects.toThrow(/give the problem's title: coach dsa add "Two Sum"/);
    expect(logOf(home).problems()).toEqual([]);
  });

  it('on a terminal, asks for the title, difficulty and topics', async () => {
    const home = await setUp();
    const t = testContext({ home, now: NOW, interactive: true, answers: { title: ' Two Sum ', difficulty: 'easy', topics: 'Arrays, hashing', rating: 'good' } });
    await dsaAdd(t.ctx, { title: [] });

    expect(t.asked).toEqual(['title', 'difficulty', 'topics', 'rating']);
    expect(logOf(home).problems()).toEqual([expect.objectContaining({ title: 'Two Sum', difficulty: 'easy', topics: ['arrays', 'hashing'] })]);
  });

  it('on a terminal, asks only what the flags leave open', async () => {
    const home = await setUp();
    const t = testContext({ home, now: NOW, interactive: true, answers: { title: 'Two Sum', topics: '', rating: 'hard' } });
    await dsaAdd(t.ctx, { title: [], difficulty: 'hard' });

    expect(t.asked).toEqual(['title', 'topics', 'rating']);
    expect(logOf(home).problems()).toEqual([expect.objectContaining({ difficulty: 'hard', topics: [] })]);
  });
});

describe('coach dsa log', () => {
  it('logs N untitled problems in one action', async () => {
    const home = await setUp();
    const t = testContext({ home, now: NOW });
    const rows = await dsaLog(t.ctx, { count: 3 });

    expect(rows.map((r) => [r.date, r.title, r.difficulty])).toEqual([[TODAY, null, null], [TODAY, null, null], [TODAY, null, null]]);
    expect(logOf(home).history()).toHaveLength(1);
    expect(t.out()).toBe('✔ logged 3 problems\n3 solved on 2026-11-25 (target 2–3). Undo with coach undo.\n');
  });

  it('refuses more than 100 at once', async () => {
    const home = await setUp();
    await expect(dsaLog(testContext({ home, now: NOW }).ctx, { count: 101 })).rejects.toThrow(UsageError);
    expect(logOf(home).problems()).toEqual([]);
  });
});

describe('coach dsa list', () => {
  // The plan starts 2026-11-23, so week 11 runs from 2026-11-23 to 2026-11-29.
  const logged = async (): Promise<string> => {
    const home = await setUp({ start: '2026-11-23' });
    for (const [title, date] of [['Before', '2026-11-22'], ['First', '2026-11-23'], ['Last', '2026-11-29'], ['After', '2026-11-30']] as const) {
      await add(home, title, { date, difficulty: 'easy', topic: ['arrays'] });
    }
    return home;
  };
  const titles = (rows: Problem[]) => rows.map((r) => r.title);

  it('lists everything, oldest first', async () => {
    const home = await logged();
    const t = testContext({ home, now: NOW });
    expect(titles(await dsaList(t.ctx, {}))).toEqual(['Before', 'First', 'Last', 'After']);
    expect(t.out()).toContain('2026-11-23  easy    First  arrays');
    expect(t.out()).toContain('4 problems');
  });

  it('--week N: only the dates the calendar gives that week', async () => {
    const home = await logged();
    expect(titles(await dsaList(testContext({ home, now: NOW }).ctx, { week: 11 }))).toEqual(['First', 'Last']);
    await expect(dsaList(testContext({ home, now: NOW }).ctx, { week: 12 })).rejects.toThrow('week 12 is not part of your plan');
  });

  it('--since: from that date on', async () => {
    const home = await logged();
    expect(titles(await dsaList(testContext({ home, now: NOW }).ctx, { since: '2026-11-29' }))).toEqual(['Last', 'After']);
  });

  it('refuses --week and --since together', async () => {
    const home = await logged();
    await expect(dsaList(testContext({ home, now: NOW }).ctx, { week: 11, since: '2026-11-29' })).rejects.toThrow(
      new UsageError('use either --week or --since, not both'),
    );
  });

  it('--json prints the problem rows', async () => {
    const home = await logged();
    const t = testContext({ home, now: NOW });
    await dsaList(t.ctx, { since: '2026-11-30', json: true });
    const json = JSON.parse(t.out()) as Record<string, unknown>[];

    expect(json).toHaveLength(1);
    expect(Object.keys(json[0] ?? {})).toEqual(['id', 'date', 'title', 'difficulty', 'topics', 'url', 'minutes', 'note', 'rating', 'createdAt']);
    expect(json[0]).toMatchObject({ date: '2026-11-30', title: 'After', difficulty: 'easy', topics: ['arrays'], url: null });
  });

  it('says how to log a problem when the list is empty', async () => {
    const t = testContext({ home: await setUp(), now: NOW });
    expect(await dsaList(t.ctx, {})).toEqual([]);
    expect(t.out()).toContain('No problems logged. Log one with coach dsa add');
  });
});

describe('coach dsa stats', () => {
  it('totals by difficulty and topic, and the per-day average against the target', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await add(home, 'A', { difficulty: 'easy', topic: ['arrays', 'hashing'], date: '2026-11-23' });
    await add(home, 'B', { difficulty: 'medium', topic: ['arrays'], date: '2026-11-24' });
    await add(home, 'C', { difficulty: 'medium', topic: ['graphs'] });
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 1 });
    const t = testContext({ home, now: NOW });
    const stats = await dsaStatsCommand(t.ctx, {});

    expect(stats).toEqual({
      total: 4,
      byDifficulty: { easy: 1, medium: 2, hard: 0, unknown: 1 },
      byTopic: { arrays: 2, graphs: 1, hashing: 1 },
      since: '2026-11-23',
      to: TODAY,
      week: null,
      days: 3,
      restDays: 0,
      perDay: 1.33,
      target: { min: 2, max: 3 },
      later: 0,
    });
    expect(t.out()).toBe([
      '4 problems since 2026-11-23 (3 days)',
      'Per day: 1.33 against a target of 2–3',
      'By difficulty: easy 1 · medium 2 · hard 0 · not given 1',
      'By topic: arrays 2 · graphs 1 · hashing 1',
      '',
    ].join('\n'));
  });

  it('--json prints the same numbers', async () => {
    const home = await setUp();
    await add(home, 'A', { difficulty: 'hard' });
    const t = testContext({ home, now: NOW });
    const stats = await dsaStatsCommand(t.ctx, { json: true });
    expect(JSON.parse(t.out())).toEqual(stats);
  });

  it('counts from a problem logged before the start date', () => {
    const row = (date: string): Problem => ({
      id: date, date: isoDate(date), title: null, difficulty: null, topics: [], url: null, minutes: null, note: null, rating: null, createdAt: '',
    });
    const stats = dsaStats(problemLog([row('2026-11-20'), row('2026-11-25')]), { sequence: [], plan: '4h', start: isoDate('2026-11-23'), skips: [], dsaSetting: null }, isoDate('2026-11-25'));
    expect(stats).toMatchObject({ since: '2026-11-20', days: 6, perDay: 0.33 });
  });

  it('counts topics named like Object\'s own properties as any other', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await add(home, 'A', { topic: ['constructor', '__proto__'] });
    await add(home, 'B', { topic: ['Constructor', 'toString'] });
    const t = testContext({ home, now: NOW });
    const stats = await dsaStatsCommand(t.ctx, {});
    expect(Object.entries(stats.byTopic)).toEqual([['constructor', 2], ['__proto__', 1], ['tostring', 1]]);
    expect(Object.getPrototypeOf(stats.byTopic)).toBe(Object.prototype);
    expect(t.out()).toContain('By topic: constructor 2 · __proto__ 1 · tostring 1\n');
    const j = testContext({ home, now: NOW });
    await dsaStatsCommand(j.ctx, { json: true });
    expect(Object.entries((JSON.parse(j.out()) as { byTopic: object }).byTopic)).toEqual([['constructor', 2], ['__proto__', 1], ['tostring', 1]]);
  });

  it('counts problems up to today, the same days the average is over, and says how many wait', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await add(home, 'A', { date: '2026-11-24' });
    await add(home, 'B', { date: '2026-11-30' });
    const t = testContext({ home, now: NOW });
    expect(await dsaStatsCommand(t.ctx, {})).toMatchObject({ total: 1, since: '2026-11-23', days: 3, perDay: 0.33, later: 1 });
    expect(t.out()).toContain('1 problem since 2026-11-23 (3 days)\n');
    expect(t.out()).toContain('1 problem dated after today is not counted yet.\n');
  });

  it('before a future start with nothing logged, says so plainly', async () => {
    const home = await setUp({ start: '2026-12-01' });
    const t = testContext({ home, now: NOW });
    expect(await dsaStatsCommand(t.ctx, {})).toMatchObject({ total: 0, since: '2026-12-01', days: 0, perDay: 0 });
    expect(t.out()).toBe('No problems logged up to today; your plan starts on 2026-12-01. Target: 2–3 a day.\n');
  });
});

describe('dsa refusals before coach init leave no log behind', () => {
  it.each([
    ['add with a bad --url', (ctx: Parameters<typeof dsaAdd>[0]) => dsaAdd(ctx, { title: ['Two Sum'], url: 'two sum' })],
    ['add without a title', (ctx: Parameters<typeof dsaAdd>[0]) => dsaAdd(ctx, { title: [] })],
    ['add with a date that is not on the calendar', (ctx: Parameters<typeof dsaAdd>[0]) => dsaAdd(ctx, { title: ['Two Sum'], date: '2026-02-30' })],
    ['add with negative minutes', (ctx: Parameters<typeof dsaAdd>[0]) => dsaAdd(ctx, { title: ['Two Sum'], minutes: -5 })],
    ['log of too many', (ctx: Parameters<typeof dsaAdd>[0]) => dsaLog(ctx, { count: 101 })],
    ['log of none', (ctx: Parameters<typeof dsaAdd>[0]) => dsaLog(ctx, { count: 0 })],
    ['log on a bad date', (ctx: Parameters<typeof dsaAdd>[0]) => dsaLog(ctx, { count: 1, date: '26-11-2026' })],
  ])('%s', async (_what, run) => {
    const home = tempDir();
    await expect(run(testContext({ home, now: NOW }).ctx)).rejects.toThrow(UsageError);
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });

  it('exits 2 from the binary and writes nothing', () => {
    const home = tempDir();
    expect(runCoach(['dsa', 'add', 'Two Sum', '--url', 'two sum'], { home }).status).toBe(2);
    expect(runCoach(['dsa', 'log', '101'], { home }).status).toBe(2);
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });
});
