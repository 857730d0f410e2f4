// Import at scale: CSV read in pieces gives exactly what reading it whole gives, a streamed CSV
// import leaves the same log as the JSON import, and a refused 100,000-row file writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportLog } from '../../src/commands/export.js';
import { importLog } from '../../src/commands/import.js';
import { UsageError } from '../../src/errors.js';
import { CsvRecords } from '../../src/store/csv-stream.js';
import { parseCsv, toCsv } from '../../src/store/export-csv.js';
import { parseExport, type ExportData } from '../../src/store/export.js';
import { makeExport, writeExport } from '../../scripts/scale-fixtures.mjs';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { NOW, setUp } from './setup.js';

/** The records of `text` pushed in the pieces `cuts` makes, or the error message. */
function inPieces(text: string, cuts: number[]): string[][] | string {
  const records: string[][] = [];
  const reader = new CsvRecords((cells) => records.push(cells));
  try {
    let at = 0;
    for (const cut of [...cuts.map((c) => c % (text.length + 1))].sort((a, b) => a - b)) {
      reader.push(text.slice(at, Math.max(at, cut)));
      at = Math.max(at, cut);
    }
    reader.push(text.slice(at));
    reader.end();
    return records;
  } catch (err) {
    return (err as Error).message;
  }
}

function whole(text: string): string[][] | string {
  try {
    return parseCsv(text);
  } catch (err) {
    return (err as Error).message;
  }
}

const contents = ({ exportedAt: _at, ...rest }: ExportData): Omit<ExportData, 'exportedAt'> => rest;

async function exported(home: string): Promise<ExportData> {
  return exportLog(testContext({ home, now: NOW }).ctx, { out: path.join(tempDir(), 'x.json') });
}

describe('CSV read in pieces', () => {
  it('gives the records of the whole text, wherever the pieces end (inside "" and CRLF too)', () => {
    const csv = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r', '\n', '\uFEFF', 'é'), maxLength: 40 });
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        expect(inPieces(text, cuts)).toEqual(whole(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the cases the whole-text reader was written for', () => {
    const text = '\uFEFFa,"b,c","d ""e""",\r\n"line\nbreak",x\ry\r';
    const expected = [['a', 'b,c', 'd "e"', ''], ['line\nbreak', 'x'], ['y']];
    for (let cut = 0; cut <= text.length; cut++) expect(inPieces(text, [cut])).toEqual(expected);
  });
});

describe('import at scale', () => {
  it('a streamed CSV import of 10,000 problems (several read chunks) leaves the log the JSON import leaves', async () => {
    const file = writeExport(path.join(tempDir(), 'log.json'), { problems: 10_000, completions: 1_000, end: '2026-11-24' });
    const fromJson = await setUp();
    await importLog(testContext({ home: fromJson, now: NOW }).ctx, { file });
    const csv = path.join(tempDir(), 'log.csv');
    await exportLog(testContext({ home: fromJson, now: NOW }).ctx, { out: csv, format: 'csv' });
    expect(fs.statSync(csv).size).toBeGreaterThan(2 ** 20); // import reads 64 KiB at a time
    const fromCsv = await setUp();
    await importLog(testContext({ home: fromCsv, now: NOW }).ctx, { file: csv });
    expect(contents(await exported(fromCsv))).toEqual(contents(await exported(fromJson)));
  });

  it('a 100,000-row file with one bad row at its end, JSON or CSV, is refused and writes nothing', async () => {
    const data = makeExport({ problems: 100_000, completions: 12_000, end: '2026-11-24' });
    const last = data.problems[data.problems.length - 1];
    if (last) last.difficulty = 'brutal';
    const dir = tempDir();
    const json = path.join(dir, 'bad.json');
    fs.writeFileSync(json, JSON.stringify(data));
    const csv = path.join(dir, 'bad.csv');
    // Written from a copy with a valid difficulty, then the one cell changed in the text.
    const good = parseExport({ ...data, problems: data.problems.map((p) => (p === last ? { ...p, difficulty: 'hard' } : p)) });
    const text = toCsv(good);
    const at = text.lastIndexOf(',hard,');
    fs.writeFileSync(csv, `${text.slice(0, at)},brutal,${text.slice(at + 6)}`);
    const home = await setUp();
    const db = path.join(home, 'coach.db');
    const before = fs.readFileSync(db);
    for (const file of [json, csv]) {
      const r = importLog(testContext({ home, now: NOW }).ctx, { file });
      await expect(r).rejects.toThrow(UsageError);
      await expect(r).rejects.toThrow(/difficulty must be/);
      expect(fs.readFileSync(db).equals(before)).toBe(true);
    }
    const empty = tempDir();
    await expect(importLog(testContext({ home: empty, now: NOW }).ctx, { file: csv })).rejects.toThrow(UsageError);
    expect(fs.readdirSync(empty)).toEqual([]);
  }, 120_000);
});
