// A CSV import checked row by row as it is read, its rows kept aside until the merge: a bad or
// repeated row late in a large file is refused at its line with nothing written, the first error is
// the one the whole-file check gives, and the import is logged and undone as before.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportLog } from '../../src/commands/export.js';
import { importLog } from '../../src/commands/import.js';
import { undo } from '../../src/commands/undo.js';
import Database from 'better-sqlite3';
import { exitCodeOf, IoError, UsageError } from '../../src/errors.js';
import { CsvImport, scratchError } from '../../src/store/csv-import.js';
import { problems } from '../../src/log/entities.js';
import { CsvExportReader } from '../../src/store/csv-stream.js';
import { fromCsv, parseCsv, toCsv } from '../../src/store/export-csv.js';
import { parseExport, type ExportData } from '../../src/store/export.js';
import { INSERT_BATCH } from '../../src/store/tables.js';
import { makeExport } from '../../scripts/scale-fixtures.mjs';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { isoDate } from '../helpers/dates.js';
import { logOf, NOW, setUp } from './setup.js';

function written(text: string): string {
  const file = path.join(tempDir(), 'log.csv');
  fs.writeFileSync(file, text);
  return file;
}

/** The line (the header is line 1) of each record whose type and id are these. */
function linesOf(text: string, type: string, id: string): number[] {
  return parseCsv(text).flatMap((cells, i) => (cells[0] === type && cells[1] === id ? [i + 1] : []));
}

/** Imports `file` into `home` and returns the error, checking that the log's file did not change. */
async function refusal(file: string, home: string): Promise<UsageError> {
  const db = path.join(home, 'coach.db');
  const before = fs.readFileSync(db);
  const err = await importLog(testContext({ home, now: NOW }).ctx, { file }).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(UsageError);
  expect(fs.readFileSync(db).equals(before)).toBe(true);
  return err as UsageError;
}

const large = (): ExportData => parseExport(makeExport({ problems: 20_000, completions: 2_000, end: '2026-11-24' }));

describe('a large CSV checked as it is read', () => {
  it('refuses an id repeated late in the file at its line, naming the row and line it repeats, and writes nothing', async () => {
    const data = large();
    const first = data.problems[3];
    const last = data.problems[data.problems.length - 1];
    if (!first || !last) throw new Error('no problems');
    last.id = first.id;
    const text = toCsv(data);
    const [a, b] = linesOf(text, 'problem', first.id);
    expect(b).toBe(parseCsv(text).length); // the last line of the file
    const file = written(text);
    const err = await refusal(file, await setUp());
    expect(err.message).toBe(
      `invalid export file: line ${b}: problems[${data.problems.length - 1}].id "${first.id}" is also the id of problems[3] (line ${a}); each row needs its own id`,
    );
    // Not even a database where there was none.
    const empty = tempDir();
    await expect(importLog(testContext({ home: empty, now: NOW }).ctx, { file })).rejects.toThrow(UsageError);
    expect(fs.readdirSync(empty)).toEqual([]);
  }, 60_000);

  it('names the line of a bad row at the end of the file, and writes nothing', async () => {
    const data = large();
    data.skips = [{ id: 'skip-1', date: isoDate('2026-11-20'), createdAt: '2026-11-20T09:00:00.000Z' }];
    const text = toCsv(data).replace('skip,skip-1,2026-11-20,', 'skip,skip-1,2026-02-30,');
    const [line] = linesOf(text, 'skip', 'skip-1');
    const err = await refusal(written(text), await setUp());
    expect(err.message).toBe(`invalid export file: line ${line}: skips[0].date must be a date (YYYY-MM-DD), got "2026-02-30"`);
  }, 60_000);

  it('takes the same id in two tables, as the JSON import does', async () => {
    const data = parseExport(makeExport({ problems: 3, completions: 0, days: 10, end: '2026-11-24' }));
    const id = data.problems[0]?.id ?? '';
    data.skips = [{ id, date: isoDate('2026-11-20'), createdAt: '2026-11-20T09:00:00.000Z' }];
    const home = tempDir();
    const result = await importLog(testContext({ home, now: NOW }).ctx, { file: written(toCsv(data)) });
    expect(result.added).toMatchObject({ problems: 3, skips: 1 });
  });
});

