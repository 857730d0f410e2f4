// `coach log KIND | list | rm`: practice entries with their fields, the questions on a terminal,
// the refusals that write nothing, a block logged once, and undo.
import { describe, expect, it } from 'vitest';
import { logList, logPractice, logRm, type LogOptions } from '../../src/commands/log.js';
import fs from 'node:fs';
import path from 'node:path';
import { exportLog } from '../../src/commands/export.js';
import { importLog } from '../../src/commands/import.js';
import { undo } from '../../src/commands/undo.js';
import { tempDir } from '../helpers/temp-dir.js';
import { UsageError } from '../../src/errors.js';
import { testContext } from '../helpers/cli.js';
import { logOf, NOW, setUp } from './setup.js';

const log = (home: string, opts: Partial<LogOptions> & Pick<LogOptions, 'kind'>, t = testContext({ home, now: NOW })) =>
  logPractice(t.ctx, { title: [], ...opts });

describe('coach log KIND', () => {
  it('logs a mock with its type, minutes and score, and says how many there are', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    const row = await log(home, { kind: 'mock', title: ['URL', 'shortener'], type: 'design', minutes: 60, score: 3 }, t);
    expect(row).toMatchObject({ kind: 'mock', title: 'URL shortener', mockType: 'design', minutes: 60, score: 3, rating: null, date: '2026-11-25', blockId: null });
    expect(logOf(home).practice()).toEqual([row]);
    expect(t.out()).toBe('✔ logged mock (design) "URL shortener" on 2026-11-25 (60 min, score 3/5)\n' +
      '1 mock logged so far; coach progress shows them against the target. Undo with coach undo.\n');
  });

  it.each([
    ['design', ['Rate limiter'], undefined, 'good'],
    ['design', ['Rate limiter'], 'hard', 'hard'],
    ['machine-coding', ['Parking lot'], 'again', 'again'],
    ['machine-coding', [], undefined, null],
    ['theory', ['Consistency'], undefined, null],
  ] as const)('%s %j with --rating %s stores rating %s (a titled card defaults to good)', async (kind, title, rating, stored) => {
    const home = await setUp({ start: '2026-11-23' });
    const row = await log(home, { kind, title: [...title], rating });
    expect(row?.rating).toBe(stored);
  });

  it.each([
    [{ kind: 'design', type: 'coding' }, /--type is for mocks only/],
    [{ kind: 'theory', rating: 'good' }, /--rating is for machine-coding problems and designs/],
    [{ kind: 'mock', url: 'leetcode' }, /--url "leetcode" is not a web address/],
    [{ kind: 'mock', date: '2026-11-26' }, /after today's study date/],
    [{ kind: 'mock', block: 'go.w99.d1.4h.1' }, /--block go.w99.d1.4h.1 is not a block of your plan/],
  ] as const)('refuses %j and writes nothing', async (opts, message) => {
    const home = await setUp({ start: '2026-11-23' });
    const err = await log(home, { ...opts } as LogOptions).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
    expect(logOf(home).practice()).toEqual([]);
  });

  it('logs a block once: a second entry for it is refused, naming the first, and not written', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const first = await log(home, { kind: 'design', title: ['Rate limiter'], block: 'go.w11.d1.4h.1' });
    const t = testContext({ home, now: NOW, interactive: true });
    const second = await log(home, { kind: 'mock', title: ['Again'], block: ' go.w11.d1.4h.1 ' }, t).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(UsageError);
    expect((second as Error).message).toBe(`block go.w11.d1.4h.1 is already logged as design "Rate limiter" on 2026-11-25 (id ${first?.id}); ` +
      'remove that entry with coach log rm ID to log the block again. Nothing was logged.');
    expect(t.asked).toEqual([]);
    expect(logOf(home).practice()).toHaveLength(1);
  });

  it('asks on a terminal for what is missing: title, type, minutes, score of a mock', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW, interactive: true, answers: { title: 'LRU cache', type: 'machine-coding', minutes: '90', score: 4 } });
    const row = await log(home, { kind: 'mock' }, t);
    expect(t.asked).toEqual(['title', 'type', 'minutes', 'score']);
    expect(row).toMatchObject({ title: 'LRU cache', mockType: 'machine-coding', minutes: 90, score: 4 });
  });

  it('asks a titled design for its rating on a terminal, and nothing the flags gave', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW, interactive: true, answers: { rating: 'easy' } });
    const row = await log(home, { kind: 'design', title: ['Chat'], minutes: 75 }, t);
    expect(t.asked).toEqual(['rating']);
    expect(row?.rating).toBe('easy');
  });

  it('without a terminal asks nothing and leaves the optional fields empty', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const row = await log(home, { kind: 'mock' });
    expect(row).toMatchObject({ title: null, mockType: null, minutes: null, score: null, rating: null });
  });
});

