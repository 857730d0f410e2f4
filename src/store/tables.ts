// Row-level writes shared by the store's commands and by import, plus the action log that undo reads.
// Callers hold an IMMEDIATE transaction; nothing here opens one.
import type { Database } from 'better-sqlite3';
import { DataError } from '../errors.js';
import type { ActionKind, Completion, Lesson, Problem, Skip } from '../log/types.js';
import { fromCompletion, fromProblem } from './rows.js';

/** Tables an action can add rows to, with the column that identifies a row. */
const KEY_COLUMNS = { completions: 'id', problems: 'id', skips: 'id', lessons: 'id', settings: 'key' } as const;
export type RowTable = keyof typeof KEY_COLUMNS;

export interface RowRef {
  table: RowTable;
  id: string;
  /** For a setting: the value written, so undo leaves a value changed since then alone. */
  value?: string;
}

// ON CONFLICT DO NOTHING rather than INSERT OR IGNORE: only duplicates are skipped,
// a NOT NULL or CHECK violation still fails loudly.
const INSERT_COMPLETION = `
  INSERT INTO completions (id, block_id, date, track, week, day, plan, label, category, title,
    planned_min, planned_max, minutes, note, created_at)
  VALUES (@id, @block_id, @date, @track, @week, @day, @plan, @label, @category, @title,
    @planned_min, @planned_max, @minutes, @note, @created_at)
  ON CONFLICT DO NOTHING`;

const INSERT_PROBLEM = `
  INSERT INTO problems (id, date, title, difficulty, topics, url, minutes, note, created_at)
  VALUES (@id, @date, @title, @difficulty, @topics, @url, @minutes, @note, @created_at)
  ON CONFLICT DO NOTHING`;

/** Each returns whether the row was added (false: its id, block or date was already there). */
export function insertCompletion(db: Database, row: Completion): boolean {
  return db.prepare(INSERT_COMPLETION).run(fromCompletion(row)).changes > 0;
}

export function insertProblem(db: Database, row: Problem): boolean {
  return db.prepare(INSERT_PROBLEM).run(fromProblem(row)).changes > 0;
}

export function insertSkip(db: Database, row: Skip): boolean {
  const sql = 'INSERT INTO skips (id, date, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING';
  return db.prepare(sql).run(row.id, row.date, row.createdAt).changes > 0;
}

export function insertLesson(db: Database, row: Lesson): boolean {
  const sql = `INSERT INTO lessons (id, track, week, text, date, created_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT DO NOTHING`;
  return db.prepare(sql).run(row.id, row.track, row.week, row.text, row.date, row.createdAt).changes > 0;
}

/** Adds the setting unless the key exists; returns whether it was added. */
export function insertSetting(db: Database, key: string, value: string): boolean {
  return db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING').run(key, value).changes > 0;
}

export function settingValue(db: Database, key: string): string | null {
  return db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key) ?? null;
}

/** Log what an action added, so undo can remove exactly those rows. */
export function recordAction(db: Database, kind: ActionKind, summary: string, now: string, rows: readonly RowRef[]): void {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO actions (kind, summary, created_at) VALUES (?, ?, ?)')
    .run(kind, summary, now);
  const addRow = db.prepare('INSERT INTO action_rows (action_id, table_name, row_id, value) VALUES (?, ?, ?, ?)');
  for (const r of rows) addRow.run(lastInsertRowid, r.table, r.id, r.value ?? null);
}

export interface UndoResult {
  kind: ActionKind;
  summary: string;
  /** Rows deleted; fewer than the action added if some were already gone or changed since. */
  removed: number;
}

/** Delete the rows of the latest action not yet undone and mark it undone; null when there is none. */
export function undoLast(db: Database): UndoResult | null {
  const action = db
    .prepare<[], { id: number; kind: ActionKind; summary: string }>(
      'SELECT id, kind, summary FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1',
    )
    .get();
  if (!action) return null;
  const refs = db
    .prepare<[number], { table_name: string; row_id: string; value: string | null }>(
      'SELECT table_name, row_id, value FROM action_rows WHERE action_id = ? ORDER BY rowid',
    )
    .all(action.id);
  let removed = 0;
  for (const ref of refs) {
    // The table name comes from the file, so it is checked against the known tables
    // before it goes into SQL.
    if (!Object.hasOwn(KEY_COLUMNS, ref.table_name)) {
      throw new DataError(`cannot undo "${action.summary}": it refers to an unknown table ${ref.table_name}`);
    }
    const table = ref.table_name as RowTable;
    // A setting given another value since (by `coach init`, which logs no action) is the
    // learner's now, not the action's. Rows logged before schema 2 have no value: removed by key.
    const same = table === 'settings' && ref.value !== null;
    const sql = `DELETE FROM ${table} WHERE ${KEY_COLUMNS[table]} = ?${same ? ' AND value = ?' : ''}`;
    removed += db.prepare(sql).run(...(same ? [ref.row_id, ref.value] : [ref.row_id])).changes;
  }
  db.prepare('UPDATE actions SET undone = 1 WHERE id = ?').run(action.id);
  return { kind: action.kind, summary: action.summary, removed };
}
