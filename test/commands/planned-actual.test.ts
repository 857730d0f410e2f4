// Planned vs actual through the commands: review and progress show it per category and overall
// (text and --json), minutes typed with done --minutes and written by coach stop alike; the
// forecast counts the work left at the learner's ratio once enough blocks are timed, and says so.
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { forecastCommand } from '../../src/commands/forecast.js';
import { progress } from '../../src/commands/progress.js';
import { review } from '../../src/commands/review.js';
import { startTimer, stop } from '../../src/commands/timer.js';
import { testContext } from '../helpers/cli.js';
import { NOW, setUp } from './setup.js';

const id = (d: number, n: number): string => `go.w11.d${d}.4h.${n}`;

/** Day 1: HLD (60–75) in 81 min, LLD (60) in 84 min by the timer; day 2: DSA (60) in 90, Review (30) without minutes. */
async function timedWeek(): Promise<string> {
  const home = await setUp({ start: '2026-11-23' });
  const at = (d: number, h: number, m = 0): Date => new Date(2026, 10, 22 + d, h, m);
  await done(testContext({ home, now: NOW }).ctx, { refs: [id(1, 1)], minutes: 81, date: '2026-11-23' });
  await startTimer(testContext({ home, now: at(1, 14) }).ctx, { ref: id(1, 2) });
  await stop(testContext({ home, now: at(1, 15, 24) }).ctx, {});
  await done(testContext({ home, now: NOW }).ctx, { refs: [id(2, 3)], minutes: 90, date: '2026-11-24' });
  await done(testContext({ home, now: NOW }).ctx, { refs: [id(2, 4)], date: '2026-11-24' });
  return home;
}

describe('planned vs actual', () => {
  it('is in the review, per category and overall, text and JSON', async () => {
    const home = await timedWeek();
    const j = testContext({ home, now: NOW });
    await review(j.ctx, { json: true });
    const { plannedVsActual: p } = JSON.parse(j.out()) as { plannedVsActual: { overall: Record<string, unknown>; categories: Record<string, unknown>[] } };
    expect(p.overall).toEqual({ category: null, timed: 3, planned: 187.5, actual: 255, ratio: 1.36, untimed: 1, unplanned: 0 });
    expect(p.categories.map((c) => [c.category, c.ratio])).toEqual([['DSA', 1.5], ['HLD', 1.2], ['LLD', 1.4], ['Review', null]]);

    const t = testContext({ home, now: NOW });
    await review(t.ctx, {});
    const lines = t.out().split('\n');
    const at = lines.findIndex((l) => l.startsWith('Planned vs actual'));
    expect(lines.slice(at + 1, at + 7)).toEqual([
      '  DSA     1.5×   1h 30m of 1h planned · 1 block',
      '  HLD     1.2×   1h 21m of 1h 8m planned · 1 block',
      '  LLD     1.4×   1h 24m of 1h planned · 1 block',
      '  Review  –      no timed blocks',
      '  All     1.4×   4h 15m of 3h 8m planned · 3 blocks',
      '  Left out: 1 block done without minutes.',
    ]);
  });

  it('is in progress for the whole track, and absent while no block has minutes', async () => {
    const home = await timedWeek();
    const t = testContext({ home, now: NOW });
    const p = await progress(t.ctx, {});
    expect(p.plannedVsActual.overall).toMatchObject({ timed: 3, ratio: 1.36 });
    expect(t.out()).toContain('  All     1.4×   4h 15m of 3h 8m planned · 3 blocks');

    const plain = await setUp({ start: '2026-11-23' });
    await done(testContext({ home: plain, now: NOW }).ctx, { refs: ['1'] });
    const none = testContext({ home: plain, now: NOW });
    const q = await progress(none.ctx, {});
    expect(q.plannedVsActual.overall).toMatchObject({ timed: 0, ratio: null, untimed: 1 });
    expect(none.out()).not.toContain('Planned vs actual');
  });

  it('moves the forecast to the learner\'s ratio from 5 timed blocks on, and says so', async () => {
    const home = await timedWeek();
    const before = testContext({ home, now: NOW });
    const f3 = await forecastCommand(before.ctx, {});
    expect(f3.ownRatio).toEqual({ ratio: null, timed: 3, minimum: 5 });
    expect(before.out()).toContain("at the plan's minutes: 3 of 5 timed blocks for your own ratio");

    await done(testContext({ home, now: NOW }).ctx, { refs: [id(1, 3)], minutes: 90, date: '2026-11-23' });
    await done(testContext({ home, now: NOW }).ctx, { refs: [id(1, 4)], minutes: 45, date: '2026-11-23' });
    const after = testContext({ home, now: NOW });
    const f5 = await forecastCommand(after.ctx, { json: true });
    // 81 + 84 + 90 + 90 + 45 = 390 minutes against 67.5 + 60 + 60 + 60 + 30 = 277.5.
    expect(f5.ownRatio).toEqual({ ratio: 1.41, timed: 5, minimum: 5 });
    expect(JSON.parse(after.out())).toMatchObject({ ownRatio: { ratio: 1.41, timed: 5, minimum: 5 } });
    const text = testContext({ home, now: NOW });
    await forecastCommand(text.ctx, {});
    expect(text.out()).toMatch(/^ {8}at your 1\.4× the plan \(5 timed blocks\): about \d+h( \d+m)?$/m);
  });
});
