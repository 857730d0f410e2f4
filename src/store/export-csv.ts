// The export as one CSV file for spreadsheets, and back: every row has a `type`, the columns are
// the union of all row kinds. Reading back builds the same object as the JSON export, so import
// validates both formats with the same checks.
import { UsageError } from '../errors.js';
import { CSV_COLUMNS, type CsvColumn } from '../log/csv-layout.js';
import { LOG_ENTITIES, type Entity, type EntityType } from '../log/entities.js';
import { EXPORT_FORMAT, rowsOf, type ExportData } from '../log/export-format.js';
import { wholeOrText, type Cell } from '../log/fields.js';
import { describe } from '../log/kinds.js';

export { CSV_COLUMNS } from '../log/csv-layout.js';
export { joinList as joinTopics, splitList as splitTopics } from '../log/fields.js';

type Cells = Partial<Record<CsvColumn, Cell>>;

const PREFIX = 'invalid CSV export: ';

/**
 * A spreadsheet runs a cell starting with one of these as a formula (OWASP's list), so such a cell
 * is written after a `'`, which spreadsheets show as text; a cell that starts with `'` itself gets
 * one more, so that reading removes exactly one and every value comes back as it was.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

export function defuseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function restoreCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
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

/** The JSON object a CSV row of `entity` stands for, unchecked. */
function objectOf(entity: Entity, get: (column: string) => string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entity.fields).map(([key, field]) => [key, field.fromCsv(field.columns.map((c) => get(c.name)))]),
  );
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
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new UsageError(`${PREFIX}a quoted field is never closed`);
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** Whether `text` starts with the header `coach export --format csv` writes (lines end in CRLF, LF or CR). */
export function isCsvExport(text: string): boolean {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0] === CSV_COLUMNS.join(',');
}

const COLUMN_INDEX: ReadonlyMap<string, number> = new Map(CSV_COLUMNS.map((c, i) => [c, i]));

/**
 * The export object a CSV file stands for, unchecked: pass it to `parseExport`. An empty cell in
 * a column that may be null reads back as null. A setting given twice is refused at its line,
 * since a spreadsheet edit that repeats one would otherwise pick a value silently.
 */
export function fromCsv(text: string): unknown {
  const [header, ...records] = parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ''));
  if (!header || header.join(',') !== CSV_COLUMNS.join(',')) {
    throw new UsageError(`${PREFIX}the first line must be the header ${CSV_COLUMNS.join(',')}`);
  }
  const settings = new Map<string, string>();
  const lists = Object.fromEntries(LOG_ENTITIES.map((e) => [e.table, [] as unknown[]]));
  let meta: Record<string, unknown> | null = null;
  for (const [n, cells] of records.entries()) {
    const line = n + 2;
    if (cells.length !== CSV_COLUMNS.length) throw new UsageError(`${PREFIX}line ${line} has ${cells.length} fields, expected ${CSV_COLUMNS.length}`);
    const get = (c: string): string => restoreCell(cells[COLUMN_INDEX.get(c) ?? -1] ?? '');
    const type = get('type');
    const entity = LOG_ENTITIES.find((e) => e.csvType === type);
    if (type === 'export') {
      if (meta) throw new UsageError(`${PREFIX}line ${line} is a second "export" row; a file has one`);
      meta = { format: get('key'), version: wholeOrText(get('value')), exportedAt: get('created_at') };
    } else if (type === 'setting') {
      const key = get('key');
      if (settings.has(key)) throw new UsageError(`${PREFIX}line ${line} sets ${describe(key)} again; a file sets each setting once`);
      settings.set(key, get('value'));
    } else if (entity) lists[entity.table]?.push(objectOf(entity, get));
    else throw new UsageError(`${PREFIX}line ${line} has unknown type ${describe(type)}`);
  }
  if (!meta) throw new UsageError(`${PREFIX}no "export" row naming the format (${EXPORT_FORMAT})`);
  // fromEntries, not assignment, so a key such as "__proto__" reaches the checks as a key.
  return { ...meta, settings: Object.fromEntries(settings), ...lists };
}
