// Turns SQLite failures the user can act on (busy, corrupt, read-only) into DataErrors with advice.
// Every store entry point runs through `guard`, so no raw SQLITE_* error reaches the terminal.
import Database from 'better-sqlite3';
import { DataError } from '../errors.js';
import { shellQuote } from '../text/shell-quote.js';
import { forgetGood } from './verified.js';

export function corruptError(file: string): DataError {
  const q = shellQuote(file);
  const bad = shellQuote(`${file}.bad`);
  return new DataError(
    `${file} is not a coach database (or is corrupt).\n` +
      `Move it aside (mv ${q} ${bad}) and run the command again; ` +
      `to salvage data try: sqlite3 ${bad} ".recover" | sqlite3 ${q}`,
  );
}

export function busyError(file: string): DataError {
  return new DataError(`database busy, try again (${file} is locked by another coach process)`);
}

/** The SQLite result code of an error (`SQLITE_BUSY_SNAPSHOT` → `SQLITE_BUSY`), or null. */
function primaryCode(err: unknown): string | null {
  if (!(err instanceof Database.SqliteError)) return null;
  const m = /^SQLITE_[A-Z]+/.exec(err.code);
  return m ? m[0] : null;
}

/** The DataError a SQLite error stands for, or null when it is a bug rather than a condition. */
export function toDataError(err: unknown, file: string): DataError | null {
  switch (primaryCode(err)) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return busyError(file);
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return corruptError(file);
    case 'SQLITE_READONLY':
      return new DataError(`cannot write ${file}: the file or its folder is read-only`);
    case 'SQLITE_CANTOPEN':
      return new DataError(`cannot open ${file}: ${(err as Error).message}`);
    case 'SQLITE_FULL':
      return new DataError(`cannot write ${file}: the disk is full`);
    default:
      return null;
  }
}

/** Run `fn`, rethrowing SQLite conditions as DataErrors that name `file`. */
export function guard<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = primaryCode(err);
    // A log found damaged is checked in full on its next open, whatever state it was stamped in.
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') forgetGood(file);
    throw toDataError(err, file) ?? err;
  }
}
