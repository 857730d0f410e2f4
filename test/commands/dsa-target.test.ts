// The daily DSA target across views on a two-week track whose weeks state different targets, and
// the windows of `coach dsa stats --week/--since`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dsaAdd, dsaStatsCommand } from '../../src/commands/dsa.js';
import { plan } from '../../src/commands/plan.js';
import { progress } from '../../src/commands/progress.js';
import { review } from '../../src/commands/review.js';
import { today } from '../../src/commands/today.js';
import { UsageError } from '../../src/errors.js';
import type { WeekJson } from '../../src/render/plan.js';
import { runCoach, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, logOf, NOW, setUp, TODAY, weekFile } from './setup.js';
import { isoDate, isoDates } from '../helpers/dates.js';

/** Week 1 asks for 1 problem a day, week 2 for 3–4. */
function twoTargets(): string {
  const week = (n: number, goal: string) => weekFile('go', n).replace('2–3 problems/day', goal);
  return contentDir({ 'go/week-01.md': week(1, '1 problem/day'), 'go/week-02.md': week(2, '3–4 problems/day') });
}

/** Started Monday 16 November: today (Wed 25 Nov) is week 2 day 3. */
const inWeek2 = (): Promise<string> => setUp({ content: twoTargets(), start: '2026-11-16', week: 1 });

const run = async <T>(home: string, fn: (ctx: ReturnType<typeof testContext>['ctx']) => Promise<T>, now = NOW): Promise<{ result: T; out: string }> => {
  const t = testContext({ home, now });
  const result = await fn(t.ctx);
  return { result, out: t.out() };
};

describe('the daily DSA target: every view asks the same rule', () => {
  it('in week 2, today, dsa add and dsa stats --week 2 all say 3–4; --week 1 says 1', async () => {
    const home = await inWeek2();
    const day = await run(home, (ctx) => today(ctx, {}));
    expect(day.result).toMatchObject({ week: 2, day: 3, dsa: { target: { min: 3, max: 4 } } });
    expect(day.out).toContain('0 solved today, target 3–4');

    const added = await run(home, (ctx) => dsaAdd(ctx, { title: ['Two Sum'] }));
    expect(added.out).toContain(`1 solved on ${TODAY} (target 3–4)`);

    const week2 = await run(home, (ctx) => dsaStatsCommand(ctx, { week: 2 }));
    expect(week2.result.target).toEqual({ min: 3, max: 4 });
    expect(week2.out).toContain('Per day: 0.33 against a target of 3–4');

    const week1 = await run(home, (ctx) => dsaStatsCommand(ctx, { week: 1 }));
    expect(week1.result.target).toEqual({ min: 1, max: 1 });
    expect(week1.out).toContain('against a target of 1\n');
  });

  it('a problem logged on a week 1 date reports week 1\'s target', async () => {
    const home = await inWeek2();
    const { out } = await run(home, (ctx) => dsaAdd(ctx, { title: ['Two Sum'], date: '2026-11-20' }));
    expect(out).toContain('1 solved on 2026-11-20 (target 1)');
  });

  it('a window over both weeks asks for each day\'s own target: 7 days of 1, 3 of 3–4', async () => {
    const home = await inWeek2();
    const { result, out } = await run(home, (ctx) => dsaStatsCommand(ctx, {}));
    expect(result).toMatchObject({ since: '2026-11-16', to: TODAY, days: 10, target: { min: 1.6, max: 1.9 } });
    expect(out).toContain('against a target of 1.6–1.9');
  });

  it('review and progress add up the same days\' targets', async () => {
    const home = await inWeek2();
    expect((await run(home, (ctx) => review(ctx, {}))).result.totals.dsa).toMatchObject({ target: { min: 21, max: 28 }, daily: { min: 3, max: 4 } });
    expect((await run(home, (ctx) => review(ctx, { week: 1 }))).result.totals.dsa).toMatchObject({ target: { min: 7, max: 7 }, daily: { min: 1, max: 1 } });
    expect((await run(home, (ctx) => progress(ctx, {}))).result.dsa).toMatchObject({ target: { min: 28, max: 35 }, stated: true });
  });

  it('plan and review agree on the current week, on a rest day and past the end too', async () => {
    const home = await inWeek2();
    const store = logOf(home);
    expect(((await run(home, (ctx) => plan(ctx, {}))).result as WeekJson).week).toBe(2);
    store.addSkip(isoDate('2026-11-23')); // week 2 day 1 moves to the 24th; the 23rd is a rest before week 2
    const rest = new Date(2026, 10, 23, 10, 0);
    expect(((await run(home, (ctx) => plan(ctx, {}), rest)).result as WeekJson).week).toBe(2);
    expect((await run(home, (ctx) => review(ctx, {}), rest)).result.week).toBe(2);
    const later = new Date(2027, 0, 10, 10, 0);
    expect(((await run(home, (ctx) => plan(ctx, {}), later)).result as WeekJson).week).toBe(2);
    expect((await run(home, (ctx) => review(ctx, {}), later)).result.week).toBe(2);
  });
});

