// `coach forecast` on a log: its JSON, a target date out of reach, --apply and undo, and the one
// line of it that today and progress show.
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { dsaAdd } from '../../src/commands/dsa.js';
import { forecastCommand } from '../../src/commands/forecast.js';
import { init } from '../../src/commands/init.js';
import { today } from '../../src/commands/today.js';
import { progress } from '../../src/commands/progress.js';
import { undo } from '../../src/commands/undo.js';
import { testContext } from '../helpers/cli.js';
import { expectGolden } from '../render/golden.js';
import { logOf, NOW, setUp } from './setup.js';

/** The bundled week on the 6h plan from 23 Nov, 2h a weekday, a target of Sunday 29 Nov. */
async function behindWithTarget(): Promise<string> {
  const home = await setUp({ start: '2026-11-23', plan: '6h' });
  await init(testContext({ home, now: NOW }).ctx, { targetDate: '2026-11-29', hours: 'mon-fri=2,sat=3,sun=0' });
  await done(testContext({ home, now: NOW }).ctx, { refs: ['go.w11.d1.4h.1', 'go.w11.d1.4h.2'], date: '2026-11-23' });
  return home;
}

describe('coach forecast', () => {
  it('--json has the documented keys', async () => {
    const home = await behindWithTarget();
    const t = testContext({ home, now: NOW });
    await forecastCommand(t.ctx, { json: true });
    const json = JSON.parse(t.out()) as Record<string, Record<string, unknown>>;
    expect(Object.keys(json)).toEqual(['left', 'pace', 'finish', 'target', 'ownRatio']);
    // Two blocks done without minutes: the plan's minutes stand.
    expect(json.ownRatio).toEqual({ ratio: null, timed: 0, minimum: 5 });
    expect(Object.keys(json.left ?? {})).toEqual(['blocks', 'minutes']);
    expect(Object.keys(json.pace ?? {})).toEqual(['minutesPerDay', 'days']);
    expect(Object.keys(json.finish ?? {})).toEqual(['atPace', 'atHours']);
    expect(Object.keys(json.target ?? {})).toEqual(['date', 'reachable', 'hoursPerDayNeeded', 'drop']);
    // 2 of the week's 34 blocks done (27 four-hour blocks and 7 additions)
    expect(json.left).toMatchObject({ blocks: 32 });
    // 120 minutes on Monday (each block at the low end of its plan), nothing Tuesday, nothing yet today
    expect(json.pace).toEqual({ minutesPerDay: 60, days: 2 });
    expect(json.target).toMatchObject({ date: '2026-11-29', reachable: false });
    const drop = (json.target as { drop: Record<string, unknown>[] }).drop;
    expect(drop.length).toBeGreaterThan(0);
    for (const d of drop) expect(Object.keys(d)).toEqual(['id', 'category', 'title', 'minutes']);
    // Additions only: the 4-hour plan is never proposed without --optional
    expect(drop.every((d) => String(d.id).includes('.6h.'))).toBe(true);
  });

  it('prints the forecast as text', async () => {
    const home = await behindWithTarget();
    const t = testContext({ home, now: NOW });
    await forecastCommand(t.ctx, {});
    expectGolden('forecast/behind-with-target', t.out());
  });

  it('--apply lets the proposed blocks go in one action, and coach undo takes them back', async () => {
    const home = await behindWithTarget();
    const before = await forecastCommand(testContext({ home, now: NOW }).ctx, {});
    const proposed = before.target?.drop.map((d) => d.id) ?? [];

    const t = testContext({ home, now: NOW });
    const after = await forecastCommand(t.ctx, { apply: true });
    expect(logOf(home).drops().map((d) => d.blockId).sort()).toEqual([...proposed].sort());
    expect(after.applied).toBe(proposed.length);
    expect(after.left.blocks).toBe(before.left.blocks - proposed.length);
    expect(t.out()).toContain(`Let ${proposed.length} blocks go. Undo with coach undo.`);

    const undone = await undo(testContext({ home, now: NOW }).ctx, {});
    expect(undone).toMatchObject({ kind: 'drop', removed: proposed.length });
    expect(logOf(home).drops()).toEqual([]);
    expect(logOf(home).completions()).toHaveLength(2);
  });

  it('--apply with nothing to let go says so, records nothing and offers no undo', async () => {
    const home = await setUp();
    await dsaAdd(testContext({ home, now: NOW }).ctx, { title: ['Two', 'Sum'], difficulty: 'easy' });
    const t = testContext({ home, now: NOW });
    const f = await forecastCommand(t.ctx, { apply: true });
    expect(f.applied).toBe(0);
    expect(t.out()).toContain('Nothing to let go');
    expect(t.out()).not.toContain('Undo');
    expect(logOf(home).drops()).toEqual([]);
    // The learner's previous action is still the one undo would take back.
    const undone = await undo(testContext({ home, now: NOW }).ctx, {});
    expect(undone).toMatchObject({ kind: 'dsa', removed: 1 });
  });

  it('without a target says how to set one, and today shows no forecast line while on schedule', async () => {
    const home = await setUp();
    const t = testContext({ home, now: NOW });
    const f = await forecastCommand(t.ctx, {});
    expect(f.target).toBeNull();
    expect(t.out()).toContain('coach init --target-date YYYY-MM-DD');
    const d = testContext({ home, now: NOW });
    await today(d.ctx, {});
    expect(d.out()).not.toContain('coach forecast');
  });

  it('shows one line in today and progress with a target date', async () => {
    const home = await behindWithTarget();
    const t = testContext({ home, now: NOW });
    await today(t.ctx, {});
    expect(t.out()).toMatch(/^At your pace: done \w{3} \d+ \w{3}( \d{4})?, \d+ days after your target\. coach forecast$/m);
    const p = testContext({ home, now: NOW });
    await progress(p.ctx, {});
    expect(p.out()).toMatch(/^At your pace: done .*coach forecast$/m);
  });
});

describe('hints for a learner catching up', () => {
  it('the hint after --date names the date', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    await today(t.ctx, { date: '2026-11-24' });
    expect(t.out()).toContain('Mark blocks with: coach done 1 --date 2026-11-24');
    const plain = testContext({ home, now: NOW });
    await today(plain.ctx, {});
    // Without --date the hint ends at the number (the log hint follows on its line, or the next at 80 columns).
    expect(plain.out()).toMatch(/Mark blocks with: coach done 1(\n| {3}·)/);
    expect(plain.out()).not.toContain('--date');
  });

  it('marking an overdue block names its week and day; today\'s does not', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    await done(t.ctx, { refs: ['5', '1'] });
    const [late, own] = t.out().split('\n');
    expect(late).toMatch(/^✔ Block 3 DSA 60 min {2}week 11 day 2 {2}Solve two or three problems$/);
    expect(own).not.toContain('week 11');
  });
});
