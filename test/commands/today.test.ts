// `coach today`: defaults before init, the calendar and its overdue days, other dates and plans,
// the JSON shape, the ends of the plan, the 4 a.m. rollover, progress pace and rest days.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { dsaLog } from '../../src/commands/dsa.js';
import { plan } from '../../src/commands/plan.js';
import { skip } from '../../src/commands/skip.js';
import { today } from '../../src/commands/today.js';
import type { WeekJson } from '../../src/render/plan.js';
import { UsageError } from '../../src/errors.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, NOW, setUp, TODAY, WEEK_11, weekFile } from './setup.js';

const day = (n: number, count = 4): string[] => Array.from({ length: count }, (_, i) => `go.w11.d${n}.4h.${i + 1}`);

describe('coach today before coach init', () => {
  it('shows day 1 of the bundled track on the 4h plan, says how to change that, and creates no log', async () => {
    const home = tempDir();
    const t = testContext({ home, now: NOW });
    const view = await today(t.ctx, {});

    expect(view).toMatchObject({ date: TODAY, track: 'go', week: 11, day: 1, plan: '4h', pace: 'calendar', initialised: false });
    expect(view.blocks.map((b) => b.id)).toEqual(day(1));
    expect(t.out()).toContain('Not set up yet: showing track go, 4h plan, starting today. Run coach init');
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });
});

describe('coach today on the calendar', () => {
  it('two days after the start: day 3, with days 1 and 2 overdue and the status behind', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    const view = await today(t.ctx, {});

    expect(view).toMatchObject({ week: 11, day: 3, title: 'Designing File Storage (HLD + LLD)' });
    // DSA and Review of the current week first, the most recent day first; then the other blocks.
    const d = (n: number, ...blocks: number[]) => blocks.map((b) => `go.w11.d${n}.4h.${b}`);
    expect(view.overdue.all.map((o) => o.id)).toEqual([...d(2, 3, 4), ...d(1, 3, 4), ...d(2, 1, 2), ...d(1, 1, 2)]);
    expect(view.overdue.all.map((o) => o.ref)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(view.overdue.shown.map((o) => o.ref)).toEqual([5, 6, 7, 8]);
    expect(view.overdue).toMatchObject({ count: 8, days: 2, minutes: { min: 420, max: 450 } });
    expect(view.status).toEqual({ kind: 'behind', daysBehind: 2, blocksBehind: 8 });
    const out = t.out();
    expect(out).toContain('Overdue: 8 blocks from 2 days, about 7h · all: coach today --all');
    expect(out).toMatch(/^ {1}5 ☐ DSA {5}60 min {5}W11 D2 {2}Solve two or three problems$/m);
    expect(out).not.toMatch(/^ {2}9 ☐/m);
    expect(out).toContain('Behind by 8 blocks over 2 days. Catch up: coach done 5 · let go: coach drop 5');
    expect(out).not.toContain('Not set up yet');
  });

  it('--all lists every overdue block with its number', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    await today(t.ctx, { all: true });
    const rows = t.out().match(/^ {0,2}\d+ ☐ .* W11 D[12] /gm) ?? [];
    expect(rows.map((r) => Number(r.trim().split(' ')[0]))).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(t.out()).toContain('Overdue: 8 blocks from 2 days, about 7h\n');
  });

  it('counts a finished overdue block as caught up', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await done(testContext({ home, now: NOW }).ctx, { refs: ['go.w11.d1.4h.2'] });
    const view = await today(testContext({ home, now: NOW }).ctx, {});

    expect(view.overdue.all.filter((o) => o.day === 1).map((o) => o.id).sort()).toEqual(['go.w11.d1.4h.1', 'go.w11.d1.4h.3', 'go.w11.d1.4h.4']);
    expect(view.status).toEqual({ kind: 'behind', daysBehind: 2, blocksBehind: 7 });
  });

  it('--date shows another study date', async () => {
    const home = await setUp();
    const view = await today(testContext({ home, now: NOW }).ctx, { date: '2026-11-28' });
    expect(view).toMatchObject({ date: '2026-11-28', day: 4, title: 'Designing a Pipeline for Logs (HLD + LLD)' });
  });

  it('--plan 6h numbers the additions after the 4-hour blocks', async () => {
    const home = await setUp();
    const t = testContext({ home, now: NOW });
    const view = await today(t.ctx, { plan: '6h' });

    expect(view.plan).toBe('6h');
    expect(view.blocks.map((b) => [b.ref, b.id])).toEqual([
      [1, 'go.w11.d1.4h.1'], [2, 'go.w11.d1.4h.2'], [3, 'go.w11.d1.4h.3'], [4, 'go.w11.d1.4h.4'], [5, 'go.w11.d1.6h.1'],
    ]);
    expect(t.out()).toMatch(/^ 5 ☐ Pseudo-code +60 min +\(\+6h\) {2}a Redis-backed limiter/m);
  });

  it('on another plan than the saved one, every hint repeats --plan, and following one marks the block shown', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    const view = await today(t.ctx, { plan: '6h' });
    const out = t.out();
    const first = view.overdue.shown[0];
    expect(out).toContain('Mark blocks with: coach done 1 --plan 6h');
    expect(out).toContain(`Catch up: coach done ${first?.ref} --plan 6h · let go: coach drop ${first?.ref} --plan 6h`);
    expect(out).toContain('all: coach today --all --plan 6h');
    // A hint starts with a capital, as its siblings do.
    expect(out).toContain('Log problems: coach dsa add "Two Sum" --difficulty easy');
    const addition = view.blocks.find((b) => b.plan === '6h');
    const marked = await done(testContext({ home, now: NOW }).ctx, { refs: [String(addition?.ref)], plan: '6h' });
    expect(marked.added.map((c) => c.blockId)).toEqual([addition?.id]);

    // The saved plan named again needs no --plan.
    const same = testContext({ home, now: NOW });
    await today(same.ctx, { plan: '4h' });
    expect(same.out()).not.toContain('--plan');
  });

  it('counts the DSA problems solved that day against the target', async () => {
    const home = await setUp();
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 2 });
    const t = testContext({ home, now: NOW });
    const view = await today(t.ctx, {});

    expect(view.dsa).toEqual({ done: 2, target: { min: 2, max: 3 } });
    expect(t.out()).toContain('2 solved today, target 2–3');
  });
});

