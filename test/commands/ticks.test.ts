// Ticks after the track file is edited: today, review and validate with an orphaned completion,
// done on a block whose positional id an old completion holds, corrections and their undo, and the
// schema 3 migration of a log written before it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { review } from '../../src/commands/review.js';
import { today } from '../../src/commands/today.js';
import { undo } from '../../src/commands/undo.js';
import { validate } from '../../src/commands/validate.js';
import { latestVersion, MIGRATIONS } from '../../src/store/migrations/index.js';
import { openDatabase } from '../../src/store/open.js';
import { openStore } from '../../src/store/store.js';
import { testContext } from '../helpers/cli.js';
import { rawDatabase } from '../helpers/raw-db.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';
import { copyOfBundled, logOf, NOW, setUp, TODAY, WEEK_11 } from './setup.js';

/** Day 1 (today) with LLD and DSA marked done, then the LLD block removed from the file. */
async function lldRemoved(): Promise<{ home: string; content: string }> {
  const content = copyOfBundled();
  const home = await setUp({ content });
  await done(testContext({ home, now: NOW }).ctx, { refs: ['2', '3'] });
  const file = path.join(content, 'go', 'week-11.md');
  const lld = WEEK_11.slice(WEEK_11.indexOf('- **Block 2 (LLD'), WEEK_11.indexOf('- **Block 3 (DSA'));
  fs.writeFileSync(file, WEEK_11.replace(lld, ''));
  return { home, content };
}

const ORPHAN = {
  id: expect.any(String), date: TODAY, label: 'Block 2', category: 'LLD',
  title: 'Write the Go interfaces: RateLimiter, with TokenBucketRateLimiter and SlidingWindowRateLimiter behind it', minutes: 60,
};

describe('a block removed from the track after it was done', () => {
  it('coach today keeps the other tick on its block and lists the removed one, counting its time', async () => {
    const { home } = await lldRemoved();
    const t = testContext({ home, now: NOW });
    await today(t.ctx, { json: true });
    const json = JSON.parse(t.out()) as { blocks: { ref: number; category: string; done: boolean }[]; orphaned: unknown[]; status: { minutes: { done: number } } };
    expect(json.blocks.map((b) => [b.ref, b.category, b.done])).toEqual([[1, 'HLD', false], [2, 'DSA', true], [3, 'Review', false]]);
    expect(json.orphaned).toEqual([ORPHAN]);
    expect(json.status.minutes.done).toBe(120);

    // A wide terminal, so that the totals line is not wrapped (at 80 columns it is: see views.test.ts).
    const text = testContext({ home, now: NOW, columns: 120 });
    await today(text.ctx, {});
    expect(text.out()).toContain('Also done, logged against a block no longer in the track:');
    expect(text.out()).toMatch(/✔ LLD +60 min +Block 2 {2}Write the Go interfaces/);
    expect(text.out()).toContain('2h done of 2h 30m–2h 45m planned (1 of 3 blocks, and 1 no longer in the track)');
  });

  it('coach review counts it in the day and the week and lists it', async () => {
    const { home } = await lldRemoved();
    const t = testContext({ home, now: NOW });
    const r = await review(t.ctx, { json: true });
    expect(r.orphaned).toEqual([ORPHAN]);
    expect(r.days[0]).toMatchObject({ blocks: { done: 2, planned: 3 }, minutes: { done: 120 } });
    expect(r.totals.blocks.done).toBe(2);
    expect(r.undone[0]?.blocks.map((b) => b.category)).toEqual(['HLD', 'Review']);
    expect(JSON.parse(t.out())).toMatchObject({ orphaned: [{ ...ORPHAN, id: r.orphaned[0]?.id }] });

    const text = testContext({ home, now: NOW });
    await review(text.ctx, {});
    expect(text.out()).toContain('Logged against a block no longer in the track (1 block, still counted):');
  });

  it('coach validate counts it, reading the log without writing it', async () => {
    const { home } = await lldRemoved();
    const file = path.join(home, 'coach.db');
    const before = fs.statSync(file).mtimeMs;
    const t = testContext({ home, now: NOW });
    const result = await validate(t.ctx, { path: undefined });
    expect(result.orphaned).toBe(1);
    expect(t.out()).toContain('1 logged block no longer matches a block in the track; see coach review');
    expect(fs.statSync(file).mtimeMs).toBe(before);

    const json = testContext({ home, now: NOW });
    await validate(json.ctx, { path: undefined, json: true });
    expect(JSON.parse(json.out())).toMatchObject({ orphaned: 1 });
  });

  it('coach validate without a log creates none and says nothing of one', async () => {
    const home = tempDir();
    const t = testContext({ home, now: NOW });
    const result = await validate(t.ctx, { path: undefined });
    expect(result.orphaned).toBeUndefined();
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });

  it('coach done marks the block that now holds an old completion\'s positional id', async () => {
    const { home } = await lldRemoved();
    // Review is now go.w11.d1.4h.3, the id the DSA completion was logged under.
    const result = await done(testContext({ home, now: NOW }).ctx, { refs: ['3'] });
    expect(result.added.map((c) => [c.blockId, c.category])).toEqual([['go.w11.d1.4h.3', 'Review']]);
    expect(result.already).toEqual([]);
    const again = await done(testContext({ home, now: NOW }).ctx, { refs: ['go.w11.d1.4h.2', '3'] });
    expect(again).toEqual({ added: [], updated: [], already: ['go.w11.d1.4h.2', 'go.w11.d1.4h.3'] });
    expect(logOf(home).completions()).toHaveLength(3);
  });
});

