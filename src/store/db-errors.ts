// Turns SQLite failures the user can act on (busy, corrupt, read-only) into DataErrors with advice.
// Every store entry point runs through `guard`, so no raw SQLITE_* error reaches the terminal.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DataError } from '../errors.js';
import { sanitizeLine } from '../text/sanitize.js';
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

export function diskFullError(file: string): DataError {
  return new DataError(`cannot use ${sanitizeLine(file)}: the disk holding ${sanitizeLine(path.dirname(file))} is full; free some space there and try again`);
}

/** SQLite's and the file system's ways of saying there is no room left (a -shm that cannot grow is one). */
export function isDiskFull(err: unknown): boolean {
  if (err instanceof Database.SqliteError) return err.code === 'SQLITE_FULL' || err.code === 'SQLITE_IOERR_SHMSIZE';
  return (err as NodeJS.ErrnoException | null)?.code === 'ENOSPC';
}

function folderWritable(file: string): boolean {
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The SQLite result code of an error (`SQLITE_BUSY_SNAPSHOT` → `SQLITE_BUSY`), or null. */
function primaryCode(err: unknown): string | null {
  if (!(err instanceof Database.SqliteError)) return null;
  const m = /^SQLITE_[A-Z]+/.exec(err.code);
  return m ? m[0] : null;
}

/**
 * SQLite's native module was built for another Node.js than the one running coach: the learner
 * switched Node versions (nvm, an upgrade) after installing. Node reports it with the ABI numbers.
 */
function builtForOtherNode(err: unknown): DataError | null {
  const e = err as NodeJS.ErrnoException | null;
  if (e?.code !== 'ERR_DLOPEN_FAILED' || !/NODE_MODULE_VERSION/.test(e.message)) return null;
  return new DataError(
    `coach's SQLite module was built for another version of Node.js than this one (${process.version}).\n` +
      'Rebuild it where coach is installed, with this Node: npm rebuild better-sqlite3',
  );
}

/** The DataError a SQLite error stands for, or null when it is a bug rather than a condition. */
export function toDataError(err: unknown, file: string): DataError | null {
  if (isDiskFull(err)) return diskFullError(file);
  const native = builtForOtherNode(err);
  if (native) return native;
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
      if (!folderWritable(file)) return new DataError(`cannot write ${file}: the file or its folder is read-only`);
      return new DataError(`cannot open ${file}: ${(err as Error).message}`);
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