describe('coach today --json', () => {
  it('has exactly the documented keys', async () => {
    const home = await setUp({ start: '2026-11-24' });
    const t = testContext({ home, now: NOW });
    await today(t.ctx, { json: true });
    const json = JSON.parse(t.out()) as Record<string, unknown> & { blocks: object[]; dsa: { target: object }; overdue: { shown: object[]; all: object[] } };

    expect(Object.keys(json)).toEqual(['date', 'track', 'week', 'day', 'title', 'focus', 'plan', 'pace', 'blocks', 'orphaned', 'dsa', 'overdue', 'status', 'revisit']);
    expect(json.revisit).toEqual({ due: 0, shown: [] });
    expect(json).toMatchObject({ date: TODAY, track: 'go', week: 11, day: 2, plan: '4h', pace: 'calendar' });
    expect(json.blocks).toHaveLength(4);
    expect(json.orphaned).toEqual([]);
    for (const b of json.blocks) expect(Object.keys(b)).toEqual(['ref', 'id', 'label', 'category', 'title', 'minutes', 'done']);
    expect(json.blocks[0]).toEqual({
      ref: 1, id: 'go.w11.d2.4h.1', label: 'Block 1', category: 'HLD',
      title: 'List the requirements, name the components, shape the API', minutes: { min: 60, max: 75 }, done: false,
    });
    expect(json.dsa).toEqual({ done: 0, target: { min: 2, max: 3 } });
    expect(Object.keys(json.overdue)).toEqual(['count', 'minutes', 'shown', 'all']);
    expect(json.overdue).toMatchObject({ count: 4, minutes: { min: 210, max: 225 } });
    expect(json.overdue.all).toHaveLength(4);
    expect(json.overdue.shown).toHaveLength(4);
    expect(json.overdue.all[0]).toEqual({
      ref: 5, id: 'go.w11.d1.4h.3', week: 11, day: 1, label: 'Block 3', category: 'DSA', title: 'Solve two or three problems', minutes: { min: 60, max: 60 },
    });
    expect(json.status).toEqual({
      kind: 'behind', daysBehind: 1, blocksBehind: 4, position: 'day', startsIn: null,
      minutes: { planned: { min: 210, max: 225 }, done: 0 },
    });
  });
});

