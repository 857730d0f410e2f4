// The check of a CSV export as `coach import` reads it, before the log is opened: each row is
// checked as its record closes and kept in a scratch database that SQLite deletes when it is
// closed, which then finds a repeated id. The merge reads the rows back from there, so the
// memory an import takes stays the same whatever the file's size.
import Database from 'better-sqlite3';
import { IoError, UsageError } from '../errors.js';
import { LOG_ENTITIES, type EntityType, type LogEntity, type LogTable } from '../log/entities.js';
import { CsvExportReader } from './csv-stream.js';
import { checkRow, parseHead, PREFIX, sameId, type ImportSource } from './export.js';
import { batchValues, INSERT_BATCH } from './tables.js';
import { pinNativeObjects } from './pin.js';
import { openSqlite } from './sqlite.js';
import { sanitizeLine } from '../text/sanitize.js';

/**
 * SQLite's page cache for the scratch rows. Past it, pages go to the scratch file (where the OS
 * caches them), so the rows of a large file take this much memory and no more.
 */
const SCRATCH_CACHE_KIB = 1024;

/**
 * The log's page cache while the rows are merged. SQLite's default, 16 MiB, is filled by an
 * import of 100,000 rows and not by one of 10,000; this costs a 100,000-row import about 5% more CPU.
 */
const MERGE_CACHE_KIB = 4096;

/**
 * A failure of the scratch file, whose disk may be full, as what to do about it; SQLite puts the
 * file in $SQLITE_TMPDIR, $TMPDIR, /var/tmp or /tmp, the first it can write to.
 */
export function scratchError(err: unknown): unknown {
  if (!(err instanceof Database.SqliteError)) return err;
  return new IoError(
    `cannot keep the rows being imported in a temporary file (${sanitizeLine(err.message)}); ` +
      'free some space in the temporary folder ($TMPDIR, /var/tmp or /tmp), or set TMPDIR to a folder with room, and import again; nothing was imported',
  );
}

interface Scratch {
  insert: Database.Statement<[number, string, string]>;
  /** INSERT_BATCH rows at once, as the merge adds rows to the log. */
  insertMany: Database.Statement<[(number | string)[]]>;
  /** Line, id and row of each row kept but not yet inserted: fewer than INSERT_BATCH. */
  pending: (number | string)[];
  rows: Database.Statement<[], string>;
  /** The entity's fields: a row is kept as the JSON array of their values, a third smaller than an object. */
  keys: readonly string[];
}

/** A row whose id an earlier row of its table has: its rowid and line, and the earlier one's. */
interface Repeat {
  id: string;
  n: number;
  line: number;
  firstN: number;
  firstLine: number;
}

/**
 * A CSV export pushed in pieces (`push`), then `finish` for the rows to merge, or the error
 * `parseExport(fromCsv(text))` would give for the same text: its first bad record, then the head
 * (format, version, export time, settings), then each entity's first bad row in declaration order.
 * A message about a row also names its line. `close` deletes the scratch rows, whatever happened.
 */
export class CsvImport {
  private readonly db = guarded(() => openSqlite(''));
  private readonly scratch = new Map<LogTable, Scratch>();
  private readonly counts = new Map<LogTable, number>();
  /** Each entity's first bad row: later rows of that entity are no longer kept. */
  private readonly failures = new Map<LogTable, UsageError>();
  private readonly reader = new CsvExportReader((entity, item, line) => this.add(entity, item, line));

  constructor() {
    guarded(() => this.setUp());
  }

  private setUp(): void {
    pinNativeObjects(this.db);
    // The scratch file holds nothing worth a journal or a sync: it is gone when the import ends.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('temp_store = FILE');
    this.db.pragma(`cache_size = -${SCRATCH_CACHE_KIB}`);
    for (const e of LOG_ENTITIES) {
      // The rowid counts the entity's rows from 1 in file order.
      this.db.exec(`CREATE TABLE ${e.table} (line INTEGER NOT NULL, id TEXT NOT NULL, row TEXT NOT NULL)`);
      this.scratch.set(e.table, {
        insert: this.db.prepare(`INSERT INTO ${e.table} (line, id, row) VALUES (?, ?, ?)`),
        insertMany: this.db.prepare<[(number | string)[]]>(`INSERT INTO ${e.table} (line, id, row) VALUES ${batchValues(3)}`),
        pending: [],
        rows: this.db.prepare<[], string>(`SELECT row FROM ${e.table} ORDER BY rowid`).pluck(),
        keys: Object.keys(e.fields),
      });
    }
    this.db.exec('BEGIN');
  }

