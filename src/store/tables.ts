// Row-level writes shared by the store's commands and by import, plus the action log that undo reads.
// Callers hold an IMMEDIATE transaction; nothing here opens one.
import type { Database } from 'better-sqlite3';
import { DataError } from '../errors.js';
import { columnNames, LOG_ENTITIES, type Entity, type EntityType, type LogEntity, type LogTable } from '../log/entities.js';
import type { ActionKind, UndoResult } from '../log/types.js';
import type { Cell } from '../log/fields.js';
import { statement } from './statements.js';
import { toCells, type RowOf } from './rows.js';

export type RowTable = LogTable | 'settings';

/** Tables an action can add rows to. Log rows are keyed by `id` (every entity has one), settings by `key`. */
const ROW_TABLES: ReadonlySet<string> = new Set<RowTable>([...LOG_ENTITIES.map((e) => e.table), 'settings']);
const keyColumn = (table: RowTable): string => (table === 'settings' ? 'key' : 'id');

export interface RowRef {
  table: RowTable;
  id: string;
  /**
   * For a setting: the value written, so undo leaves a value changed since then alone. For a log
   * row the action corrected rather than added: its earlier values as a JSON object by column,
   * which undo writes back instead of deleting the row.
   */
  value?: string;
  /** For a log row the action removed: its columns as JSON, so undo puts it back as it was. */
  removed?: string;
}

/** Write back a corrected row's earlier values; the column names come from the file, so each is checked. */
function restore(db: Database, table: LogTable, id: string, json: string, summary: string): number {
  const entries = Object.entries(snapshot(table, json)?.cells ?? {});
  if (entries.length === 0 || entries.some(([c]) => c === 'id')) {
    throw new DataError(`cannot undo "${summary}": its earlier values of ${table} ${id} are not columns of that table`);
  }
  const sql = `UPDATE ${table} SET ${entries.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`;
  return statement(db, sql).run(...entries.map(([, v]) => v), id).changes;
}

/** SQL text built once per entity: an import asks for it once a row. */
function sqlOf(cache: WeakMap<Entity, string>, entity: Entity, build: (columns: string[]) => string): string {
  let sql = cache.get(entity);
  if (sql === undefined) {
    sql = build(columnNames(entity));
    cache.set(entity, sql);
  }
  return sql;
}

const inserts = new WeakMap<Entity, string>();
const byIds = new WeakMap<Entity, string>();

// ON CONFLICT DO NOTHING rather than INSERT OR IGNORE: only duplicates are skipped,
// a NOT NULL or CHECK violation still fails loudly.
function insertSql(entity: Entity): string {
  // Positional parameters: binding an array is cheaper than binding an object by name, which an
  // import of 100,000 rows feels.
  return sqlOf(inserts, entity, (columns) => `INSERT INTO ${entity.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT DO NOTHING`);
}

/** Adds the row; false when its id (or its rest day) was already there. */
export function insertRow<E extends LogEntity>(db: Database, entity: E, row: EntityType<E>): boolean {
  return statement(db, insertSql(entity)).run(toCells(entity, row)).changes > 0;
}

/**
 * Rows `insertRows` adds with one statement. Binding and stepping a statement costs about as much
 * again as the row it writes: an import of 100,000 problems spent half its inserting time so.
 */
export const INSERT_BATCH = 20;

/** The VALUES of an insert of INSERT_BATCH rows of `columns` values each: `(?, ?), (?, ?), …`. */
export function batchValues(columns: number): string {
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  return Array.from({ length: INSERT_BATCH }, () => row).join(', ');
}

const batchInserts = new WeakMap<Entity, string>();

function batchSql(entity: Entity): string {
  return sqlOf(batchInserts, entity, (columns) => `INSERT INTO ${entity.table} (${columns.join(', ')}) VALUES ${batchValues(columns.length)}
    ON CONFLICT DO NOTHING`);
}

/**
 * Adds the rows, in their order, as `insertRow` adds each; returns how many were added (the others'
 * ids, or rest days, were there already). INSERT_BATCH rows at a time go in one statement.
 */