/** A cell written as `coach export` quotes it (the cells here need no defusing). */
const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The message without the lines a streamed CSV import adds to a row's. */
const withoutLines = (message: string): string => message.replace(/^(invalid export file: )line \d+: /, '$1').replace(/ \(line \d+\)/, '');

describe('the first error of a CSV', () => {
  const base = parseExport({
    ...makeExport({ problems: 4, completions: 3, days: 10, end: '2026-11-24' }),
    skips: [{ id: 's1', date: '2026-11-20', createdAt: '2026-11-20T09:00:00.000Z' }],
    lessons: [{ id: 'l1', track: 'go', week: 1, text: 'a lesson', date: '2026-11-21', createdAt: '2026-11-21T09:00:00.000Z' }],
  });
  const records = parseCsv(toCsv(base));
  const header = records.slice(0, 2); // the header and the export row
  const rows = records.slice(2);
  const ids = rows.map((r) => r[1] ?? '');
  const bad = fc.constantFrom('', 'x', '-1', '1.5', '2026-02-30', '2026-11-24T24:00:00Z', 'brutal', '4h', ...ids);

  it('is the one the whole-file check gives, wherever the bad rows are; a row\'s message also names its line', async () => {
    const edits = fc.array(fc.tuple(fc.nat(), fc.nat(), bad), { maxLength: 4 });
    // Now and then a cell of the export row (format, version, time, settings): an error of the file
    // as a whole, which names no line, so every run reaches that side too.
    const headEdit = fc.option(fc.tuple(fc.nat(), bad), { freq: 3 });
    const outcomes = { taken: 0, refused: 0, atLine: 0 };
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(rows, { minLength: rows.length }), edits, headEdit, async (shuffled, changes, head) => {
        const top = header.map((r) => [...r]);
        const exportRow = top[1];
        if (head && exportRow) exportRow[1 + (head[0] % (exportRow.length - 1))] = head[1];
        const body = shuffled.map((r) => [...r]);
        for (const [row, column, value] of changes) {
          const cells = body[row % body.length];
          // Column 0 is the type; changing it is the reader's business, tested with the reader.
          if (cells) cells[1 + (column % (cells.length - 1))] = value;
        }
        const text = [...top, ...body].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
        let expected: string | null = null;
        try {
          parseExport(fromCsv(text));
        } catch (err) {
          expected = (err as Error).message;
        }
        const got = await importLog(testContext({ home: tempDir(), now: NOW }).ctx, { file: written(text) }).then(
          () => null,
          (err: unknown) => (err as Error).message,
        );
        expect(got === null ? null : withoutLines(got)).toBe(expected);
        if (got === null) outcomes.taken++;
        else if (got === expected) outcomes.refused++;
        else {
          expect(got).toMatch(/^invalid export file: line \d+: /);
          outcomes.atLine++;
        }
      }),
      { numRuns: 60 },
    );
    // The generator must reach every side, or the property says little.
    expect(Object.values(outcomes).every((n) => n > 0), JSON.stringify(outcomes)).toBe(true);
  }, 60_000);
});

describe('a streamed CSV import in the log', () => {
  it('is undone whole, and an import that adds nothing logs no action', async () => {
    const data = parseExport(makeExport({ problems: 300, completions: 40, end: '2026-11-24' }));
    const file = written(toCsv(data));
    const home = tempDir();
    await importLog(testContext({ home, now: NOW }).ctx, { file });
    await importLog(testContext({ home, now: NOW }).ctx, { file });
    const history = logOf(home).history();
    expect(history.map((a) => [a.kind, a.summary])).toEqual([['import', 'imported 40 completions, 300 problems, 5 settings']]);
    const t = testContext({ home, now: NOW });
    await undo(t.ctx, {});
    expect(t.out()).toBe('Undone: imported 40 completions, 300 problems, 5 settings\n');
    const log = logOf(home);
    expect(log.completions()).toEqual([]);
    expect(log.problems()).toEqual([]);
  });

  it('leaves the log a JSON import of the same rows leaves, when the file lists the tables in any order', async () => {
    const data = parseExport(makeExport({ problems: 200, completions: 30, end: '2026-11-24' }));
    const [head, meta, ...rows] = toCsv(data).split('\r\n').filter((l) => l !== '');
    const reordered = [head, meta, ...rows.reverse()].join('\r\n') + '\r\n';
    const json = path.join(tempDir(), 'log.json');
    fs.writeFileSync(json, JSON.stringify(data));
    const fromJson = tempDir();
    const fromCsvFile = tempDir();
    await importLog(testContext({ home: fromJson, now: NOW }).ctx, { file: json });
    await importLog(testContext({ home: fromCsvFile, now: NOW }).ctx, { file: written(reordered) });
    const contents = ({ exportedAt: _at, ...rest }: ExportData): Omit<ExportData, 'exportedAt'> => rest;
    const out = async (home: string) => contents(await exportLog(testContext({ home, now: NOW }).ctx, { out: path.join(tempDir(), 'x.json') }));
    expect(await out(fromCsvFile)).toEqual(await out(fromJson));
  });
});

