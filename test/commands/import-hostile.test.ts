// `coach import` against files made to hurt: escapes in settings, ids given twice or with other
// content, bytes that are not UTF-8, CR-only lines, impossible times, and files too large to parse.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLog } from '../../src/commands/export.js';
import { importLog } from '../../src/commands/import.js';
import { tracks } from '../../src/commands/tracks.js';
import { UsageError } from '../../src/errors.js';
import { MAX_IMPORT_BYTES } from '../../src/log/export-format.js';
import { CSV_COLUMNS, toCsv } from '../../src/store/export-csv.js';
import type { ExportData } from '../../src/store/export.js';
import { runMain, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, logOf, NOW, setUp, weekFile } from './setup.js';
import { isoDate } from '../helpers/dates.js';

const ESCAPES = '\u001b]0;PWNED\u0007\u001b[2J';
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

function exportOf(parts: Partial<ExportData> = {}): ExportData {
  return {
    format: 'coach-export', version: 1, exportedAt: '2026-11-25T09:00:00.000Z', settings: {},
    completions: [], problems: [], skips: [], lessons: [], drops: [], practice: [], revisits: [], timers: [], ...parts,
  };
}

const problem = (id: string, title: string | null = 'Two Sum') => ({
  id, date: isoDate('2026-11-24'), title, difficulty: 'easy' as const, topics: [] as string[], url: null, minutes: null, note: null, rating: null, createdAt: '2026-11-24T10:00:00.000Z',
});

function fileWith(content: string | Buffer, name = 'in.json'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

/** Imports `file` into `home` (a new folder by default) and returns the error it is refused with. */
async function refusal(file: string, home = tempDir()): Promise<UsageError> {
  const err = await importLog(testContext({ home, now: NOW }).ctx, { file }).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(UsageError);
  return err as UsageError;
}

describe('settings that reach messages', () => {
  it('refuses a content folder or track holding escape sequences, writing nothing', async () => {
    for (const settings of [{ content: `/nonexist${ESCAPES}` }, { track: `go${ESCAPES}` }, { content: 'relative/weeks' }] as Record<string, string>[]) {
      const home = tempDir();
      const err = await refusal(fileWith(JSON.stringify(exportOf({ settings }))), home);
      expect(err.message).toMatch(/^invalid export file: settings\.(content|track) must be/);
      expect(err.message).not.toMatch(CONTROL);
      expect(fs.readdirSync(home)).toEqual([]);
    }
  });

  it('prints no escape from a log an older coach let them into, nor from flags', async () => {
    const home = await setUp();
    logOf(home).setSettings({ content: `/nonexist${ESCAPES}`, track: `go${ESCAPES}` });
    const today = await runMain(['today'], { home });
    expect(today.code).toBe(0);
    expect(today.stdout + today.stderr).not.toMatch(CONTROL);

    const missing = await runMain(['today', '--content', `/nonexist${ESCAPES}`], { home });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^coach: content folder not found: \/nonexist\n/);
    expect(missing.stderr).not.toMatch(CONTROL);

    const track = await runMain(['plan', '--track', `x${ESCAPES}\u009b2J`], { home });
    expect(track.code).toBe(2);
    expect(track.stderr).toBe('coach: unknown track "x"; tracks here: go\n');
  });
});

describe('ids', () => {
  it('refuses a file that gives one id to two rows', async () => {
    const err = await refusal(fileWith(JSON.stringify(exportOf({ problems: [problem('p1'), problem('p2'), problem('p1', 'Other')] }))));
    expect(err.message).toBe('invalid export file: problems[2].id "p1" is also the id of problems[0]; each row needs its own id');
  });

  it('says which ids the log has with other content, and that the log\'s rows were kept', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await importLog(testContext({ home, now: NOW }).ctx, { file: fileWith(JSON.stringify(exportOf({ problems: [problem('p1'), problem('p2')] }))) });
    const file = fileWith(JSON.stringify(exportOf({ problems: [problem('p1', 'Changed'), problem('p2')] })));
    const t = testContext({ home, now: NOW });
    const result = await importLog(t.ctx, { file });
    expect(result.differing).toEqual([{ table: 'problems', id: 'p1' }]);
    expect(t.out()).toBe(
      `Nothing new in ${file}.\n` +
        'Kept the log\'s own 1 row where the file has the same id with other content (the file\'s version was not imported):\n' +
        '  problems  p1\n',
    );
    expect(logOf(home).problems().map((p) => p.title)).toEqual(['Two Sum', 'Two Sum']);
  });
});

describe('what the bytes say', () => {
  it('refuses bytes that are not UTF-8 rather than reading U+FFFD', async () => {
    const json = Buffer.from(JSON.stringify(exportOf({ problems: [problem('p1', 'caf_')] })));
    json[json.indexOf('caf_') + 3] = 0xe9; // Latin-1 é
    const err = await refusal(fileWith(json));
    expect(err.message).toMatch(/in\.json is not UTF-8 text; coach export writes UTF-8/);
  });

  it('reads a CSV export whose lines end in CR alone', async () => {
    const csv = toCsv(exportOf({ problems: [problem('p1')] })).replace(/\r\n/g, '\r');
    const home = tempDir();
    const result = await importLog(testContext({ home, now: NOW }).ctx, { file: fileWith(csv, 'in.csv') });
    expect(result.added.problems).toBe(1);
  });

  it('refuses a time of 24:00, which Date.parse reads as the next day', async () => {
    const err = await refusal(fileWith(JSON.stringify(exportOf({ problems: [{ ...problem('p1'), createdAt: '2026-11-24T24:00:00Z' }] }))));
    expect(err.message).toMatch(/^invalid export file: problems\[0\]\.createdAt must be an ISO timestamp/);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const file = path.join(tempDir(), 'big.json');
    // Sparse: the size is known without writing the bytes.
    fs.writeFileSync(file, '{');
    fs.truncateSync(file, MAX_IMPORT_BYTES + 1);
    const err = await refusal(file);
    expect(err.message).toMatch(/big\.json is larger than 128 MiB, the most coach imports; nothing was imported$/);
  });

  it('refuses a CSV that sets a setting twice at that line, without reading the rest first', async () => {
    const rows = [CSV_COLUMNS.join(','), `export,,,2026-11-25T09:00:00.000Z,coach-export,1${','.repeat(CSV_COLUMNS.length - 6)}`];
    for (let i = 0; i < 40_000; i++) rows.push(`setting,,,,plan,4h${','.repeat(CSV_COLUMNS.length - 6)}`);
    const started = performance.now();
    const err = await refusal(fileWith(rows.join('\r\n'), 'in.csv'));
    expect(err.message).toBe('invalid CSV export: line 4 sets "plan" again; a file sets each setting once');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('coach tracks', () => {
  it('lists the tracks of the folder saved by coach init', async () => {
    const content = contentDir({ 'rust/week-01.md': weekFile('rust', 1) });
    const home = await setUp({ content });
    const t = testContext({ home, now: NOW });
    expect((await tracks(t.ctx, {})).map((x) => x.id)).toEqual(['rust']);
    expect(fs.readdirSync(home).filter((f) => f.startsWith('coach.db'))).toEqual(['coach.db']);
    // Exporting still works on that log: the content setting is a valid absolute path.
    expect((await exportLog(testContext({ home, now: NOW }).ctx, { out: path.join(tempDir(), 'x.json') })).settings.content).toBe(content);
  });
});
