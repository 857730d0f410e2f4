// Generated hostile imports, JSON and CSV, through `coach import`: control bytes, C1 and bidi
// characters, formula prefixes, huge and repeated ids, bad dates and times, wrong types. Whatever
// the file, import either takes it whole, so that its export reads back exactly, or refuses it with
// a typed error whose message has no control character, leaving the log as it was.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportLog } from '../../src/commands/export.js';
import { importLog } from '../../src/commands/import.js';
import { exitCodeOf } from '../../src/errors.js';
import { fromCsv, toCsv } from '../../src/store/export-csv.js';
import { parseExport, type ExportData } from '../../src/store/export.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { NOW, setUp } from './setup.js';

const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

const nasty = fc.constantFrom('=HYPERLINK("x")', '+1', '-1', '@a', '\tx', '\rx', "'x", '\u009b2J', '\u009d0;t\u0007', '\u202eevil', '\x1b]0;PWNED\x07', '\x7f', 'a\r\nb', '"', ',', ';\\');
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), nasty);
const nonEmpty = text.filter((t) => t !== '');
const goodDate = fc.date({ min: new Date('1970-01-02'), max: new Date('2999-12-30'), noInvalidDate: true });
const badDate = fc.constantFrom('9999-12-25', '0000-01-01', '2026-02-30', '2026-13-01', '26-11-24', 'today');
const badTime = fc.constantFrom('2026-11-24T24:00:00Z', '2026-11-24T10:00:00', '9999-01-01T00:00:00Z', '2026', '2026-11-24T10:60:00Z');
const count = fc.nat(500);
const badCount = fc.constantFrom(-1, 1.5, 2 ** 60);
const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.array(fc.nat(), { maxLength: 2 }), fc.object({ maxDepth: 1 }), text);

/** A file's arbitrary: every value well formed (the text hostile all the same), or some not (`bad`). */
function exportOf(bad: boolean) {
  const or = <T, U>(good: fc.Arbitrary<T>, evil: fc.Arbitrary<U>) => (bad ? fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: evil }) : good);
  const date = or(goodDate.map((d) => d.toISOString().slice(0, 10)), badDate);
  const timestamp = or(goodDate.map((d) => d.toISOString()), badTime);
  const num = or(count, badCount);
  // Few ids, so that some repeat; now and then a huge or hostile one.
  const id = or(fc.uuid(), fc.oneof(fc.constantFrom('a', 'b'), nonEmpty, fc.constant('x'.repeat(20_000))));
  const list = <T extends { id: string }>(row: fc.Arbitrary<T>) => (bad ? fc.array(row, { maxLength: 3 }) : fc.uniqueArray(row, { maxLength: 3, selector: (r) => r.id }));
  const completion = fc.record({
    id, blockId: nonEmpty, date, track: text, week: num, day: num, plan: fc.constantFrom('4h', '6h'), label: text, category: text, title: text,
    planned: fc.option(fc.tuple(fc.nat(200), fc.nat(200)).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })), { nil: null }),
    minutes: fc.option(num, { nil: null }), note: fc.option(text, { nil: null }), createdAt: timestamp,
  });
  const problem = fc.record({
    id, date, title: fc.option(text, { nil: null }), difficulty: fc.option(fc.constantFrom('easy', 'medium', 'hard'), { nil: null }),
    topics: fc.array(nonEmpty, { maxLength: 3 }), url: fc.option(text, { nil: null }), minutes: fc.option(num, { nil: null }),
    note: fc.option(text, { nil: null }), createdAt: timestamp,
  });
  const settings = fc.record({
    track: or(fc.constant('go'), nonEmpty), plan: or(fc.constantFrom('4h', '6h'), fc.constant('12h')), start: date, week: or(fc.constantFrom('1', '11'), fc.constantFrom('0', 'x')),
    pace: fc.constantFrom('calendar', 'progress'), content: or(fc.constantFrom('', '/weeks'), fc.constantFrom('weeks', '/nonexist\x1b[2J')), rollover: or(fc.constant('4'), fc.constant('24')),
  }, { requiredKeys: [] });
  return fc.record({
    format: fc.constant('coach-export'), version: fc.constant(1), exportedAt: timestamp, settings,
    completions: list(completion), problems: list(problem),
    skips: list(fc.record({ id, date, createdAt: timestamp })), lessons: list(fc.record({ id, track: text, week: num, text, date, createdAt: timestamp })),
  });
}

