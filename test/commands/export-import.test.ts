// `coach export` and `coach import`: JSON and CSV, the round trip into an empty data folder, the
// double import that changes nothing, and files refused with nothing written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../helpers/raw-db.js';
import { exportLog } from '../../src/commands/export.js';
import { importLog } from '../../src/commands/import.js';
import { init } from '../../src/commands/init.js';
import { undo } from '../../src/commands/undo.js';
import { UsageError } from '../../src/errors.js';
import { settingsOf } from '../../src/store/settings.js';
import { CSV_COLUMNS, fromCsv, joinTopics, parseCsv, splitTopics, toCsv } from '../../src/store/export-csv.js';
import { parseExport, type ExportData } from '../../src/store/export.js';
import { BIN, cleanEnv, ROOT, runCoach, testContext } from '../helpers/cli.js';
import { trackOf } from '../helpers/store.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';
import { unprivileged } from '../helpers/unprivileged.js';
import { logOf, NOW, setUp } from './setup.js';
import { isoDate } from '../helpers/dates.js';

/** Settings that once imported fine and then made every command fail with a RangeError. */
const BAD_SETTINGS = '{"format":"coach-export","version":1,"exportedAt":"2026-11-25T09:00:00.000Z","settings":{"start":"yesterday","week":"banana","plan":"12h"},' +
  '"completions":[],"problems":[],"skips":[],"lessons":[]}';

/** A log with every kind of row, and values that test the CSV quoting. */
async function filled(): Promise<string> {
  const home = await setUp({ start: '2026-11-23' });
  const store = logOf(home);
  const block = (n: number) => ({
    blockId: `go.w11.d1.4h.${n}`, track: 'go', week: 11, day: 1, plan: '4h' as const,
    label: `Block ${n}`, category: 'HLD', title: 'Pin down the "requirements", draw it', minutes: n === 2 ? null : { min: 60, max: 75 },
  });
  store.markDone(trackOf([block(1), block(2), block(3)]), [block(1), block(2)], isoDate('2026-11-23'), { note: 'line one\nline two, with "quotes"' });
  store.markDone(trackOf([block(1), block(2), block(3)]), [block(3)], isoDate('2026-11-24'), { minutes: 45 });
  store.addProblems([
    { date: isoDate('2026-11-23'), title: 'Two Sum, again', difficulty: 'easy', topics: ['arrays', 'a;b', 'back\\slash'], url: 'https://example.com/?a=1,2', minutes: 15, note: '=1+2' },
    { date: isoDate('2026-11-24') },
  ]);
  store.addSkip(isoDate('2026-11-25'));
  store.addLesson({ track: 'go', week: 11, text: 'close channels from the sender', date: isoDate('2026-11-24') });
  return home;
}

/** The export without its timestamp. */
function contents(data: ExportData): Omit<ExportData, 'exportedAt'> {
  const { format, version, settings, completions, problems, skips, lessons, drops, practice, revisits, timers } = data;
  return { format, version, settings, completions, problems, skips, lessons, drops, practice, revisits, timers };
}

async function exportOf(home: string): Promise<ExportData> {
  return exportLog(testContext({ home, now: NOW }).ctx, { out: path.join(tempDir(), 'x.json') });
}

/** The CSV header of exports written before timers added their columns: such files still import. */
const V1_HEADER = 'type,id,date,created_at,key,value,block_id,track,week,day,plan,label,category,title,planned_min,planned_max,minutes,difficulty,topics,url,note,text';

