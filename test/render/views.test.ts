// Golden text of the views, produced by the commands from fixed inputs: the bundled track (or a
// small content folder), the fixed clock of the command tests and a log with a few days in it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { lessonAdd } from '../../src/commands/lesson.js';
import { plan, type PlanOptions } from '../../src/commands/plan.js';
import { progress } from '../../src/commands/progress.js';
import { review } from '../../src/commands/review.js';
import { skip } from '../../src/commands/skip.js';
import { today, type TodayOptions } from '../../src/commands/today.js';
import { dsaList } from '../../src/commands/dsa.js';
import { forecastCommand } from '../../src/commands/forecast.js';
import { logList } from '../../src/commands/log.js';
import { width } from '../../src/render/format.js';
import { tracks } from '../../src/commands/tracks.js';
import { openStore } from '../../src/store/store.js';
import { ROOT, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, NOW, setUp, WEEK_11, weekFile } from '../commands/setup.js';
import { expectGolden } from './golden.js';
import { isoDate } from '../helpers/dates.js';

/** Output of one command run against `home` at `now`. */
async function run(home: string, fn: (ctx: ReturnType<typeof testContext>['ctx']) => Promise<unknown>, now = NOW, columns = 80): Promise<string> {
  const t = testContext({ home, now, columns });
  await fn(t.ctx);
  return t.out();
}

/**
 * Started Monday 23 November, so today (Wednesday 25) is day 3: day 1 half done, day 2 done,
 * one block of today done, DSA problems on each day and a lesson noted.
 */
async function threeDaysIn(): Promise<string> {
  const home = await setUp({ start: '2026-11-23' });
  await run(home, (ctx) => done(ctx, { refs: ['1', '2'], date: '2026-11-23' }));
  await run(home, (ctx) => done(ctx, { refs: ['1', '2', '3', '4'], date: '2026-11-24' }));
  await run(home, (ctx) => done(ctx, { refs: ['1'] }));
  const store = openStore(home, { now: () => NOW });
  try {
    store.addProblems([
      { date: isoDate('2026-11-23'), title: 'Two Sum', difficulty: 'easy', topics: ['arrays', 'hashing'] },
      { date: isoDate('2026-11-23'), title: 'LRU Cache', difficulty: 'medium', topics: ['design'] },
      { date: isoDate('2026-11-24'), title: 'Merge Intervals', difficulty: 'medium', topics: ['intervals'] },
      { date: isoDate('2026-11-25'), title: 'Word Ladder', difficulty: 'hard', topics: ['graphs', 'bfs'] },
    ]);
  } finally {
    store.close();
  }
  await run(home, (ctx) => lessonAdd(ctx, { text: ['a token bucket needs a clock it can be given'] }));
  return home;
}

describe('today', () => {
  const cases: Array<[string, () => Promise<string>, TodayOptions, Date?]> = [
    ['day-1-fresh', () => setUp(), {}],
    ['day-3-behind', threeDaysIn, {}],
    ['day-3-6h', threeDaysIn, { plan: '6h' }],
    ['not-set-up', async () => tempDir(), {}],
    ['before-start', () => setUp({ start: '2026-12-01' }), {}],
    ['complete', threeDaysIn, { date: '2026-12-05' }],
    ['progress-pace', () => setUp({ start: '2026-11-23', pace: 'progress' }), {}],
  ];
  for (const [name, home, opts] of cases) {
    it(name, async () => expectGolden(`today/${name}`, await run(await home(), (ctx) => today(ctx, opts))));
  }

  it('puts the catch-up commands on a line of their own when the status line would wrap, never breaking one in two', async () => {
    const home = await threeDaysIn();
    const wide = await run(home, (ctx) => today(ctx, { date: '2026-12-05' }), NOW, 100);
    expect(wide).toContain('Behind by 20 blocks over 6 days. Catch up: coach done 1 · let go: coach drop 1\n');
    const narrow = (await run(home, (ctx) => today(ctx, { date: '2026-12-05' }), NOW, 60)).split('\n');
    const at = narrow.indexOf('Behind by 20 blocks over 6 days.');
    expect(at).toBeGreaterThan(0);
    expect(narrow[at + 1]).toBe('Catch up: coach done 1 · let go: coach drop 1');
    expect(narrow.every((line) => width(line) <= 60)).toBe(true);
  });

  it('rest-day', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await run(home, (ctx) => skip(ctx, {}));
    expectGolden('today/rest-day', await run(home, (ctx) => today(ctx, {})));
  });
});