/**
 * Week 2 asks 3–4 a day, but its day 3 says "1–2 problems (light)" and, on the 6-hour plan,
 * "Extra 2 DSA problems"; day 4 names two blocks' problems, 2 easy and 3 medium.
 */
function dayTargets(goal = '3–4 problems/day'): string {
  const days = weekFile('go', 2).replace('2–3 problems/day', goal).split('### Day ');
  days[3] = (days[3] ?? '').replace('Solve two or three problems.', '1–2 problems (light).')
    .replace('  - **Edge cases (60 min)**', '  - **Extra 2 DSA problems (45 min)**.\n  - **Edge cases (60 min)**');
  days[4] = (days[4] ?? '').replace('Solve two or three problems.', '2 easy problems.\n  - Then 3 medium problems.');
  return contentDir({ 'go/week-02.md': days.join('### Day ') });
}

describe('the daily DSA target from the day\'s own text', () => {
  /** Started Monday 23 November at week 2: today (Wed 25 Nov) is day 3. */
  const started = (opts: { plan?: '4h' | '6h' } = {}): Promise<string> =>
    setUp({ content: dayTargets(), start: '2026-11-23', week: 2, ...opts });

  it('today, dsa add, plan --json and review all take the day\'s "1–2 problems"', async () => {
    const home = await started();
    const day = await run(home, (ctx) => today(ctx, {}));
    expect(day.result.dsa.target).toEqual({ min: 1, max: 2 });
    expect(day.out).toContain('target 1–2');
    expect((await run(home, (ctx) => dsaAdd(ctx, { title: ['Two Sum'] }))).out).toContain('(target 1–2)');
    const week = (await run(home, (ctx) => plan(ctx, { week: 2, json: true }))).result as WeekJson;
    expect(week.days.map((d) => d.dsa)).toEqual([
      { min: 3, max: 4 }, { min: 3, max: 4 }, { min: 1, max: 2 }, { min: 5, max: 5 }, { min: 3, max: 4 }, { min: 3, max: 4 }, { min: 3, max: 4 },
    ]);
    const r = (await run(home, (ctx) => review(ctx, {}))).result;
    expect(r.days.map((d) => d.target.min)).toEqual([3, 3, 1, 5, 3, 3, 3]);
    expect(r.totals.dsa.target).toEqual({ min: 21, max: 27 });
  });

  it('the 6-hour plan adds its additions\' problems, in every view', async () => {
    const home = await started({ plan: '6h' });
    expect((await run(home, (ctx) => today(ctx, {}))).result.dsa.target).toEqual({ min: 3, max: 4 });
    const day = (await run(home, (ctx) => plan(ctx, { week: 2, day: 3, json: true }))).result;
    expect(day).toMatchObject({ plan: '6h', dsa: { min: 3, max: 4 } });
    const on4h = (await run(home, (ctx) => plan(ctx, { week: 2, day: 3, plan: '4h', json: true }))).result;
    expect(on4h).toMatchObject({ plan: '4h', dsa: { min: 1, max: 2 } });
    expect((await run(home, (ctx) => today(ctx, { plan: '4h' }))).result.dsa.target).toEqual({ min: 1, max: 2 });
  });

  it('a rest day asks for nothing, and dsa stats leaves it out of its averages and says so', async () => {
    const home = await started();
    logOf(home).addSkip(isoDate('2026-11-24'));
    logOf(home).addProblems(isoDates('2026-11-23', '2026-11-24', '2026-11-25').map((date) => ({ date })));
    const rest = new Date(2026, 10, 24, 10, 0);
    const day = await run(home, (ctx) => today(ctx, {}), rest);
    expect(day.result).toMatchObject({ position: 'rest', dsa: { target: { min: 0, max: 0 } } });
    expect(day.out).toContain('target 0');
    // Days 1 and 2 of week 2 on the 23rd and 25th: 3–4 each; the 24th rests.
    const stats = await run(home, (ctx) => dsaStatsCommand(ctx, {}));
    expect(stats.result).toMatchObject({ total: 3, days: 2, restDays: 1, perDay: 1.5, target: { min: 3, max: 4 } });
    expect(stats.out).toContain('(2 days, 1 rest day left out)');
    // The review's days are study days; it says the week had a rest day. Progress's rate leaves it out.
    const week = await run(home, (ctx) => review(ctx, {}));
    expect(week.result.totals.dsa).toMatchObject({ target: { min: 21, max: 27 }, daily: { min: 3, max: 3.86 } });
    expect(week.out).toContain('(3–3.86 a day, 1 rest day left out), 1 on rest days');
    const p = await run(home, (ctx) => progress(ctx, {}));
    expect(p.result.dsa).toMatchObject({ perDay: 1.5, restDays: 1 });
    expect(p.out).toContain('1.5 a day (1 rest day left out)');
  });

  it('the learner\'s own target (init --dsa) fills in where the track names none, but not over the day\'s text', async () => {
    const home = await setUp({ content: dayTargets('a steady pace'), start: '2026-11-23', week: 2, dsa: { min: 2, max: 4 } });
    expect((await run(home, (ctx) => today(ctx, { date: '2026-11-23' }))).result.dsa.target).toEqual({ min: 2, max: 4 });
    expect((await run(home, (ctx) => today(ctx, {}))).result.dsa.target).toEqual({ min: 1, max: 2 });
    const p = (await run(home, (ctx) => progress(ctx, {}))).result;
    expect(p.dsa).toMatchObject({ stated: false, fallback: { min: 2, max: 4 }, target: { min: 2 * 5 + 1 + 5, max: 4 * 5 + 2 + 5 } });
  });
});