/** The file, now and then with one value replaced by something of the wrong type. */
// Weighted so that about a third of the files are well formed and left unchanged: the accepting
// side is reached several times in every run, whatever the seed.
const hostile = fc.tuple(
  fc.oneof({ weight: 2, arbitrary: exportOf(false) }, { weight: 1, arbitrary: exportOf(true) }),
  fc.option(fc.tuple(fc.nat(), fc.nat(), wrong), { freq: 2 }),
  fc.constantFrom('json', 'csv') as fc.Arbitrary<'json' | 'csv'>,
)
  .map(([data, change, format]) => {
    const file = structuredClone(data) as unknown as Record<string, unknown>;
    if (change) {
      const [which, field, value] = change;
      const lists = ['completions', 'problems', 'skips', 'lessons'].filter((t) => (file[t] as unknown[]).length > 0);
      const table = lists[which % Math.max(lists.length, 1)];
      const row = table ? (file[table] as Record<string, unknown>[])[0] : file;
      const keys = Object.keys(row ?? {});
      if (row) row[keys[field % keys.length] ?? 'id'] = value;
    }
    return { file, format };
  });

/** The file written, and what it holds as the import reads it. */
function write(data: unknown, format: 'json' | 'csv'): { file: string; read: () => unknown } {
  const file = path.join(tempDir(), `in.${format}`);
  let body: string;
  try {
    body = format === 'csv' ? toCsv(data as ExportData) : JSON.stringify(data);
  } catch {
    // A row of the wrong shape may not even make a CSV: it goes in as JSON.
    body = JSON.stringify(data);
  }
  fs.writeFileSync(file, body);
  return { file, read: () => (body.startsWith('{') ? JSON.parse(body) : fromCsv(body)) };
}

type Contents = Omit<ExportData, 'exportedAt'>;

async function contentsOf(home: string, format: 'json' | 'csv' = 'json'): Promise<{ data: Contents; file: string }> {
  const file = path.join(tempDir(), `out.${format}`);
  const { format: f, version, settings, completions, problems, skips, lessons, drops, practice, revisits, timers } = await exportLog(testContext({ home, now: NOW }).ctx, { out: file, format });
  return { data: { format: f, version, settings, completions, problems, skips, lessons, drops, practice, revisits, timers }, file };
}

/** The rows by id: the log lists them by date and creation time, the file as it likes. */
function byId(d: Contents): Contents {
  const sort = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...d, completions: sort(d.completions), problems: sort(d.problems), skips: sort(d.skips), lessons: sort(d.lessons) };
}

/** The CSV reads an empty cell as no value, so '' in a nullable text comes back as null. */
function viaCsv(d: Contents): Contents {
  const orNull = (v: string | null): string | null => (v === '' ? null : v);
  return {
    ...d,
    completions: d.completions.map((c) => ({ ...c, note: orNull(c.note) })),
    problems: d.problems.map((p) => ({ ...p, title: orNull(p.title), url: orNull(p.url), note: orNull(p.note) })),
  };
}

describe('hostile imports', () => {
  let home = '';
  let before: Contents;
  beforeAll(async () => {
    home = await setUp({ start: '2026-11-23' });
    before = (await contentsOf(home)).data;
  });

  it('are taken whole and read back exactly, or refused cleanly with the log untouched', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(fc.asyncProperty(hostile, async ({ file: data, format }) => {
      const { file, read: contentsOfFile } = write(data, format);
      const fresh = tempDir();
      const result = await importLog(testContext({ home: fresh, now: NOW }).ctx, { file }).then(() => null, (e: unknown) => e);
      if (result !== null) {
        refused++;
        expect(exitCodeOf(result), String((result as Error).stack)).not.toBeNull();
        expect((result as Error).message).not.toMatch(CONTROL);
        expect(fs.readdirSync(fresh)).toEqual([]);
        await expect(importLog(testContext({ home, now: NOW }).ctx, { file })).rejects.toThrow((result as Error).message);
        expect((await contentsOf(home)).data).toEqual(before);
        return;
      }
      accepted++;
      const { format: f, version, settings, completions, problems, skips, lessons, drops, practice, revisits, timers } = parseExport(contentsOfFile());
      const expected: Contents = { format: f, version, settings, completions, problems, skips, lessons, drops, practice, revisits, timers };
      for (const out of ['json', 'csv'] as const) {
        const exported = await contentsOf(fresh, out);
        const again = tempDir();
        await importLog(testContext({ home: again, now: NOW }).ctx, { file: exported.file });
        const read = (await contentsOf(again)).data;
        // Rows the log matched to one already there (the same block, the same rest day) are not added twice.
        const exp = out === 'csv' ? viaCsv(expected) : expected;
        expect(exp.completions).toEqual(expect.arrayContaining(read.completions));
        expect(exp.skips).toEqual(expect.arrayContaining(read.skips));
        expect(byId(read)).toEqual(byId({ ...exp, completions: read.completions, skips: read.skips }));
        expect(byId(read)).toEqual(byId(out === 'csv' ? viaCsv(exported.data) : exported.data));
      }
    }), { numRuns: 40 });
    // The generator must reach both sides, or the property says little.
    expect(accepted).toBeGreaterThan(3);
    expect(refused).toBeGreaterThan(3);
  }, 60_000);
});
