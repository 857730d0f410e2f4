// Files written by an older coach still read: a CSV header is taken by column name, so a file without
// the columns added since (or with its columns reordered) imports, and a JSON row without a field
// added later reads it as null. Anything else in a header is refused, naming what is wrong.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvHeader } from '../../src/log/csv-layout.js';
import { LOG_ENTITIES, problems } from '../../src/log/entities.js';
import { later, nullable, text } from '../../src/log/fields.js';
import { fromCsv, isCsvExport } from '../../src/store/export-csv.js';
import { checkRow } from '../../src/store/export.js';

const COLUMNS: readonly string[] = CSV_COLUMNS;
const FIRST_VERSION = 'type,id,date,created_at,key,value,block_id,track,week,day,plan,label,category,title,planned_min,planned_max,minutes,difficulty,topics,url,note,text';

describe('a CSV header', () => {
  it('of the first export version is still read, whatever columns were added since', () => {
    const header = csvHeader(FIRST_VERSION.split(','));
    expect('index' in header).toBe(true);
    expect(isCsvExport(`${FIRST_VERSION}\r\n`)).toBe(true);
  });

  it('keeps every column of the first version', () => {
    for (const column of FIRST_VERSION.split(',')) expect(CSV_COLUMNS).toContain(column);
  });

  it.each([
    ['an unknown column', [...CSV_COLUMNS, 'colour'], /unknown column "colour"/],
    ['a column twice', [...CSV_COLUMNS, 'note'], /column "note" twice/],
    ['type not first', [...CSV_COLUMNS.slice(1), 'type'], /first column must be "type"/],
    ['a required column missing', COLUMNS.filter((c) => c !== 'difficulty'), /lacks the column difficulty/],
    ['two required columns missing', COLUMNS.filter((c) => c !== 'week' && c !== 'day'), /lacks the columns week, day/],
  ])('with %s is refused, saying why', (_what, cells, why) => {
    const header = csvHeader(cells);
    expect('why' in header && header.why).toMatch(why);
    expect(isCsvExport(`${cells.join(',')}\n`)).toBe(false);
  });

  it('is read by column name, so a file with its columns in another order gives the same rows', () => {
    const order = [...CSV_COLUMNS];
    const row: Record<string, string> = { type: 'problem', id: 'p1', date: '2026-11-20', created_at: '2026-11-20T10:00:00.000Z', title: 'Two Sum', difficulty: 'easy', topics: 'arrays;hashing' };
    const exportRow: Record<string, string> = { type: 'export', key: 'coach-export', value: '1', created_at: '2026-11-20T11:00:00.000Z' };
    const file = (columns: readonly string[]): string =>
      [columns.join(','), ...[exportRow, row].map((r) => columns.map((c) => r[c] ?? '').join(','))].join('\r\n') + '\r\n';
    const shuffled = ['type', ...order.slice(1).reverse()];
    const a = fromCsv(file(order)) as Record<string, unknown[]>;
    const b = fromCsv(file(shuffled)) as Record<string, unknown[]>;
    expect(b).toEqual(a);
    expect(a[problems.table]).toEqual([expect.objectContaining({ id: 'p1', title: 'Two Sum', difficulty: 'easy', topics: ['arrays', 'hashing'] })]);
    // A row with fewer cells than its header is refused at its line, counted against that header.
    expect(() => fromCsv(`${shuffled.join(',')}\r\nexport,1\r\n`)).toThrow(`line 2 has 2 fields, expected ${shuffled.length}`);
  });
});

describe('a field added later', () => {
  const withLater = { ...problems, fields: { ...problems.fields, mood: later(nullable(text('mood'))) } };
  const item = { id: 'p1', date: '2026-11-20', title: null, difficulty: null, topics: [], url: null, minutes: null, note: null, createdAt: '2026-11-20T10:00:00.000Z' };

  it('reads as null from a row that lacks it, and is checked when present', () => {
    const entity = withLater as unknown as (typeof LOG_ENTITIES)[number];
    expect(checkRow(entity, item, 'problems[0]', '')).toMatchObject({ id: 'p1', mood: null });
    expect(checkRow(entity, { ...item, mood: 'calm' }, 'problems[0]', '')).toMatchObject({ mood: 'calm' });
    expect(() => checkRow(entity, { ...item, mood: 7 }, 'problems[0]', '')).toThrow(/mood/);
  });

  it('is refused at declaration unless it may be null', () => {
    expect(() => later(text('mood') as never)).toThrow(/must be nullable/);
  });

  it('leaves a field of the first version required', () => {
    const noTitle: Record<string, unknown> = { ...item };
    delete noTitle.title;
    expect(() => checkRow(problems, noTitle, 'problems[0]', '')).toThrow(/title/);
  });
});