describe('plan', () => {
  const cases: Array<[string, PlanOptions]> = [
    ['week-11', { week: 11 }],
    ['week-11-6h', { week: 11, plan: '6h' }],
    ['day-3', { week: 11, day: 3 }],
    ['day-1-6h', { week: 11, day: 1, plan: '6h' }],
  ];
  for (const [name, opts] of cases) {
    it(name, async () => expectGolden(`plan/${name}`, await run(tempDir(), (ctx) => plan(ctx, opts))));
  }
});

describe('tracks', () => {
  it('bundled', async () => {
    expectGolden('tracks/bundled', await run(tempDir(), (ctx) => tracks(ctx, {})));
  });

  it('several-with-problems', async () => {
    const broken = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'missing-4h-plan', 'input.md'), 'utf8');
    const content = contentDir({
      'go/week-11.md': WEEK_11,
      'go/week-12.md': weekFile('go', 12),
      'rust/week-1.md': weekFile('rust', 1),
      'plans/week-1.md': broken,
    });
    expectGolden('tracks/several-with-problems', await run(tempDir(), (ctx) => tracks(ctx, { content })));
  });
});

describe('review', () => {
  it('week-11-day-3', async () => {
    expectGolden('review/week-11-day-3', await run(await threeDaysIn(), (ctx) => review(ctx, {})));
  });

  it('week-11-after-the-end', async () => {
    expectGolden('review/week-11-after-the-end', await run(await threeDaysIn(), (ctx) => review(ctx, { week: 11 }), new Date(2026, 11, 2, 10, 0)));
  });

  it('week-11-empty', async () => {
    expectGolden('review/week-11-empty', await run(await setUp(), (ctx) => review(ctx, {})));
  });
});

describe('progress', () => {
  it('day-3-behind', async () => {
    expectGolden('progress/day-3-behind', await run(await threeDaysIn(), (ctx) => progress(ctx, {})));
  });

  it('day-1-fresh', async () => {
    expectGolden('progress/day-1-fresh', await run(await setUp(), (ctx) => progress(ctx, {})));
  });
});

describe('every view fits the terminal: 60, 80 and 200 columns', () => {
  /** Three days in, with problems whose titles and topics are long, wide (CJK) and emoji. */
  async function busy(): Promise<string> {
    const home = await threeDaysIn();
    const store = openStore(home, { now: () => NOW });
    try {
      store.addProblems([
        { date: isoDate('2026-11-25'), title: 'Longest Substring Without Repeating Characters', difficulty: 'medium', topics: ['sliding window', 'hashing', 'strings'] },
        { date: isoDate('2026-11-25'), title: '最长回文子串 🎯 palindrome practice', difficulty: 'medium', topics: ['动态规划'] },
      ]);
    } finally {
      store.close();
    }
    return home;
  }
  const views: Array<[string, (ctx: ReturnType<typeof testContext>['ctx']) => Promise<unknown>]> = [
    ['today', (ctx) => today(ctx, {})],
    ['today-6h', (ctx) => today(ctx, { plan: '6h' })],
    ['plan-week', (ctx) => plan(ctx, { week: 11, plan: '6h' })],
    ['plan-day', (ctx) => plan(ctx, { week: 11, day: 3 })],
    ['review', (ctx) => review(ctx, {})],
    ['progress', (ctx) => progress(ctx, {})],
    ['dsa-list', (ctx) => dsaList(ctx, {})],
    ['forecast', (ctx) => forecastCommand(ctx, {})],
    ['log-list-empty', (ctx) => logList(ctx, {})],
  ];
  for (const columns of [60, 80, 200]) {
    for (const [name, fn] of views) {
      it(`${name} at ${columns}`, async () => {
        const text = await run(await busy(), fn, NOW, columns);
        const widest = Math.max(...text.split('\n').map(width));
        expect(widest).toBeLessThanOrEqual(columns);
        // On a wide terminal nothing that fits is cut.
        if (columns === 200) expect(text).not.toContain('…');
        expectGolden(`widths/${name}-${columns}`, text);
      });
    }
  }
});