  push(text: string): void {
    guarded(() => this.reader.records.push(text));
  }

  /** All text is in: the rows to merge, read back one at a time while this is open. */
  finish(): ImportSource {
    return guarded(() => this.check());
  }

  private check(): ImportSource {
    const { settings } = parseHead(this.reader.result());
    for (const e of LOG_ENTITIES) {
      const scratch = this.tableOf(e.table);
      const { pending } = scratch;
      for (let i = 0; i < pending.length; i += 3) scratch.insert.run(pending[i] as number, pending[i + 1] as string, pending[i + 2] as string);
      pending.length = 0;
      // The table keeps the rows before the entity's first bad one, so a repeat found there comes first.
      const repeat = this.firstRepeat(e.table);
      if (repeat) {
        const at = (n: number): string => `${e.table}[${n - 1}]`;
        throw sameId(at(repeat.n), repeat.id, `${at(repeat.firstN)} (line ${repeat.firstLine})`, `${PREFIX}line ${repeat.line}: `);
      }
      const failure = this.failures.get(e.table);
      if (failure) throw failure;
    }
    this.db.exec('COMMIT');
    return { settings, rows: (entity) => this.rows(entity), count: (entity) => this.counts.get(entity.table) ?? 0, pageCacheKib: MERGE_CACHE_KIB };
  }

  close(): void {
    this.db.close();
  }

  private add(entity: LogEntity, item: Record<string, unknown>, line: number): void {
    const table = entity.table;
    if (this.failures.has(table)) return;
    const index = this.counts.get(table) ?? 0;
    this.counts.set(table, index + 1);
    const at = `${table}[${index}]`;
    const prefix = `${PREFIX}line ${line}: `;
    const scratch = this.tableOf(table);
    try {
      const row = checkRow(entity, item, at, prefix) as Record<string, unknown>;
      const { pending } = scratch;
      pending.push(line, row.id as string, JSON.stringify(scratch.keys.map((k) => row[k])));
      if (pending.length === 3 * INSERT_BATCH) {
        scratch.insertMany.run(pending);
        pending.length = 0;
      }
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      this.failures.set(table, err);
    }
  }

  /**
   * The first row of `table` whose id an earlier row has. The index is built once all rows are in:
   * sorting them then costs less than keeping a unique index in order row by row. Lines grow with
   * the rowid, so ordering by line is file order, which the index (id, line) already has.
   */
  private firstRepeat(table: LogTable): Repeat | null {
    this.db.exec(`CREATE INDEX ${table}_id ON ${table} (id, line)`);
    const n = this.db
      .prepare<[], number>(`SELECT min(n) FROM (SELECT rowid AS n, row_number() OVER (PARTITION BY id ORDER BY line) AS k FROM ${table}) WHERE k = 2`)
      .pluck()
      .get();
    if (n === null || n === undefined) return null;
    return this.db
      .prepare<[number], Repeat>(
        `SELECT b.id, b.rowid AS n, b.line, a.rowid AS firstN, a.line AS firstLine FROM ${table} b JOIN ${table} a ON a.id = b.id
         WHERE b.rowid = ? ORDER BY a.line LIMIT 1`,
      )
      .get(n) ?? null;
  }

  private *rows<E extends LogEntity>(entity: E): Generator<EntityType<E>> {
    const scratch = this.tableOf(entity.table);
    const rows = guarded(() => scratch.rows.iterate());
    try {
      for (;;) {
        const next = guarded(() => rows.next());
        if (next.done) return;
        const values = JSON.parse(next.value) as unknown[];
        const row: Record<string, unknown> = {};
        scratch.keys.forEach((k, i) => (row[k] = values[i]));
        yield row as EntityType<E>;
      }
    } finally {
      // A merge that stops early (it failed) ends the query, or closing the scratch would fail.
      rows.return?.();
    }
  }

  private tableOf(table: LogTable): Scratch {
    const scratch = this.scratch.get(table);
    if (!scratch) throw new Error(`no scratch table for ${table}`);
    return scratch;
  }
}

function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw scratchError(err);
  }
}