export function insertRows<E extends LogEntity>(db: Database, entity: E, rows: readonly EntityType<E>[]): number {
  let added = 0;
  let at = 0;
  if (rows.length >= INSERT_BATCH) {
    const batch = statement(db, batchSql(entity));
    const cells: Cell[] = [];
    for (; at + INSERT_BATCH <= rows.length; at += INSERT_BATCH) {
      cells.length = 0;
      for (let i = at; i < at + INSERT_BATCH; i++) toCells(entity, rows[i] as EntityType<E>, cells);
      added += batch.run(cells).changes;
    }
  }
  for (; at < rows.length; at++) if (insertRow(db, entity, rows[at] as EntityType<E>)) added++;
  return added;
}

/** Adds the setting unless the key exists; returns whether it was added. */
export function insertSetting(db: Database, key: string, value: string): boolean {
  return statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING').run(key, value).changes > 0;
}

export function settingValue(db: Database, key: string): string | null {
  return statement<[string], string>(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) ?? null;
}

/** SQLite's largest rowid; past it new rows get random ones (https://sqlite.org/autoinc.html). */
const LAST_ROWID = 2n ** 63n - 1n;

const INSERT_ACTION = 'INSERT INTO actions (kind, summary, created_at) VALUES (?, ?, ?)';
const INSERT_ACTION_ROW = 'INSERT INTO action_rows (action_id, table_name, row_id, value, removed) VALUES (?, ?, ?, ?, ?)';

/** Log what an action added, so undo can remove exactly those rows. */
export function recordAction(db: Database, kind: ActionKind, summary: string, now: string, rows: readonly RowRef[]): void {
  const { lastInsertRowid } = statement(db, INSERT_ACTION).run(kind, summary, now);
  const addRow = statement(db, INSERT_ACTION_ROW);
  for (const r of rows) addRow.run(lastInsertRowid, r.table, r.id, r.value ?? null, r.removed ?? null);
}

export interface ActionLog {
  add(ref: RowRef): void;
  /**
   * Where `table`'s rows end now, for `addSince`: its largest rowid, or null when rows added from
   * here cannot be told by rowid (a table at the largest rowid gets random ones), so add each.
   */
  mark(table: LogTable): bigint | null;
  /** Every row of `table` added since `mark` gave `since`, in one statement. */
  addSince(table: LogTable, since: bigint): void;
  /** The summary, known once every row is in; an action that added no row is not logged. */
  finish(summary: string): void;
}

/**
 * An action logged row by row as it goes (an import keeps no list of what it added): the action
 * itself is written with its first row, and gets its summary at the end.
 */
export function startAction(db: Database, kind: ActionKind, now: string): ActionLog {
  let id: number | bigint | null = null;
  const addRow = statement(db, INSERT_ACTION_ROW);
  return {
    add(r) {
      id ??= statement(db, INSERT_ACTION).run(kind, '', now).lastInsertRowid;
      addRow.run(id, r.table, r.id, r.value ?? null, r.removed ?? null);
    },
    mark(table) {
      const last = statement<[], bigint | null>(db, `SELECT max(rowid) FROM ${table}`).pluck().safeIntegers(true).get() ?? null;
      if (last === null) return 0n;
      return last < LAST_ROWID ? last : null;
    },
    addSince(table, since) {
      const first = statement<[bigint], string>(db, `SELECT id FROM ${table} WHERE rowid > ? LIMIT 1`).pluck().get(since);
      if (first === undefined) return;
      id ??= statement(db, INSERT_ACTION).run(kind, '', now).lastInsertRowid;
      statement(db, `INSERT INTO action_rows (action_id, table_name, row_id, value, removed)
        SELECT ?, '${table}', id, NULL, NULL FROM ${table} WHERE rowid > ? ORDER BY rowid`).run(id, since);
    },
    finish(summary) {
      if (id !== null) statement(db, 'UPDATE actions SET summary = ? WHERE id = ?').run(summary, id);
    },
  };
}