describe('coach export', () => {
  it('prints the whole log as JSON by default, stamped with the context\'s clock', async () => {
    const home = await filled();
    const t = testContext({ home, now: NOW });
    const data = await exportLog(t.ctx, {});
    expect(JSON.parse(t.out())).toEqual(data);
    expect(data).toMatchObject({ format: 'coach-export', version: 1, exportedAt: NOW.toISOString() });
    expect([data.completions.length, data.problems.length, data.skips.length, data.lessons.length]).toEqual([3, 2, 1, 1]);
    expect(data.settings).toMatchObject({ track: 'go', start: '2026-11-23' });
  });

  it('writes --out atomically, as CSV when the name ends in .csv', async () => {
    const home = await filled();
    const dir = tempDir();
    const t = testContext({ home, now: NOW, cwd: dir });
    await exportLog(t.ctx, { out: 'log.csv' });
    const text = fs.readFileSync(path.join(dir, 'log.csv'), 'utf8');
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(text.split('\r\n')[1]).toBe(`export,,,${NOW.toISOString()},coach-export,1${','.repeat(CSV_COLUMNS.length - 6)}`);
    expect(fs.readdirSync(dir)).toEqual(['log.csv']);
    expect(t.out()).toMatch(/^Exported 7 log rows and \d+ settings as CSV to .*log\.csv\n$/);
  });

  it('takes --out - to mean stdout, writing no file named "-"', async () => {
    const home = await filled();
    const dir = tempDir();
    const t = testContext({ home, now: NOW, cwd: dir });
    const data = await exportLog(t.ctx, { out: '-' });
    expect(JSON.parse(t.out())).toEqual(data);
    const csv = testContext({ home, now: NOW, cwd: dir });
    await exportLog(csv.ctx, { out: '-', format: 'csv' });
    expect(csv.out().split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('only reads the log: a file in rollback journal mode stays byte for byte as it was', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const file = path.join(home, 'coach.db');
    const db = rawDatabase(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = fs.readFileSync(file);
    const data = await exportLog(testContext({ home, now: NOW }).ctx, {});
    expect(data.settings).toMatchObject({ start: '2026-11-23' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(home).filter((f) => f.startsWith('coach.db'))).toEqual(['coach.db']);
  });

  // As root, file modes do not stop writes, so the export then runs as the user nobody.
  it('exports a log whose file and folder are read-only', (t) => {
    const run = unprivileged();
    if ('skip' in run) return t.skip(run.skip);
    const home = tempDir();
    expect(runCoach(['init', '--start', '2026-11-23', '--yes'], { home }).status).toBe(0);
    expect(runCoach(['dsa', 'log', '2', '--date', '2026-11-23'], { home }).status).toBe(0);
    const file = path.join(home, 'coach.db');
    const before = fs.readFileSync(file);
    fs.chmodSync(file, 0o444);
    fs.chmodSync(home, 0o555);
    onCleanup(() => fs.chmodSync(home, 0o755));
    const r = spawnSync(process.execPath, [BIN, 'export', '--out', '-'], { env: cleanEnv(home), encoding: 'utf8', cwd: ROOT, ...run.as });
    // The unprivileged user must be able to run this node binary and read the checkout.
    expect(r.error?.message ?? null).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as ExportData).problems).toHaveLength(2);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(home).filter((f) => f.startsWith('coach.db'))).toEqual(['coach.db']);
  });

  it('before coach init exports an empty log and creates nothing', async () => {
    const home = tempDir();
    const data = await exportLog(testContext({ home, now: NOW }).ctx, { format: 'csv' });
    expect(contents(data)).toEqual({ format: 'coach-export', version: 1, settings: {}, completions: [], problems: [], skips: [], lessons: [], drops: [], practice: [], revisits: [], timers: [] });
    expect(fs.readdirSync(home)).toEqual([]);
  });
});

describe('coach import', () => {
  it.each(['json', 'csv'] as const)('round-trips through %s into an empty data folder, and a second import adds nothing', async (format) => {
    const home = await filled();
    const file = path.join(tempDir(), `backup.${format}`);
    const original = await exportLog(testContext({ home, now: NOW }).ctx, { out: file, format });

    const fresh = tempDir();
    const t = testContext({ home: fresh, now: NOW });
    const first = await importLog(t.ctx, { file: file });
    expect(first.added).toEqual({ completions: 3, problems: 2, skips: 1, lessons: 1, drops: 0, practice: 0, revisits: 0, timers: 0 });
    expect(t.out()).toMatch(/^Imported 3 completions, 2 problems, 1 skip, 1 lesson, \d+ settings from .*\. Undo with coach undo\.\n$/);
    const copied = await exportOf(fresh);
    expect(contents(copied)).toEqual(contents(original));

    const again = testContext({ home: fresh, now: NOW });
    const second = await importLog(again.ctx, { file: file });
    expect(second).toEqual({ added: { completions: 0, problems: 0, skips: 0, lessons: 0, drops: 0, practice: 0, revisits: 0, timers: 0 }, settings: 0, skippedSettings: [], differing: [] });
    expect(again.out()).toContain('Nothing new in');
    expect(contents(await exportOf(fresh))).toEqual(contents(copied));
  });

  it.each([
    ['malformed JSON', '{"format": "coach-export", ', /is not valid JSON/],
    ['a foreign JSON file', '{"name": "my-package", "version": "1.0.0"}', /invalid export file: format must be "coach-export"/],
    ['a JSON export with a bad row', JSON.stringify({ format: 'coach-export', version: 1, exportedAt: NOW.toISOString(), settings: {}, completions: [], problems: [{ id: 'p', date: '2026-02-30' }], skips: [], lessons: [] }), /problems\[0\]\.date must be a date/],
    ['an export from a newer coach', JSON.stringify({ format: 'coach-export', version: 9 }), /made by a newer coach/],
    ['settings every command would crash on', BAD_SETTINGS, /^invalid export file: settings\.start must be a date \(YYYY-MM-DD\), got "yesterday"$/],
    ['an export time that is only a year', BAD_SETTINGS.replace('2026-11-25T09:00:00.000Z', '2026'), /^invalid export file: exportedAt must be an ISO timestamp \(YYYY-MM-DDTHH:MM:SS\.sssZ\), got "2026"$/],
    ['plain text', 'Date | Hours\n2026-11-23 | 4\n', /is not a coach export; import takes the JSON or CSV that coach export writes/],
    ['a CSV export with a bad week', `${V1_HEADER}\nexport,,,2026-11-25T09:00:00.000Z,coach-export,1${','.repeat(16)}\nlesson,l1,2026-11-24,2026-11-25T09:00:00.000Z,,,,go,eleven${','.repeat(12)},text\n`, /lessons\[0\]\.week must be a whole number/],
    ['a CSV export with a short line', `${V1_HEADER}\nexport,,,2026-11-25T09:00:00.000Z,coach-export,1\n`, /line 2 has 6 fields, expected 22/],
  ])('refuses %s and writes nothing', async (_what, text, message) => {
    const file = path.join(tempDir(), 'in.txt');
    fs.writeFileSync(file, text);
    const empty = tempDir();
    await expect(importLog(testContext({ home: empty, now: NOW }).ctx, { file: file })).rejects.toThrow(message);
    expect(fs.readdirSync(empty)).toEqual([]);

    const home = await filled();
    const before = contents(await exportOf(home));
    await expect(importLog(testContext({ home, now: NOW }).ctx, { file: file })).rejects.toThrow(UsageError);
    expect(contents(await exportOf(home))).toEqual(before);
  });

  it('lists the settings it kept because the log had its own, with the command that applies the file\'s', async () => {
    const backup = await setUp({ start: '2026-11-02', plan: '6h' });
    const file = path.join(tempDir(), 'backup.json');
    await exportLog(testContext({ home: backup, now: NOW }).ctx, { out: file });
    // A new machine: `coach done 1` before the import saved the defaults, starting today.
    const home = await setUp();
    const t = testContext({ home, now: NOW });
    const result = await importLog(t.ctx, { file: file });
    expect(result.skippedSettings).toEqual([
      { key: 'plan', current: '4h', imported: '6h' },
      { key: 'start', current: '2026-11-25', imported: '2026-11-02' },
    ]);
    expect(t.out()).toBe(
      `Nothing new in ${file}: the log already has every row.\n` +
        'Kept 2 settings of this log that the file has with other values:\n' +
        '  plan   4h here, 6h in the file\n' +
        '  start  2026-11-25 here, 2026-11-02 in the file\n' +
        'To use the file\'s settings instead: coach init --plan 6h --start 2026-11-02 --yes\n',
    );
    await init(testContext({ home, now: NOW }).ctx, { plan: '6h', start: '2026-11-02', yes: true });
    expect(settingsOf(logOf(home))).toEqual(settingsOf(logOf(backup)));
  });

  it('is undone without losing settings changed by coach init after it', async () => {
    const file = path.join(tempDir(), 'backup.json');
    await exportLog(testContext({ home: await filled(), now: NOW }).ctx, { out: file });
    const home = tempDir();
    await importLog(testContext({ home, now: NOW }).ctx, { file: file });
    await init(testContext({ home, now: NOW }).ctx, { start: '2026-11-16', plan: '6h', yes: true });
    const t = testContext({ home, now: NOW });
    await undo(t.ctx, {});
    expect(t.out()).toMatch(/^Undone: imported 3 completions, 2 problems, 1 skip, 1 lesson, \d+ settings\n$/);
    const log = logOf(home);
    expect(log.completions()).toEqual([]);
    expect(log.getSettings()).toMatchObject({ start: '2026-11-16', plan: '6h' });
  });

  it('says which file it cannot read', async () => {
    await expect(importLog(testContext({ now: NOW }).ctx, { file: '/no/such/file.json' })).rejects.toThrow(/cannot read \/no\/such\/file\.json/);
  });

  it('exits 0 from the binary for a good file and 2 for a bad one', () => {
    const a = tempDir();
    const b = tempDir();
    expect(runCoach(['init', '--start', '2026-11-23', '--yes'], { home: a }).status).toBe(0);
    expect(runCoach(['dsa', 'log', '2', '--date', '2026-11-23'], { home: a }).status).toBe(0);
    const file = path.join(tempDir(), 'backup.json');
    expect(runCoach(['export', '--out', file], { home: a }).status).toBe(0);
    const ok = runCoach(['import', file], { home: b });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^Imported 2 problems, \d+ settings from /);
    const csv = runCoach(['export', '--format', 'csv'], { home: b });
    expect(csv.stdout.split('\r\n').filter((l) => l.startsWith('problem,'))).toHaveLength(2);

    fs.writeFileSync(file, '[1, 2]');
    const bad = runCoach(['import', file], { home: b });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('coach: invalid export file: expected a JSON object, got an array\n');

    const fresh = tempDir();
    fs.writeFileSync(file, BAD_SETTINGS);
    const crashy = runCoach(['import', file], { home: fresh });
    expect(crashy.stderr).toBe('coach: invalid export file: settings.start must be a date (YYYY-MM-DD), got "yesterday"\n');
    expect(crashy.status).toBe(2);
    expect(fs.readdirSync(fresh)).toEqual([]);
  });
});