describe('coach dsa stats --week / --since', () => {
  /** Problems before the start, in week 1, in week 2, and one dated after today. */
  async function logged(): Promise<string> {
    const home = await inWeek2();
    logOf(home).addProblems(isoDates('2026-11-15', '2026-11-16', '2026-11-22', '2026-11-23', '2026-11-25', '2026-11-27').map((date) => ({ date, difficulty: 'easy' as const })));
    return home;
  }

  it.each([
    ['whole log (from the earlier first problem)', {}, { total: 5, since: '2026-11-15', to: TODAY, week: null, days: 11, later: 1, target: { min: 1.55, max: 1.82 } }],
    ['--week 1: its dates only, all in the past', { week: 1 }, { total: 2, since: '2026-11-16', to: '2026-11-22', week: 1, days: 7, later: 0, target: { min: 1, max: 1 } }],
    ['--week 2: up to today, the rest later', { week: 2 }, { total: 2, since: '2026-11-23', to: TODAY, week: 2, days: 3, later: 1, target: { min: 3, max: 4 } }],
    ['--since: from that date on', { since: '2026-11-22' }, { total: 3, since: '2026-11-22', to: TODAY, week: null, days: 4, later: 1, target: { min: 2.5, max: 3.25 } }],
  ])('%s', async (_what, opts, expected) => {
    const home = await logged();
    expect((await run(home, (ctx) => dsaStatsCommand(ctx, opts))).result).toMatchObject(expected);
  });

  it('prints the window of --week', async () => {
    const { out } = await run(await logged(), (ctx) => dsaStatsCommand(ctx, { week: 1 }));
    expect(out).toBe([
      '2 problems in week 1, 2026-11-16 to 2026-11-22 (7 days)',
      'Per day: 0.29 against a target of 1',
      'By difficulty: easy 2 · medium 0 · hard 0',
      '',
    ].join('\n'));
  });

  it('--json has the documented keys', async () => {
    const t = testContext({ home: await logged(), now: NOW });
    await dsaStatsCommand(t.ctx, { week: 2, json: true });
    expect(Object.keys(JSON.parse(t.out()) as object)).toEqual(['total', 'byDifficulty', 'byTopic', 'since', 'to', 'week', 'days', 'restDays', 'perDay', 'target', 'later']);
  });

  it('a window after today counts nothing yet and says what its days will ask for', async () => {
    const home = await inWeek2();
    const early = new Date(2026, 10, 18, 10, 0);
    const week = await run(home, (ctx) => dsaStatsCommand(ctx, { week: 2 }), early);
    expect(week.result).toMatchObject({ total: 0, days: 0, target: { min: 3, max: 4 } });
    expect(week.out).toBe('Week 2 starts on 2026-11-23: nothing to count yet. Target: 3–4 a day.\n');
    const since = await run(home, (ctx) => dsaStatsCommand(ctx, { since: '2026-11-24' }), early);
    expect(since.out).toBe('Nothing to count yet: 2026-11-24 is after today. Target: 3–4 a day.\n');
  });

  it('refuses a week outside the plan, naming its weeks, and --week with --since', async () => {
    const home = await inWeek2();
    await expect(run(home, (ctx) => dsaStatsCommand(ctx, { week: 3 }))).rejects.toThrow(
      new UsageError('week 3 is not part of your plan; its weeks: 1, 2 (track "go" from week 1)'),
    );
    await expect(run(home, (ctx) => dsaStatsCommand(ctx, { week: 1, since: '2026-11-20' }))).rejects.toThrow(
      new UsageError('use either --week or --since, not both'),
    );
    await expect(run(home, (ctx) => dsaStatsCommand(ctx, { since: '2026-02-30' }))).rejects.toThrow(UsageError);
  });

  it.each([
    ['a week the plan does not have', ['--week', '12']],
    ['week 0', ['--week', '0']],
    ['a date that is not on the calendar', ['--since', '2026-02-30']],
    ['both --week and --since', ['--week', '11', '--since', '2026-11-25']],
  ])('exits 2 from the binary for %s and writes nothing', (_what, args) => {
    const home = tempDir();
    const r = runCoach(['dsa', 'stats', ...args], { home });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^coach: /);
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });
});
