// `coach progress`: the whole-track view from the log, its JSON, and the heatmap without colour.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { progress } from '../../src/commands/progress.js';
import { runCoach, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, markBlocks, NOW, setUp } from './setup.js';
import { isoDate } from '../helpers/dates.js';
import type { IsoDate } from '../../src/schedule/dates.js';

function markDone(home: string, day: number, blocks: number[], date: IsoDate, minutes?: number): void {
  markBlocks(logOf(home), blocks.map((n) => `go.w11.d${day}.4h.${n}`), date, minutes === undefined ? {} : { minutes });
}

describe('coach progress', () => {
  it('counts the blocks done, places today and shades the days studied', async () => {
    const home = await setUp({ start: '2026-11-23' });
    markDone(home, 1, [1, 2, 3, 4], isoDate('2026-11-23'));
    markDone(home, 2, [1], isoDate('2026-11-24'), 150);
    logOf(home).addProblems([{ date: isoDate('2026-11-23') }, { date: isoDate('2026-11-24') }, { date: isoDate('2026-11-25') }]);
    const t = testContext({ home, now: NOW });
    const p = await progress(t.ctx, {});

    expect(p.blocks).toEqual({ done: 5, total: 27, percent: 19 });
    expect(p.weeks).toEqual({ done: 0, total: 1 });
    expect(p.today).toEqual({ date: '2026-11-25', position: 'day', index: 2, week: 11, day: 3, planDays: 7 });
    // Week 11 states 2–3 problems a day: 7 days.
    expect(p.dsa).toEqual({ done: 3, target: { min: 14, max: 21 }, stated: true, fallback: { min: 2, max: 3 }, perDay: 1, restDays: 0 });
    expect(p.projectedFinish).toBe('2026-11-29');
    expect(p.heatmap.days.slice(-3)).toEqual([
      { date: '2026-11-23', minutes: 210, problems: 1, level: 3 }, // the track's 60–75, 60, 60 and 30: low ends
      { date: '2026-11-24', minutes: 150, problems: 1, level: 3 },
      { date: '2026-11-25', minutes: 0, problems: 1, level: 1 },
    ]);
    expect(t.out()).toContain('▲ today: week 11 day 3, plan day 3 of 7');
    expect(t.out()).toContain('Mon  · · · · · · · · · · · · · · · ▓');
  });

  it('--json prints exactly what it returns', async () => {
    const home = await setUp({ start: '2026-11-23', pace: 'progress' });
    const t = testContext({ home, now: NOW });
    const p = await progress(t.ctx, { json: true });
    expect(JSON.parse(t.out())).toEqual(JSON.parse(JSON.stringify(p)));
    expect(p).toMatchObject({ pace: 'progress', projectedFinish: null });
  });

  it('works before coach init without creating a log', async () => {
    const home = tempDir();
    const p = await progress(testContext({ home, now: NOW }).ctx, {});
    expect(p).toMatchObject({ track: 'go', start: '2026-11-25', blocks: { done: 0, total: 27 } });
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });

  it('draws the heatmap with characters alone under NO_COLOR, and adds colour when forced', () => {
    const plain = runCoach(['progress'], { env: { NO_COLOR: '1' } });
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toContain('\x1b');
    expect(plain.stdout).toMatch(/^Sun {2}[· ]+$/m);
    expect(plain.stdout).toContain('less · ░ ▒ ▓ █ more');
    const coloured = runCoach(['progress'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\x1b[');
  });
});
