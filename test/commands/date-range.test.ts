// Dates from outside stay within FIRST_YEAR–LAST_YEAR: options, the clock and imported rows and
// settings. Before, a start or a clock in 9999 was taken and a later view crashed with a RangeError.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLog } from '../../src/commands/import.js';
import { DATE_RANGE, FIRST_YEAR, inDateRange, LAST_YEAR } from '../../src/schedule/dates.js';
import { runMain, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, NOW, setUp } from './setup.js';
import { isoDate } from '../helpers/dates.js';

const exportWith = (parts: object): string =>
  JSON.stringify({ format: 'coach-export', version: 1, exportedAt: '2026-11-25T09:00:00.000Z', settings: {}, completions: [], problems: [], skips: [], lessons: [], ...parts });

describe('the date range', () => {
  it('is one named pair of years', () => {
    expect(DATE_RANGE).toBe(`years ${FIRST_YEAR}–${LAST_YEAR}`);
    expect([`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`, '1969-12-31', '3000-01-01'].map((d) => inDateRange(isoDate(d)))).toEqual([true, true, false, false]);
  });

  it.each([
    [['init', '--start', '9999-12-25', '--yes']],
    [['init', '--start', '0000-01-01', '--yes']],
    [['dsa', 'log', '1', '--date', '1969-12-31']],
    [['skip', '--date', '3000-01-01']],
    [['dsa', 'stats', '--since', '0001-01-01']],
  ])('refuses coach %j with a usage error, writing nothing', async (args) => {
    const home = tempDir();
    const r = await runMain(args, { home });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected a date in years 1970–2999, the dates coach keeps to\./);
    expect(fs.readdirSync(home)).toEqual([]);
  });

  it.each([['today'], ['review'], ['dsa', 'stats'], ['skip'], ['progress'], ['done', '1']])('refuses coach %s with the clock in 9999, not with a stack', async (...args) => {
    const home = await setUp({ start: '2026-11-23' });
    const r = await runMain(args, { home, now: new Date(9999, 11, 25, 10) });
    expect(r.stderr).toBe('coach: the clock says 9999-12-25, outside years 1970–2999, the dates coach keeps to; set the system date\n');
    expect(r.code).toBe(2);
  });

  it('shows the track from a start at the first day of the range, and from an old log\'s start of 0000-01-01', async () => {
    const home = await setUp({ start: '1970-01-01' });
    expect((await runMain(['progress'], { home })).code).toBe(0);
    logOf(home).setSettings({ start: '0000-01-01' });
    const r = await runMain(['progress'], { home });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it.each([
    ['a start', { settings: { start: '9999-12-25' } }, 'settings.start must be a date (YYYY-MM-DD), got "9999-12-25"; coach takes years 1970–2999'],
    ['a row date', { skips: [{ id: 's', date: '0000-01-01', createdAt: '2026-11-25T09:00:00.000Z' }] }, 'skips[0].date must be a date (YYYY-MM-DD), got "0000-01-01"; coach takes years 1970–2999'],
    ['a creation time', { skips: [{ id: 's', date: '2026-11-24', createdAt: '9999-11-25T09:00:00.000Z' }] }, 'skips[0].createdAt must be an ISO timestamp (YYYY-MM-DDTHH:MM:SS.sssZ), got "9999-11-25T09:00:00.000Z"; coach takes years 1970–2999'],
  ])('refuses an import with %s outside the range', async (_what, parts, message) => {
    const file = path.join(tempDir(), 'in.json');
    fs.writeFileSync(file, exportWith(parts));
    const home = tempDir();
    await expect(importLog(testContext({ home, now: NOW }).ctx, { file })).rejects.toThrow(`invalid export file: ${message}`);
    expect(fs.readdirSync(home)).toEqual([]);
  });
});
