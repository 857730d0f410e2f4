// The columns of the CSV export and the help text that describes them, both derived from the entity
// declarations. Light on purpose: `coach export --help` loads it.
import { columnNames, LOG_ENTITIES, type ColumnOf, type Entity, type LogEntity } from './entities.js';
import { EXPORT_FORMAT } from './export-format.js';
import type { Field } from './fields.js';

export type CsvColumn = 'type' | 'key' | 'value' | ColumnOf<LogEntity>;

/** Columns every log entity has (id, date, created_at), in the first entity's order. */
const SHARED = columnNames(LOG_ENTITIES[0]).filter((c) => LOG_ENTITIES.every((e) => columnNames(e).includes(c)));

const FIELDS: readonly Field<unknown>[] = LOG_ENTITIES.flatMap((e: Entity) => Object.values(e.fields));

const isProse = (column: string): boolean => FIELDS.some((f) => f.prose && f.columns.some((c) => c.name === column));

/**
 * The union of all row kinds' columns: `type`; the columns every entity has; `key` and `value` of
 * the export and setting rows; then the rest by first appearance, prose (notes, lesson text) last
 * so that a spreadsheet shows the short columns first.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = (() => {
  const rest = [...new Set(LOG_ENTITIES.flatMap(columnNames))].filter((c) => !SHARED.includes(c));
  return ['type', ...SHARED, 'key', 'value', ...rest.filter((c) => !isProse(c)), ...rest.filter(isProse)] as CsvColumn[];
})();

/**
 * The columns every file must have: those of fields and entities the first export version had. A
 * file written before a column was added lacks it, and its cells read as empty (null).
 */
const REQUIRED: ReadonlySet<string> = new Set([
  'type', 'key', 'value',
  ...LOG_ENTITIES.filter((e: Entity) => !e.addedLater)
    .flatMap((e: Entity) => Object.values(e.fields).filter((f) => !f.addedLater))
    .flatMap((f) => f.columns.map((c) => c.name)),
]);

/**
 * Where each column is in a file's header, or why the header is not one coach wrote: every column
 * known, none twice, `type` first, every required one present (any order, so that a file of an
 * older coach, without the columns added since, still reads).
 */
export function csvHeader(cells: readonly string[]): { index: ReadonlyMap<string, number> } | { why: string } {
  const index = new Map<string, number>();
  for (const [i, cell] of cells.entries()) {
    if (!(CSV_COLUMNS as readonly string[]).includes(cell)) return { why: `it has the unknown column ${JSON.stringify(cell)}` };
    if (index.has(cell)) return { why: `it has the column ${JSON.stringify(cell)} twice` };
    index.set(cell, i);
  }
  if (cells[0] !== 'type') return { why: 'its first column must be "type"' };
  const missing = [...REQUIRED].filter((c) => !index.has(c));
  if (missing.length > 0) return { why: `it lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  return { index };
}

/** The columns a row of this entity fills: the shared ones first, then its own in declaration order. */
export function csvColumnsOf(e: Entity): string[] {
  return [...SHARED, ...columnNames(e).filter((c) => !SHARED.includes(c))];
}

/** `first` then the words, broken before `width` with continuation lines indented by `indent`. */
function wrap(first: string, words: readonly string[], glue: string, indent: string, width: number): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    const next = empty ? line + word : line + glue + word;
    if (!empty && next.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = next;
    empty = false;
  }
  return [...lines, line];
}

const withCommas = (names: readonly string[], sep: string): string[] =>
  names.map((n, i) => (i < names.length - 1 ? n + sep : n));

/** What `coach export --help` prints about the CSV format, and the README shows. */
export function csvHelp(width = 78): string {
  const notes = [...new Set(FIELDS.map((f) => f.csvNote).filter((n) => n !== null))];
  const prose = (text: string, indent = ''): string[] => wrap(indent, text.split(' '), ' ', indent, width);
  return [
    ...prose('CSV: one file, a header and one row per record; each row fills the columns of its type:'),
    ...wrap('  ', withCommas(CSV_COLUMNS, ','), '', '  ', width),
    ...wrap('  type export (first row): ', `key ${EXPORT_FORMAT}, value the format version, created_at the export time`.split(' '), ' ', '    ', width),
    '  type setting: key, value',
    ...LOG_ENTITIES.flatMap((e) => wrap(`  type ${e.csvType}: `, withCommas(csvColumnsOf(e), ','), ' ', '    ', width)),
    ...prose([...notes, 'An empty cell means no value.'].join(' ')),
    // The export side is export-csv.ts's defuseCell; this says what it does to a spreadsheet's reader.
    ...prose("A cell starting with =, +, -, @, a tab or a carriage return is written after a ' so that spreadsheets show it as text, and one starting with ' gets one more; import removes one."),
  ].join('\n') + '\n';
}
