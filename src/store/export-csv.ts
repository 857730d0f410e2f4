// The export as one CSV file for spreadsheets, and back: every row has a `type`, the columns are
// the union of all row kinds. Reading back builds the same object as the JSON export, so import
// validates both formats with the same checks.
import { CSV_COLUMNS, csvHeaderIndex, type CsvColumn } from '../log/csv-layout.js';
import { LOG_ENTITIES, type Entity, type EntityType } from '../log/entities.js';
import { rowsOf, type ExportData } from '../log/export-format.js';
import type { Cell } from '../log/fields.js';
import { CsvExportReader, CsvRecords } from './csv-stream.js';

export { CSV_COLUMNS } from '../log/csv-layout.js';
export { restoreCell } from './csv-stream.js';
export { joinList as joinTopics, splitList as splitTopics } from '../log/fields.js';

type Cells = Partial<Record<CsvColumn, Cell>>;

/**
 * A spreadsheet runs a cell starting with one of these as a formula (OWASP's list), so such a cell
 * is written after a `'`, which spreadsheets show as text; a cell that starts with `'` itself gets
 * one more, so that reading removes exactly one (`restoreCell`) and every value comes back as it was.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

export function defuseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}


function quote(value: Cell | undefined): string {
  const text = defuseCell(value === null || value === undefined ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The cells of one row of `entity`, by column. */
function cellsOf<E extends Entity>(entity: E, value: EntityType<E>): Cells {
  const cells: Record<string, Cell> = {};
  for (const [key, field] of Object.entries(entity.fields)) {
    const values = field.toCsv((value as Record<string, unknown>)[key]);
    field.columns.forEach((c, i) => (cells[c.name] = values[i] ?? null));
  }
  return cells;
}

export function toCsv(data: ExportData): string {
  const rows: Cells[] = [
    // The first row names the format and its version, as the JSON's `format` and `version` do.
    { type: 'export', key: data.format, value: data.version, created_at: data.exportedAt },
    ...Object.entries(data.settings).map(([key, value]): Cells => ({ type: 'setting', key, value })),
    ...LOG_ENTITIES.flatMap((e) => rowsOf(data, e).map((value): Cells => ({ type: e.csvType, ...cellsOf(e, value) }))),
  ];
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => quote(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  const reader = new CsvRecords((cells) => records.push(cells));
  reader.push(text);
  reader.end();
  return records;
}

/** Whether `text` starts with a header `coach export --format csv` writes, of this or an earlier version (see `csvHeaderIndex`). */
export function isCsvExport(text: string): boolean {
  return csvHeaderIndex((text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] ?? '').split(',')) !== null;
}

/**
 * The export object a CSV file stands for, unchecked: pass it to `parseExport`. `coach import`
 * streams the file through the same reader instead, keeping no list of rows (csv-import.ts).
 */
export function fromCsv(text: string): unknown {
  const lists = Object.fromEntries(LOG_ENTITIES.map((e) => [e.table, [] as unknown[]]));
  const reader = new CsvExportReader((entity, item) => lists[entity.table]?.push(item));
  reader.records.push(text);
  return { ...reader.result(), ...lists };
}