describe('the CSV codec', () => {
  it('parses quotes, doubled quotes, commas and line breaks inside fields, CRLF or LF', () => {
    expect(parseCsv('a,"b,c","d ""e""",\r\n"line\nbreak",x\ny')).toEqual([['a', 'b,c', 'd "e"', ''], ['line\nbreak', 'x'], ['y']]);
    expect(() => parseCsv('a,"open')).toThrow(/never closed/);
  });

  it('joins topics with ";" and splits them back, whatever they hold', () => {
    expect(joinTopics(['a;b', 'c\\d', 'e'])).toBe('a\\;b;c\\\\d;e');
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1 })), (topics) => {
      expect(splitTopics(joinTopics(topics))).toEqual(topics);
    }));
  });

  it('reads back every row as the JSON export has it', () => {
    const data: ExportData = {
      format: 'coach-export', version: 1, exportedAt: '2026-11-25T09:00:00.000Z', settings: { plan: '6h', content: '' },
      completions: [{ id: 'c', blockId: 'go.w11.d1.4h.1', date: isoDate('2026-11-23'), track: 'go', week: 11, day: 1, plan: '4h', label: 'Block 1', category: 'HLD', title: '', planned: null, minutes: 0, note: null, createdAt: '2026-11-23T10:00:00.000Z' }],
      problems: [{ id: 'p', date: isoDate('2026-11-23'), title: null, difficulty: null, topics: [], url: null, minutes: null, note: 'a\r\nb', rating: null, createdAt: '2026-11-23T10:00:00.000Z' }],
      skips: [], lessons: [], drops: [], practice: [], revisits: [],
      timers: [
        { id: 't', blockId: 'go.w11.d1.4h.2', date: isoDate('2026-11-23'), track: 'go', week: 11, day: 1, plan: '4h', label: 'Block 2', category: 'LLD', title: 'x', planned: { min: 60, max: 75 },
          startedAt: '2026-11-23T10:00:00.000Z', pausedAt: null, pausedMs: 120000, stoppedAt: '2026-11-23T11:00:00.000Z', minutes: 58, outcome: 'open', createdAt: '2026-11-23T10:00:00.000Z' },
        { id: 'r', blockId: 'go.w11.d1.4h.3', date: isoDate('2026-11-23'), track: 'go', week: 11, day: 1, plan: '4h', label: 'Block 3', category: 'DSA', title: 'y', planned: null,
          startedAt: '2026-11-23T12:00:00.000Z', pausedAt: '2026-11-23T12:10:00.000Z', pausedMs: 0, stoppedAt: null, minutes: null, outcome: null, createdAt: '2026-11-23T12:00:00.000Z' },
      ],
    };
    expect(parseExport(fromCsv(toCsv(data)))).toEqual(data);
  });
});

describe('coach export of a log from an older coach', () => {
  it('updates the schema as any command would, then exports everything', async () => {
    const { openDatabase } = await import('../../src/store/open.js');
    const { MIGRATIONS, latestVersion } = await import('../../src/store/migrations/index.js');
    const home = tempDir();
    const file = path.join(home, 'coach.db');
    // A schema-1 log with one setting, as an older coach left it.
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version === 1) });
    old.prepare("INSERT INTO settings (key, value) VALUES ('plan', '6h')").run();
    old.close();
    const t = testContext({ home, now: NOW });
    const data = await exportLog(t.ctx, {});
    expect(data.settings).toEqual({ plan: '6h' });
    const db = rawDatabase(file, { readonly: true });
    onCleanup(() => db.close());
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
  });
});