describe('a start week the track no longer has', () => {
  it('is a usage error, not "everything done"; coach plan --week still browses the track', async () => {
    const content = contentDir({ 'go/week-11.md': WEEK_11, 'go/week-12.md': weekFile('go', 12) });
    const home = await setUp({ content, start: '2026-11-23', week: 12 });
    fs.rmSync(path.join(content, 'go', 'week-12.md'));
    const t = testContext({ home, now: NOW });
    const err = await today(t.ctx, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe('week 12 is no longer in track "go" (its weeks: 11); choose a start week with coach init --week N');
    expect(t.out()).toBe('');
    await expect(plan(testContext({ home, now: NOW }).ctx, {})).rejects.toThrow(/week 12 is no longer in track "go"/);
    expect(await plan(testContext({ home, now: NOW }).ctx, { week: 11, day: 1 })).toMatchObject({ week: 11, day: 1 });
  });
});

describe('the ends of the plan', () => {
  it('before the start date: no blocks, and how many days until it begins', async () => {
    const home = await setUp({ start: '2026-12-01' });
    const t = testContext({ home, now: NOW });
    const view = await today(t.ctx, {});

    expect(view).toMatchObject({ position: 'before-start', startsIn: 6, week: null, day: null, blocks: [], overdue: { count: 0, all: [] } });
    expect(view.status.kind).toBe('not-started');
    expect(t.out()).toContain('The plan starts in 6 days.');
  });

  it('past the last day with everything done: complete, pointing to the review', async () => {
    const home = await setUp({ start: '2026-11-18' });
    const week = (await plan(testContext({ home, now: NOW }).ctx, {})) as WeekJson;
    const ids = week.days.flatMap((d) => d.blocks.map((b) => b.id));
    await done(testContext({ home, now: NOW }).ctx, { refs: ids });
    const t = testContext({ home, now: NOW });
    const view = await today(t.ctx, {});

    expect(view).toMatchObject({ position: 'complete', blocks: [], overdue: { count: 0, all: [] }, status: { kind: 'complete' } });
    expect(t.out()).toContain('Track complete');
    expect(t.out()).toContain('coach review');
  });

  it('past the last day with work left: complete, and the unfinished days are still overdue', async () => {
    const home = await setUp({ start: '2026-11-18' });
    const view = await today(testContext({ home, now: NOW }).ctx, {});

    expect(view.position).toBe('complete');
    expect([...new Set(view.overdue.all.map((o) => o.day))].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(view.overdue).toMatchObject({ count: 27, days: 7 });
    // No blocks today, so the overdue ones are numbered from 1.
    expect(view.overdue.all[0]).toMatchObject({ ref: 1, id: 'go.w11.d7.4h.1' });
    expect(view.status).toEqual({ kind: 'behind', daysBehind: 7, blocksBehind: 27 });
  });
});

describe('the study day', () => {
  it('at 01:30 still counts as the day before', async () => {
    const home = await setUp({ start: '2026-11-24' });
    const view = await today(testContext({ home, now: new Date(2026, 10, 26, 1, 30) }).ctx, {});
    expect(view).toMatchObject({ date: '2026-11-25', day: 2 });
  });

  it('at 04:00 is the new day', async () => {
    const home = await setUp({ start: '2026-11-24' });
    const view = await today(testContext({ home, now: new Date(2026, 10, 26, 4, 0) }).ctx, {});
    expect(view).toMatchObject({ date: '2026-11-26', day: 3 });
  });
});

describe('progress pace', () => {
  it('shows the first day with unfinished blocks, and how far the calendar is ahead', async () => {
    const home = await setUp({ start: '2026-11-23', pace: 'progress' });
    const before = await today(testContext({ home, now: NOW }).ctx, {});
    expect(before).toMatchObject({ day: 1, overdue: { count: 0, all: [] }, status: { kind: 'behind', daysBehind: 2, blocksBehind: 8 } });

    await done(testContext({ home, now: NOW }).ctx, { refs: ['1', '2', '3', '4'] });
    const after = await today(testContext({ home, now: NOW }).ctx, {});
    expect(after).toMatchObject({ day: 2, status: { kind: 'behind', daysBehind: 1, blocksBehind: 4 } });
  });
});

describe('rest days', () => {
  it('a skipped date moves the rest of the calendar back one day', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await done(testContext({ home, now: NOW }).ctx, { refs: day(1), date: '2026-11-23' });
    await skip(testContext({ home, now: NOW }).ctx, { date: '2026-11-24' });

    const view = await today(testContext({ home, now: NOW }).ctx, {});
    expect(view).toMatchObject({ day: 2, overdue: { count: 0, all: [] }, status: { kind: 'on-schedule' } });

    const t = testContext({ home, now: NOW });
    const rest = await today(t.ctx, { date: '2026-11-24' });
    expect(rest).toMatchObject({ position: 'rest', day: null, blocks: [] });
    expect(t.out()).toContain('Rest day.');
  });
});
