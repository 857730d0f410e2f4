// What coach writes from hostile data: --json escapes C1, DEL and bidi controls, and the CSV export
// defuses cells a spreadsheet would run as formulas, reading them back exactly.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportLog } from '../../src/commands/export.js';
import { importLog } from '../../src/commands/import.js';
import { jsonText } from '../../src/render/output.js';
import { defuseCell, fromCsv, restoreCell, toCsv } from '../../src/store/export-csv.js';
import { parseExport, type ExportData } from '../../src/store/export.js';
import { runMain, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, NOW, setUp } from './setup.js';
import { isoDate } from '../helpers/dates.js';

const RAW = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const HOSTILE = 'a\u009b2Jb\u009d0;x\u0007c\u202ed\u007fe\u2066f';

describe('--json', () => {
  it('escapes C1, DEL and bidi controls, and reads back as the same text', () => {
    const text = jsonText({ title: HOSTILE });
    expect(text).toContain('\\u009b2Jb\\u009d0;x\\u0007c\\u202ed\\u007fe\\u2066f');
    expect(text).not.toMatch(/[\x7f-\x9f\u202e\u2066]/);
    expect((JSON.parse(text) as { title: string }).title).toBe(HOSTILE);
    fc.assert(fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
      for (const v of [value, s, { s }]) {
        const out = jsonText(v);
        // Indentation aside (newlines between values), nothing raw.
        expect(out.replace(/\n/g, '')).not.toMatch(RAW);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
      }
    }), { numRuns: 60 });
  });

  it('in dsa list and review, from titles and notes in the log', async () => {
    const home = await setUp({ start: '2026-11-23' });
    logOf(home).addProblems([{ date: isoDate('2026-11-24'), title: HOSTILE, topics: [HOSTILE], note: HOSTILE }]);
    for (const args of [['dsa', 'list', '--json'], ['review', '--json']]) {
      const r = await runMain(args, { home });
      expect(r.code).toBe(0);
      expect(r.stdout.replace(/\n/g, '')).not.toMatch(RAW);
      expect(r.stdout).toContain('\\u009b');
    }
  });

  it('import messages show the bad value escaped', async () => {
    const file = path.join(tempDir(), 'in.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'coach-export', version: 1, exportedAt: HOSTILE }));
    const r = await runMain(['import', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('coach: invalid export file: exportedAt must be an ISO timestamp (YYYY-MM-DDTHH:MM:SS.sssZ), got "a\\u009b2Jb\\u009d0;x\\u0007c\\u202ed\\u007fe\\u2066f"\n');
  });
});

describe('CSV formula injection', () => {
  const data = (title: string, note: string | null, topics: string[]): ExportData => ({
    format: 'coach-export', version: 1, exportedAt: '2026-11-25T09:00:00.000Z', settings: {},
    completions: [], skips: [], lessons: [], drops: [], practice: [], revisits: [], timers: [],
    problems: [{ id: 'p', date: isoDate('2026-11-24'), title, difficulty: null, topics, url: null, minutes: null, note, rating: null, createdAt: '2026-11-24T10:00:00.000Z' }],
  });

  it('writes a leading quote before =, +, -, @, tab and CR, and one more before a quote', () => {
    const csv = toCsv(data('=HYPERLINK("http://x","y")', '@SUM(1)', ['+1', '-2']));
    const row = csv.split('\r\n').find((l) => l.startsWith('problem,')) ?? '';
    expect(row).toContain(',"\'=HYPERLINK(""http://x"",""y"")",');
    expect(row).toContain(",'@SUM(1)");
    expect(row).toContain(",'+1;-2,");
    expect(['=', '+', '-', '@', '\t', '\r', "'", "''x", 'plain', ''].map(defuseCell)).toEqual(
      ["'=", "'+", "'-", "'@", "'\t", "'\r", "''", "'''x", 'plain', ''],
    );
  });

  it('reads every value back exactly, whatever it starts with', () => {
    const start = fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "''", '', 'a');
    const cell = fc.tuple(start, fc.string()).map(([a, b]) => a + b);
    // An empty cell is read as no value, so the nullable fields get non-empty text or null.
    const text = cell.filter((t) => t !== '');
    fc.assert(fc.property(cell, text, fc.option(text, { nil: null }), fc.array(text), (any, title, note, topics) => {
      expect(restoreCell(defuseCell(any))).toBe(any);
      const d = data(title, note, topics);
      expect(parseExport(fromCsv(toCsv(d)))).toEqual(d);
    }));
  });

  it('round-trips a defused log through coach export and import', async () => {
    const home = await setUp({ start: '2026-11-23' });
    logOf(home).addProblems([{ date: isoDate('2026-11-24'), title: '=1+2', topics: ['@x'], note: "'quoted" }]);
    const file = path.join(tempDir(), 'log.csv');
    const before = await exportLog(testContext({ home, now: NOW }).ctx, { out: file });
    expect(fs.readFileSync(file, 'utf8')).toContain(",'=1+2,");
    const fresh = tempDir();
    await importLog(testContext({ home: fresh, now: NOW }).ctx, { file });
    expect(logOf(fresh).problems()).toEqual(before.problems);
  });
});
