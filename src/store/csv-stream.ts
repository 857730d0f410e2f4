// Reading coach's CSV export a piece at a time: text goes in as it is read from the file, records
// come out as they close, and each log row is handed on as it closes. Neither the file's text nor a
// list of its records is ever held here, so what memory a read takes is up to whoever takes the rows.
import { UsageError } from '../errors.js';
import { CSV_COLUMNS, csvHeaderIndex } from '../log/csv-layout.js';
import { LOG_ENTITIES, type Entity, type LogEntity } from '../log/entities.js';
import { EXPORT_FORMAT } from '../log/export-format.js';
import { wholeOrText } from '../log/fields.js';
import { describe } from '../log/kinds.js';

export const PREFIX = 'invalid CSV export: ';

/**
 * RFC 4180 records from text given in pieces: quoted fields may hold commas, quotes (doubled) and
 * line breaks; lines end in CRLF, LF or CR. A piece may end anywhere, even between the two
 * characters of a `""` or a CRLF.
 */
export class CsvRecords {
  private record: string[] = [];
  private field = '';
  private quoted = false;
  /** Inside a quoted field, the last piece ended on a `"`: closing, or the first of a `""`. */
  private quoteAtEnd = false;
  /** The last piece ended a record on a CR: an LF first in the next piece belongs to it. */
  private crAtEnd = false;
  private started = false;

  constructor(private readonly onRecord: (cells: string[]) => void) {}

  push(text: string): void {
    if (text === '') return;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.crAtEnd) {
      this.crAtEnd = false;
      if (text[i] === '\n') i++;
    }
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (text[i] === '"') {
        this.field += '"';
        i++;
      } else this.quoted = false;
    }
    const n = text.length;
    while (i < n) {
      if (this.quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          this.field += text.slice(i);
          return;
        }
        this.field += text.slice(i, q);
        if (q + 1 === n) {
          this.quoteAtEnd = true;
          return;
        }
        if (text[q + 1] === '"') {
          this.field += '"';
          i = q + 2;
        } else {
          this.quoted = false;
          i = q + 1;
        }
        continue;
      }
      const ch = text[i];
      if (ch === '"' && this.field === '') {
        this.quoted = true;
        i++;
      } else if (ch === ',') {
        this.record.push(this.field);
        this.field = '';
        i++;
      } else if (ch === '\n' || ch === '\r') {
        this.emit();
        i++;
        if (ch === '\r') {
          if (i === n) this.crAtEnd = true;
          else if (text[i] === '\n') i++;
        }
      } else {
        // A run of plain characters up to the next comma or line break; a `"` inside a field is text.
        let j = i + 1;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
        }
        this.field += text.slice(i, j);
        i = j;
      }
    }
  }

  /** The text is over: the last record, if the file does not end with a line break. */
  end(): void {
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.quoted = false;
    }
    if (this.quoted) throw new UsageError(`${PREFIX}a quoted field is never closed`);
    if (this.field !== '' || this.record.length > 0) this.emit();
  }

  private emit(): void {
    const cells = this.record;
    cells.push(this.field);
    this.record = [];
    this.field = '';
    this.onRecord(cells);
  }
}

/**
 * A spreadsheet runs a cell starting with one of these as a formula (OWASP's list), so such a cell
 * is written after a `'`, which spreadsheets show as text; a cell that starts with `'` itself gets
 * one more, so that reading removes exactly one and every value comes back as it was.
 */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

const HEADER = CSV_COLUMNS.join(',');

/** The JSON object a CSV row of `entity` stands for, unchecked. */
function objectOf(entity: Entity, get: (column: string) => string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entity.fields).map(([key, field]) => [key, field.fromCsv(field.columns.map((c) => get(c.name)))]),
  );
}

/** A log row of a CSV file as the JSON export has it (unchecked), and the line it is on. */
export type CsvRowSink = (entity: LogEntity, item: Record<string, unknown>, line: number) => void;

/**
 * A CSV file read record by record: each log row goes to `onRow` as it closes, in file order; the
 * export and setting rows are kept, and `result()` gives them as the head of the export object
 * (format, version, exportedAt, settings), unchecked. Blank lines are skipped and not counted; line
 * numbers in messages count the header as line 1. An empty cell in a column that may be null reads
 * back as null. A setting given twice is refused at its line, since a spreadsheet edit that repeats
 * one would otherwise pick a value silently. Once a record is bad no further row goes to `onRow`.
 */
export class CsvExportReader {
  /** Where each column is, by the file's header (an older export lacks the columns added since). */
  private header: ReadonlyMap<string, number> | null = null;
  private line = 1;
  private readonly settings = new Map<string, string>();
  private meta: Record<string, unknown> | null = null;
  /**
   * The first bad record's error. It is thrown once all text is in, so that an unclosed quote
   * later on is reported first, as when the whole file was split into records before any was read.
   */
  private failure: UsageError | null = null;
  constructor(private readonly onRow: CsvRowSink) {}

  readonly records = new CsvRecords((cells) => {
    if (this.failure) return;
    try {
      this.add(cells);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      this.failure = err;
    }
  });

  private add(cells: string[]): void {
    if (cells.length === 1 && cells[0] === '') return;
    if (!this.header) {
      this.header = csvHeaderIndex(cells);
      if (!this.header) throw new UsageError(`${PREFIX}the first line must be the header ${HEADER}`);
      return;
    }
    const line = ++this.line;
    const index = this.header;
    if (cells.length !== index.size) throw new UsageError(`${PREFIX}line ${line} has ${cells.length} fields, expected ${index.size}`);
    const get = (c: string): string => restoreCell(cells[index.get(c) ?? -1] ?? '');
    const type = get('type');
    const entity = LOG_ENTITIES.find((e) => e.csvType === type);
    if (type === 'export') {
      if (this.meta) throw new UsageError(`${PREFIX}line ${line} is a second "export" row; a file has one`);
      this.meta = { format: get('key'), version: wholeOrText(get('value')), exportedAt: get('created_at') };
    } else if (type === 'setting') {
      const key = get('key');
      if (this.settings.has(key)) throw new UsageError(`${PREFIX}line ${line} sets ${describe(key)} again; a file sets each setting once`);
      this.settings.set(key, get('value'));
    } else if (entity) this.onRow(entity, objectOf(entity, get), line);
    else throw new UsageError(`${PREFIX}line ${line} has unknown type ${describe(type)}`);
  }

  /** The export object without its rows, once all text has been pushed to `records`. */
  result(): Record<string, unknown> {
    this.records.end();
    if (this.failure) throw this.failure;
    if (!this.header) throw new UsageError(`${PREFIX}the first line must be the header ${HEADER}`);
    if (!this.meta) throw new UsageError(`${PREFIX}no "export" row naming the format (${EXPORT_FORMAT})`);
    // fromEntries, not assignment, so a key such as "__proto__" reaches the checks as a key.
    return { ...this.meta, settings: Object.fromEntries(this.settings) };
  }
}