describe('the CSV reader', () => {
  it('hands each row on as its record closes, keeping none', () => {
    const text = toCsv(parseExport(makeExport({ problems: 3, completions: 0, days: 10, end: '2026-11-24' })));
    const seen: [string, number][] = [];
    const reader = new CsvExportReader((entity, item, line) => seen.push([`${entity.table} ${String(item.id)}`, line]));
    const lines = text.split('\r\n');
    reader.records.push(lines.slice(0, -2).join('\r\n') + '\r\n'); // all but the last problem
    expect(seen).toHaveLength(2);
    reader.records.push(lines.slice(-2).join('\r\n'));
    expect(seen.map(([, line]) => line)).toEqual([lines.length - 3, lines.length - 2, lines.length - 1]);
    expect(reader.result()).not.toHaveProperty('problems');
  });
});

describe('the scratch file', () => {
  it('turns SQLite\'s failure to keep rows aside (a full temporary folder) into an I/O error that says what to do', () => {
    const err = scratchError(new Database.SqliteError('database or disk is full', 'SQLITE_FULL'));
    expect(err).toBeInstanceOf(IoError);
    expect(exitCodeOf(err)).not.toBeNull();
    expect((err as Error).message).toBe(
      'cannot keep the rows being imported in a temporary file (database or disk is full); free some space in the temporary folder ($TMPDIR, /var/tmp or /tmp), ' +
        'or set TMPDIR to a folder with room, and import again; nothing was imported',
    );
    const other = new Error('a bug');
    expect(scratchError(other)).toBe(other);
  });
});

describe('the rows kept aside', () => {
  it('read back in file order, and can be closed after a merge that stopped early', () => {
    // Whole statements' worth of rows and a rest.
    const data = parseExport(makeExport({ problems: 2 * INSERT_BATCH + 3, completions: 0, days: 10, end: '2026-11-24' }));
    expect(data.problems).toHaveLength(2 * INSERT_BATCH + 3);
    const csv = new CsvImport();
    csv.push(toCsv(data));
    const source = csv.finish();
    expect([...source.rows(problems)]).toEqual(data.problems);
    for (const row of source.rows(problems)) {
      expect(row.id).toBe(data.problems[0]?.id);
      break;
    }
    expect(() => csv.close()).not.toThrow();
  });
});

describe('a large CSV import and the kept problem totals', () => {
  it('leaves the totals equal to the rows after the import and after its undo', async () => {
    const home = await setUp();
    const data = parseExport(makeExport({ problems: 5_000, completions: 100, end: '2026-11-24' }));
    await importLog(testContext({ home, now: NOW }).ctx, { file: written(toCsv(data)) });
    const counted = () => {
      const store = logOf(home);
      const log = store.problemLog();
      return { count: log.count({}), dates: log.dates().length, easy: log.tally({}).byDifficulty.easy, rows: store.problems() };
    };
    const after = counted();
    expect(after.count).toBe(5_000);
    expect(after.dates).toBe(new Set(after.rows.map((p) => p.date)).size);
    expect(after.easy).toBe(after.rows.filter((p) => p.difficulty === 'easy').length);
    await undo(testContext({ home, now: NOW }).ctx, {});
    const undone = counted();
    expect([undone.count, undone.dates, undone.easy, undone.rows.length]).toEqual([0, 0, 0, 0]);
  });
});