describe('coach done on a block already done', () => {
  it('with --minutes or --note corrects that completion, and undo puts the old values back', async () => {
    const home = await setUp();
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1'], note: 'first go' });
    const t = testContext({ home, now: NOW });
    const result = await done(t.ctx, { refs: ['1'], minutes: 45 });
    expect(result.added).toEqual([]);
    expect(result.updated).toMatchObject([{ blockId: 'go.w11.d1.4h.1', minutes: 45, note: 'first go' }]);
    expect(t.out()).toBe(`✎ Block 1 HLD was done on ${TODAY}; updated: 45 min, note "first go"\nUndo with coach undo.\n`);
    expect(logOf(home).completions()).toMatchObject([{ minutes: 45, note: 'first go' }]);

    await done(testContext({ home, now: NOW }).ctx, { refs: ['1'], note: 'second look' });
    expect(logOf(home).completions()).toMatchObject([{ minutes: 45, note: 'second look' }]);

    const u = testContext({ home, now: NOW });
    expect(await undo(u.ctx, {})).toEqual({ kind: 'done', summary: 'corrected 1 block: Block 1 (HLD)', removed: 0, restored: 1 });
    expect(logOf(home).completions()).toMatchObject([{ minutes: 45, note: 'first go' }]);
    await undo(testContext({ home, now: NOW }).ctx, {});
    expect(logOf(home).completions()).toMatchObject([{ minutes: null, note: 'first go' }]);
    await undo(testContext({ home, now: NOW }).ctx, {});
    expect(logOf(home).completions()).toEqual([]);
  });

  it('with the same minutes changes nothing and logs no action', async () => {
    const home = await setUp();
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1'], minutes: 50 });
    const result = await done(testContext({ home, now: NOW }).ctx, { refs: ['1'], minutes: 50 });
    expect(result).toEqual({ added: [], updated: [], already: ['go.w11.d1.4h.1'] });
    expect(logOf(home).history()).toHaveLength(1);
  });
});

describe('schema 3', () => {
  it('keeps every completion of a schema 2 log, drops the one block per id rule and keeps the date index', () => {
    const dir = tempDir();
    const file = path.join(dir, 'coach.db');
    const v2 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 2) });
    const row = (id: string, block: string, minutes: number | null, note: string | null) =>
      `('${id}', '${block}', '2026-11-2${id.length}', 'go', 11, 1, '4h', 'Block 1', 'HLD', 'Pin it down', 60, 75, ${minutes ?? 'NULL'}, ${note === null ? 'NULL' : `'${note}'`}, '2026-11-25T09:00:00.000Z')`;
    v2.exec(`INSERT INTO completions VALUES ${row('a', 'go.w11.d1.4h.1', 50, 'ok')}, ${row('bb', 'go.w11.d1.4h.2', null, null)}`);
    const before = v2.prepare('SELECT * FROM completions ORDER BY id').all();
    expect(() => v2.exec(`INSERT INTO completions VALUES ${row('ccc', 'go.w11.d1.4h.1', null, null)}`)).toThrow(/UNIQUE/);
    v2.close();

    const store = openStore(dir, { now: () => NOW });
    onCleanup(() => store.close());
    expect(store.completions()).toHaveLength(2);
    store.close();
    const db = rawDatabase(file);
    onCleanup(() => db.close());
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.prepare('SELECT * FROM completions ORDER BY id').all()).toEqual(before);
    const indexes = db.prepare<[], { name: string; unique: number }>("SELECT name, \"unique\" FROM pragma_index_list('completions')").all();
    expect(indexes.filter((i) => !i.name.startsWith('sqlite_autoindex')).map((i) => [i.name, i.unique]).sort()).toEqual([['completions_block', 0], ['completions_date', 0], ['completions_track', 0]]);
    db.exec(`INSERT INTO completions VALUES ${row('ccc', 'go.w11.d1.4h.1', null, null)}`);
    expect(db.prepare('SELECT count(*) FROM completions').pluck().get()).toBe(3);
  });
});
