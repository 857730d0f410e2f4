// Plain better-sqlite3 connections for tests that inspect or tamper with a log directly.
// They are pinned like coach's own (see pinNativeObjects): on Node 24.19+ a connection finalised
// by a garbage collection outside JavaScript aborts the test worker.
import Database from 'better-sqlite3';
import { pinNativeObjects } from '../../src/store/open.js';

export function rawDatabase(file: string, options?: Database.Options): Database.Database {
  const db = new Database(file, options);
  pinNativeObjects(db);
  return db;
}

/** The first column of every row `sql` gives on the log at `file`, read through a connection of its own. */
export function rawColumn(file: string, sql: string): string[] {
  const db = rawDatabase(file, { readonly: true });
  try {
    return db.prepare<[], string>(sql).pluck().all();
  } finally {
    db.close();
  }
}
