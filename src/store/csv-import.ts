// The check of a CSV export as `coach import` reads it, before the log is opened: each row is
// checked as its record closes and kept in a scratch database that SQLite deletes when it is
// closed, which also finds a repeated id. The merge then reads the rows back from there, so the
// memory an import takes stays the same whatever the file's size.
import type Database from 'better-sqlite3';
import { UsageError } from '../errors.js';
import { LOG_ENTITIES, type EntityType, type LogEntity, type LogTable } from '../log/entities.js';
import { CsvExportReader } from './csv-stream.js';
import { checkRow, parseHead, PREFIX, sameId, type ImportSource } from './export.js';
import { pinNativeObjects } from './pin.js';
import { openSqlite } from './sqlite.js';

/**
 * SQLite's page cache for the scratch rows. Past it, pages go to the scratch file (where the OS
 * caches them), so the rows of a large file take this much memory and no more.
 */
const SCRATCH_CACHE_KIB = 1024;

interface Scratch {
  insert: Database.Statement<[number, string, string]>;
  earlier: Database.Statement<[string], { n: number; line: number }>;
  rows: Database.Statement<[], string>;
}

/**
 * A CSV export pushed in pieces (`push`), then `finish` for the rows to merge, or the error
 * `parseExport(fromCsv(text))` would give for the same text: its first bad record, then the head
 * (format, version, export time, settings), then each entity's first bad row in declaration order.
 * A message about a row also names its line. `close` deletes the scratch rows, whatever happened.
 */
export class CsvImport {
  private readonly db = openSqlite('');
  private readonly scratch = new Map<LogTable, Scratch>();
  private readonly counts = new Map<LogTable, number>();
  /** Each entity's first bad row: later rows of that entity are no longer kept. */
  private readonly failures = new Map<LogTable, UsageError>();
  private readonly reader = new CsvExportReader((entity, item, line) => this.add(entity, item, line));

  constructor() {
    pinNativeObjects(this.db);
    // The scratch file holds nothing worth a journal or a sync: it is gone when the import ends.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('temp_store = FILE');
    this.db.pragma(`cache_size = -${SCRATCH_CACHE_KIB}`);
    for (const e of LOG_ENTITIES) {
      // The rowid counts the entity's rows from 1 in file order; the unique index finds a repeated id.
      this.db.exec(`CREATE TABLE ${e.table} (line INTEGER NOT NULL, id TEXT NOT NULL UNIQUE, row TEXT NOT NULL)`);
      this.scratch.set(e.table, {
        insert: this.db.prepare(`INSERT INTO ${e.table} (line, id, row) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
        earlier: this.db.prepare(`SELECT rowid AS n, line FROM ${e.table} WHERE id = ?`),
        rows: this.db.prepare<[], string>(`SELECT row FROM ${e.table} ORDER BY rowid`).pluck(),
      });
    }
    this.db.exec('BEGIN');
  }

  push(text: string): void {
    this.reader.records.push(text);
  }

  /** All text is in: the rows to merge, read back one at a time while this is open. */
  finish(): ImportSource {
    const { settings } = parseHead(this.reader.result());
    for (const e of LOG_ENTITIES) {
      const failure = this.failures.get(e.table);
      if (failure) throw failure;
    }
    this.db.exec('COMMIT');
    return { settings, rows: (entity) => this.rows(entity) };
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
      const row = checkRow(entity, item, at, prefix);
      const id = (row as { id: string }).id;
      if (scratch.insert.run(line, id, JSON.stringify(row)).changes === 0) {
        const first = scratch.earlier.get(id);
        throw sameId(at, id, `${table}[${(first?.n ?? 0) - 1}] (line ${first?.line ?? '?'})`, prefix);
      }
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      this.failures.set(table, err);
    }
  }

  private *rows<E extends LogEntity>(entity: E): Generator<EntityType<E>> {
    for (const json of this.tableOf(entity.table).rows.iterate()) yield JSON.parse(json) as EntityType<E>;
  }

  private tableOf(table: LogTable): Scratch {
    const scratch = this.scratch.get(table);
    if (!scratch) throw new Error(`no scratch table for ${table}`);
    return scratch;
  }
}
