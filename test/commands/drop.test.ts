// `coach drop`: letting blocks go by today's numbers, by id, by day or week; what it never touches;
// how today, the review, undo and export see a drop.
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { drop } from '../../src/commands/drop.js';
import { exportLog } from '../../src/commands/export.js';
import { importLog } from '../../src/commands/import.js';
import { review } from '../../src/commands/review.js';
import { today } from '../../src/commands/today.js';
import { undo } from '../../src/commands/undo.js';
import { UsageError } from '../../src/errors.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import path from 'node:path';
import { logOf, NOW, setUp, TODAY } from './setup.js';

const id = (d: number, n: number): string => `go.w11.d${d}.4h.${n}`;

describe('coach drop', () => {
  it('lets overdue blocks go by the numbers coach today gives them: no longer overdue, not done', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const before = await today(testContext({ home, now: NOW }).ctx, {});
    // Today has 4 blocks; 5 and 6 are day 2's DSA and Review.
    expect(before.overdue.shown.slice(0, 2).map((o) => [o.ref, o.id])).toEqual([[5, id(2, 3)], [6, id(2, 4)]]);

    const t = testContext({ home, now: NOW });
    const result = await drop(t.ctx, { refs: ['5', '6'] });
    expect(result.added.map((d) => [d.blockId, d.week, d.day, d.date])).toEqual([[id(2, 3), 11, 2, TODAY], [id(2, 4), 11, 2, TODAY]]);
    expect(t.out()).toContain('week 11 day 2');
    expect(t.out()).toContain('Let 2 blocks go. Undo with coach undo.');

    const after = await today(testContext({ home, now: NOW }).ctx, {});
    expect(after.overdue.all.map((o) => o.id)).not.toContain(id(2, 3));
    expect(after.overdue.count).toBe(6);
    expect(after.status).toMatchObject({ kind: 'behind', blocksBehind: 6 });
    expect(logOf(home).completions()).toEqual([]);
  });

  it('takes block ids, --day W.D and --week N, and reports blocks done or already let go without touching them', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await done(testContext({ home, now: NOW }).ctx, { refs: [id(1, 1)] });
    await drop(testContext({ home, now: NOW }).ctx, { refs: [id(1, 2)] });

    const t = testContext({ home, now: NOW });
    const result = await drop(t.ctx, { refs: [id(1, 1), id(1, 2)], day: { week: 11, day: 1 } });
    expect(result.added.map((d) => d.blockId)).toEqual([id(1, 3), id(1, 4)]);
    expect(result.done).toEqual([id(1, 1)]);
    expect(result.already).toEqual([id(1, 2)]);
    expect(t.out()).toContain(`already done, kept: ${id(1, 1)}`);
    expect(logOf(home).completions().map((c) => c.blockId)).toEqual([id(1, 1)]);

    const week = await drop(testContext({ home, now: NOW }).ctx, { refs: [], week: 11 });
    // Every unfinished block of the week not let go yet: 27 less day 1's four.
    expect(week.added).toHaveLength(23);
    const view = await today(testContext({ home, now: NOW }).ctx, {});
    expect(view.overdue.count).toBe(0);
    expect(view.blocks.every((b) => b.dropped)).toBe(true);
  });

  it('prints JSON with --json', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    await drop(t.ctx, { refs: [id(1, 3)], json: true });
    const json = JSON.parse(t.out()) as { dropped: { blockId: string; week: number; day: number }[]; done: string[]; already: string[] };
    expect(Object.keys(json)).toEqual(['dropped', 'done', 'already']);
    expect(json.dropped[0]).toMatchObject({ blockId: id(1, 3), week: 11, day: 1, category: 'DSA', planned: { min: 60, max: 60 } });
  });

  it.each([
    [{ refs: [] }, 'which blocks? Name them: coach drop 5 6'],
    [{ refs: ['13'] }, "no block 13: today's blocks are numbered 1–4 and the overdue ones 5–12 (see coach today --all)"],
    [{ refs: ['go.w99.d1.4h.1'] }, 'no block with id "go.w99.d1.4h.1" in this plan'],
    [{ refs: [], day: { week: 11, day: 9 } }, 'week 11 day 9 is not a day of your plan'],
    [{ refs: [], week: 12 }, 'week 12 is not part of your plan'],
    [{ refs: ['5'], date: '2026-11-26' }, 'after today'],
  ])('refuses %j, writing nothing', async (opts, message) => {
    const home = await setUp({ start: '2026-11-23' });
    const err = await drop(testContext({ home, now: NOW }).ctx, opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(message);
    expect(logOf(home).drops()).toEqual([]);
  });

  it('is undone by coach undo, which never touches a completion', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await done(testContext({ home, now: NOW }).ctx, { refs: [id(1, 1)] });
    await drop(testContext({ home, now: NOW }).ctx, { refs: [], day: { week: 11, day: 1 } });
    expect(logOf(home).drops()).toHaveLength(3);

    const result = await undo(testContext({ home, now: NOW }).ctx, {});
    expect(result).toMatchObject({ kind: 'drop', removed: 3 });
    expect(result?.summary).toMatch(/^let go of 3 blocks: week 11 day 1 Block 2 \(LLD\)/);
    expect(logOf(home).drops()).toEqual([]);
    expect(logOf(home).completions().map((c) => c.blockId)).toEqual([id(1, 1)]);
  });

  it('shows in the review apart from done and undone', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await done(testContext({ home, now: NOW }).ctx, { refs: [id(1, 1)] });
    await drop(testContext({ home, now: NOW }).ctx, { refs: [id(1, 2), id(1, 3)] });
    const t = testContext({ home, now: NOW });
    const r = await review(t.ctx, {});
    expect(r.totals.blocks).toMatchObject({ done: 1, dropped: 2 });
    expect(r.undone.flatMap((d) => d.blocks.map((b) => b.id))).not.toContain(id(1, 2));
    expect(r.undone.flatMap((d) => d.blocks.map((b) => b.id))).toContain(id(1, 4));
    expect(r.dropped).toEqual([expect.objectContaining({ day: 1, blocks: [expect.objectContaining({ id: id(1, 2) }), expect.objectContaining({ id: id(1, 3) })] })]);
    expect(t.out()).toContain('1 of 27 done (4%) · 2 let go');
    expect(t.out()).toContain('Let go (2 blocks, not counted as done or undone):');
  });

  it('goes with the log through export and import', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await drop(testContext({ home, now: NOW }).ctx, { refs: [id(1, 3)] });
    for (const format of ['json', 'csv'] as const) {
      const file = path.join(tempDir(), `backup.${format}`);
      await exportLog(testContext({ home, now: NOW }).ctx, { out: file, format });
      const fresh = tempDir();
      const result = await importLog(testContext({ home: fresh, now: NOW }).ctx, { file });
      expect(result.added.drops).toBe(1);
      expect(logOf(fresh).drops()).toEqual(logOf(home).drops());
      const view = await today(testContext({ home: fresh, now: NOW }).ctx, {});
      expect(view.overdue.all.map((o) => o.id)).not.toContain(id(1, 3));
    }
  });
});