/** A log row by id, as SQLite has it; null when there is none. */
export function rowById<E extends LogEntity>(db: Database, entity: E, id: string): RowOf<E> | null {
  const sql = sqlOf(byIds, entity, (columns) => `SELECT ${columns.join(', ')} FROM ${entity.table} WHERE id = ?`);
  return statement<[string], RowOf<E>>(db, sql).get(id) ?? null;
}

const befores = new WeakMap<Entity, string>();

/** A log row by id when it was there before the rows past rowid `since` were added; null otherwise. */
export function rowBefore<E extends LogEntity>(db: Database, entity: E, id: string, since: bigint): RowOf<E> | null {
  const sql = sqlOf(befores, entity, (columns) => `SELECT ${columns.join(', ')} FROM ${entity.table} WHERE id = ? AND rowid <= ?`);
  return statement<[string, bigint], RowOf<E>>(db, sql).get(id, since) ?? null;
}

/**
 * Columns of a log row as the action log keeps them (a JSON object by column: the values a
 * correction replaced, or a removed row whole), checked against the table's entity; null when
 * the text is not that.
 */
function snapshot(table: string, json: string): { entity: LogEntity; cells: Record<string, Cell> } | null {
  const entity = LOG_ENTITIES.find((e) => e.table === table);
  let value: unknown = null;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!entity || typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const known = new Set(columnNames(entity));
  const cells = value as Record<string, unknown>;
  const valid = Object.entries(cells).every(([c, v]) => known.has(c) && (v === null || typeof v === 'string' || typeof v === 'number'));
  return valid ? { entity, cells: cells as Record<string, Cell> } : null;
}

/** Put back a row an action removed; false when its id is there again (an import may have brought it back). */
function restoreRow(db: Database, table: RowTable, json: string, summary: string): boolean {
  const kept = snapshot(table, json);
  if (!kept || !columnNames(kept.entity).every((c) => Object.hasOwn(kept.cells, c))) {
    throw new DataError(`cannot undo "${summary}": the row it removed from ${table} was not kept whole`);
  }
  return statement(db, insertSql(kept.entity)).run(columnNames(kept.entity).map((c) => kept.cells[c] ?? null)).changes > 0;
}

/**
 * Revert the latest action not yet undone: delete the rows it added, put back those it removed,
 * restore the ones it corrected; then mark it undone. Null when there is none.
 */
export function undoLast(db: Database): UndoResult | null {
  const action = statement<[], { id: number; kind: ActionKind; summary: string }>(
    db,
    'SELECT id, kind, summary FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1',
  ).get();
  if (!action) return null;
  const refs = statement<[number], { table_name: string; row_id: string; value: string | null; removed: string | null }>(
    db,
    'SELECT table_name, row_id, value, removed FROM action_rows WHERE action_id = ? ORDER BY rowid',
  ).all(action.id);
  let removed = 0;
  let restored = 0;
  for (const ref of refs) {
    // The table name comes from the file, so it is checked against the known tables
    // before it goes into SQL.
    if (!ROW_TABLES.has(ref.table_name)) {
      throw new DataError(`cannot undo "${action.summary}": it refers to an unknown table ${ref.table_name}`);
    }
    const table = ref.table_name as RowTable;
    if (ref.removed !== null) {
      if (restoreRow(db, table, ref.removed, action.summary)) restored++;
      continue;
    }
    if (table !== 'settings' && ref.value !== null) {
      restored += restore(db, table, ref.row_id, ref.value, action.summary);
      continue;
    }
    // A setting given another value since (by `coach init`, which logs no action) is the
    // learner's now, not the action's. Rows logged before schema 2 have no value: removed by key.
    const same = table === 'settings' && ref.value !== null;
    const sql = `DELETE FROM ${table} WHERE ${keyColumn(table)} = ?${same ? ' AND value = ?' : ''}`;
    removed += statement(db, sql).run(...(same ? [ref.row_id, ref.value] : [ref.row_id])).changes;
  }
  statement(db, 'UPDATE actions SET undone = 1 WHERE id = ?').run(action.id);
  return { kind: action.kind, summary: action.summary, removed, restored };
}
