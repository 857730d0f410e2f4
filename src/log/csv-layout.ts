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
 * Where each column is in a CSV file whose header is `cells`; null when that is no header coach
 * wrote. The header of any version is read: every cell a column coach knows, none twice, `type`
 * among them. A column the file lacks (one added since it was written) reads as empty cells.
 */
export function csvHeaderIndex(cells: readonly string[]): Map<string, number> | null {
  const known = new Set<string>(CSV_COLUMNS);
  const index = new Map(cells.map((c, i) => [c, i]));
  return index.size === cells.length && index.has('type') && cells.every((c) => known.has(c)) ? index : null;
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
export function csvHelp(width = 96): string {
  const notes = [...new Set(FIELDS.map((f) => f.csvNote).filter((n) => n !== null))];
  return [
    'CSV: one file, a header and one row per record; each row fills the columns of its type:',
    ...wrap('  ', withCommas(CSV_COLUMNS, ','), '', '  ', width),
    `  type export (first row): key ${EXPORT_FORMAT}, value the format version, created_at the export time`,
    '  type setting: key, value',
    ...LOG_ENTITIES.flatMap((e) => wrap(`  type ${e.csvType}: `, withCommas(csvColumnsOf(e), ','), ' ', '    ', width)),
    [...notes, 'An empty cell means no value.'].join(' '),
    // The export side is export-csv.ts's defuseCell; this says what it does to a spreadsheet's reader.
    "A cell starting with =, +, -, @, a tab or a carriage return is written after a ' so that",
    "spreadsheets show it as text, and one starting with ' gets one more; import removes one.",
  ].join('\n') + '\n';
}
