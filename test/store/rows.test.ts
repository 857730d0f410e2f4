// Rows read as JSON written by SQLite (`jsonRowsSql`, `fromJsonRows`) equal the same rows read
// column by column through each field's `fromSql` (`fromRow`), whatever the cells hold.
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOG_ENTITIES, type LogEntity } from '../../src/log/entities.js';
import type { Cell, Column, Field } from '../../src/log/fields.js';
import { rawDatabase } from '../helpers/raw-db.js';
import { fromJsonRows, fromRow, jsonRowsSql, type RowOf } from '../../src/store/rows.js';

/** Any cell a hand-edited or damaged log might hold in a column of this type. */
function cell(type: 'TEXT' | 'INTEGER', nullable: boolean): fc.Arbitrary<Cell> {
  const text = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.constantFrom('', '"', '\\', '\n\t\r', '\u0000', '\u001b[31m', 'é 日本 🎉', '["a";"b"]', '["arrays","graphs"]', '[1, "x", null]', 'not json', '2026-02-20'),
  );
  const integer = fc.oneof(fc.integer(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER));
  const value: fc.Arbitrary<Cell> = type === 'TEXT' ? fc.oneof(text, integer) : fc.oneof(integer, text);
  return nullable ? fc.option(value, { nil: null }) : value;
}

const columnsOf = (entity: LogEntity): readonly Column[] => Object.values(entity.fields as Record<string, Field<unknown>>).flatMap((f) => f.columns);

function tableOf(entity: LogEntity): Database.Database {
  const db = rawDatabase(':memory:');
  const columns = columnsOf(entity);
  db.exec(`CREATE TABLE ${entity.table} (${columns.map((c) => `${c.name} ${c.type}`).join(', ')})`);
  return db;
}

const rowsOf = (entity: LogEntity): fc.Arbitrary<Cell[][]> =>
  fc.array(fc.tuple(...columnsOf(entity).map((c) => cell(c.type, c.nullable))), { maxLength: 8 });

describe('rows read as JSON', () => {
  for (const entity of LOG_ENTITIES) {
    it(`give every ${entity.table} row as reading its columns does`, () => {
      fc.assert(
        fc.property(rowsOf(entity), (rows) => {
          const db = tableOf(entity);
          try {
            const columns = columnsOf(entity).map((c) => c.name);
            const insert = db.prepare(`INSERT INTO ${entity.table} VALUES (${columns.map(() => '?').join(', ')})`);
            for (const r of rows) insert.run(r);
            const expected = db.prepare<[], RowOf<LogEntity>>(`SELECT ${columns.join(', ')} FROM ${entity.table} ORDER BY rowid`).all().map((r) => fromRow(entity, r));
            const got = fromJsonRows(entity, db.prepare<[], string>(jsonRowsSql(entity, 'rowid', '')).pluck().all());
            expect(got).toEqual(expected);
            // Keys in the declaration's order, as `--json` prints them.
            for (const value of got) expect(Object.keys(value)).toEqual(Object.keys(entity.fields));
          } finally {
            db.close();
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('read a BLOB cell, which only a damaged row holds, as its bytes taken as text', () => {
    for (const entity of LOG_ENTITIES) {
      const db = tableOf(entity);
      try {
        const columns = columnsOf(entity).map((c) => c.name);
        const insert = db.prepare(`INSERT INTO ${entity.table} VALUES (${columns.map(() => '?').join(', ')})`);
        for (let i = 0; i < columns.length; i++) insert.run(columns.map((_, j) => (j === i ? Buffer.from([0x61, 0xff, 0x00, 0x62]) : j)));
        const rows = fromJsonRows(entity, db.prepare<[], string>(jsonRowsSql(entity, 'rowid', '')).pluck().all());
        expect(rows).toHaveLength(columns.length);
        const cells = rows.flatMap((r) => Object.values(r as Record<string, unknown>));
        expect(cells.filter((c) => typeof c === 'string' && c.includes('a\ufffd\u0000b')).length).toBeGreaterThan(0);
        expect(cells.some((c) => Buffer.isBuffer(c))).toBe(false);
      } finally {
        db.close();
      }
    }
  });

  it('keep the order asked for and only the rows the condition picks', () => {
    const entity = LOG_ENTITIES.find((e) => e.table === 'skips') as LogEntity;
    const db = tableOf(entity);
    const columns = columnsOf(entity).map((c) => c.name);
    const insert = db.prepare(`INSERT INTO ${entity.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    const dates = ['2026-03-02', '2026-03-01', '2026-03-04', '2026-03-03'];
    dates.forEach((date, i) => insert.run(columns.map((c) => (c === 'date' ? date : c === 'id' ? `s${i}` : c === 'created_at' ? '2026-03-01T00:00:00.000Z' : null))));
    const read = (where: string, ...params: string[]): unknown[] =>
      fromJsonRows(entity, db.prepare<string[], string>(jsonRowsSql(entity, 'date, created_at, rowid', where)).pluck().all(...params)).map((r) => (r as { date: string }).date);
    expect(read('')).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    expect(read(' WHERE date >= ?', '2026-03-03')).toEqual(['2026-03-03', '2026-03-04']);
    expect(read(' WHERE date > ?', '2026-04-01')).toEqual([]);
    db.close();
  });
});