describe('coach log list and rm', () => {
  it('lists by kind and week, removes by id, and undo brings the row back with its id', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const mock = await log(home, { kind: 'mock', title: ['A'], type: 'coding' });
    await log(home, { kind: 'theory', title: ['B'], date: '2026-11-24' });
    const mocks = await logList(testContext({ home, now: NOW }).ctx, { kind: 'mock' });
    expect(mocks.map((p) => p.title)).toEqual(['A']);
    const week = await logList(testContext({ home, now: NOW }).ctx, { week: 11 });
    expect(week.map((p) => p.title)).toEqual(['B', 'A']);
    await expect(logList(testContext({ home, now: NOW }).ctx, { week: 12 })).rejects.toThrow(/week 12/);

    const t = testContext({ home, now: NOW });
    await logRm(t.ctx, { id: mock?.id ?? '' });
    expect(t.out()).toBe('✔ removed mock (coding) "A" of 2026-11-25. Undo with coach undo.\n');
    expect(logOf(home).practice().map((p) => p.title)).toEqual(['B']);
    await undo(testContext({ home, now: NOW }).ctx, {});
    expect(logOf(home).practice({ kind: 'mock' })).toEqual([mock]);
    await expect(logRm(testContext({ home, now: NOW }).ctx, { id: 'nope' })).rejects.toThrow(/no practice entry with id "nope"/);
  });

  it('undo takes back a logged entry', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await log(home, { kind: 'project', title: ['Notes API'] });
    const t = testContext({ home, now: NOW });
    await undo(t.ctx, {});
    expect(t.out()).toContain('logged project "Notes API" of 2026-11-25');
    expect(logOf(home).practice()).toEqual([]);
  });

  it('prints the list in 80 columns and as JSON', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await log(home, { kind: 'design', title: ['A very long design title that goes on and on about the storage layer'], minutes: 60 });
    const t = testContext({ home, now: NOW });
    await logList(t.ctx, {});
    for (const line of t.out().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(t.out()).toMatch(/^2026-11-25 {2}design "A very long/);
    const j = testContext({ home, now: NOW });
    await logList(j.ctx, { json: true });
    expect(JSON.parse(j.out())[0]).toMatchObject({ kind: 'design', minutes: 60, rating: 'good' });
  });
});

describe('export and import', () => {
  it.each([['json'], ['csv']] as const)('carry practice entries by id in %s, every field, importing twice adds nothing', async (format) => {
    const home = await setUp({ start: '2026-11-23' });
    await log(home, { kind: 'mock', title: ['URL, "shortener"; v2'], type: 'behavioral', minutes: 45, score: 5, url: 'https://example.com/a', note: 'line one\nline two' });
    await log(home, { kind: 'design', title: ['=SUM(A1)'], rating: 'again', block: 'go.w11.d1.4h.1' });
    await log(home, { kind: 'theory' });
    const file = path.join(tempDir(), `log.${format}`);
    await exportLog(testContext({ home, now: NOW }).ctx, { out: file });
    const fresh = tempDir();
    const first = await importLog(testContext({ home: fresh, now: NOW }).ctx, { file });
    expect(first.added.practice).toBe(3);
    expect(logOf(fresh).practice()).toEqual(logOf(home).practice());
    const again = await importLog(testContext({ home: fresh, now: NOW }).ctx, { file });
    expect(again.added.practice).toBe(0);
  });

  it('refuses an entry of an unknown kind or a score of 6, naming it, and writes nothing', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await log(home, { kind: 'mock', score: 2 });
    const file = path.join(tempDir(), 'log.json');
    await exportLog(testContext({ home, now: NOW }).ctx, { out: file });
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { practice: Record<string, unknown>[] };
    for (const [key, value, message] of [['kind', 'chess', /practice\[0\]\.kind must be/], ['score', 6, /practice\[0\]\.score must be a whole number 1–5/]] as const) {
      const bad = path.join(tempDir(), 'bad.json');
      fs.writeFileSync(bad, JSON.stringify({ ...data, practice: [{ ...data.practice[0], id: 'x', [key]: value }] }));
      const fresh = tempDir();
      await expect(importLog(testContext({ home: fresh, now: NOW }).ctx, { file: bad })).rejects.toThrow(message);
      expect(fs.readdirSync(fresh)).toEqual([]);
    }
  });
});
