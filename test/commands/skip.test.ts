// `coach skip`: a rest day inside the plan moves the calendar; one before the start or after the
// plan's last day would change nothing, so it is refused and nothing is written.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { skip } from '../../src/commands/skip.js';
import { today } from '../../src/commands/today.js';
import { UsageError } from '../../src/errors.js';
import { runCoach, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, NOW, setUp } from './setup.js';

/** The bundled week started on Monday 23 November: 7 plan days, the last on Sunday the 29th. */
const START = '2026-11-23';

async function refused(home: string, date: string | undefined, message: string): Promise<void> {
  const err = await skip(testContext({ home, now: NOW }).ctx, { date }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UsageError);
  expect((err as Error).message).toBe(message);
}

describe('coach skip', () => {
  it('inside the plan, rests that day and moves the rest of the plan back one day', async () => {
    const home = await setUp({ start: START });
    const t = testContext({ home, now: NOW });
    expect(await skip(t.ctx, { date: '2026-11-29' })).toEqual({ date: '2026-11-29', added: true });
    expect(t.out()).toContain('is a rest day; the rest of the plan moves back one day. Undo with coach undo.');
    expect(logOf(home).skips()).toEqual(['2026-11-29']);
  });

  it('refuses a date before the start, and today before the start, writing nothing', async () => {
    const home = await setUp({ start: START });
    await refused(home, '2026-11-22', '2026-11-22 is before your plan starts (2026-11-23); a rest day there would change nothing. Nothing was logged.');
    const later = await setUp({ start: '2026-12-01' });
    await refused(later, undefined, 'today (2026-11-25) is before your plan starts (2026-12-01); a rest day there would change nothing. Nothing was logged.');
    expect(logOf(home).skips()).toEqual([]);
    expect(logOf(later).history()).toEqual([]);
  });

  it('refuses a date after the plan\'s last day, which earlier rest days push back', async () => {
    const home = await setUp({ start: START });
    await refused(home, '2026-11-30', '2026-11-30 is after your plan ends (2026-11-29); a rest day there would change nothing. Nothing was logged.');
    await skip(testContext({ home, now: NOW }).ctx, { date: '2026-11-24' });
    // With the 24th off, the last plan day is the 30th: the 1st may not rest, the 30th may.
    await refused(home, '2026-12-01', '2026-12-01 is after your plan ends (2026-11-30); a rest day there would change nothing. Nothing was logged.');
    await skip(testContext({ home, now: NOW }).ctx, { date: '2026-11-30' });
    expect(logOf(home).skips()).toEqual(['2026-11-24', '2026-11-30']);
  });

  it('before coach init, a refused date leaves no log behind; today creates it', async () => {
    const home = tempDir();
    // The defaults start the plan today, so yesterday is before it.
    await refused(home, '2026-11-24', '2026-11-24 is before your plan starts (2026-11-25); a rest day there would change nothing. Nothing was logged.');
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);

    await skip(testContext({ home, now: NOW }).ctx, {});
    expect(logOf(home).skips()).toEqual(['2026-11-25']);
    expect((await today(testContext({ home, now: NOW }).ctx, {})).initialised).toBe(true);
  });

  it('exits 2 from the binary and writes nothing', () => {
    const home = tempDir();
    const r = runCoach(['skip', '--date', '2020-01-01'], { home });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^coach: 2020-01-01 is before your plan starts \(\d{4}-\d{2}-\d{2}\)/);
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });
});
