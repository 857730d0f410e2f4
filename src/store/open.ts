// Opening coach.db: refuse anything that is not a healthy coach database before writing a byte,
// then switch to WAL, check the pragmas took, and migrate. Or, for commands that only read,
// open it read-only and write nothing, unless a crashed write must first be rolled back (read-copy.ts).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqlite } from './sqlite.js';
import { DataError } from '../errors.js';
import { fileKind } from '../text/file-kind.js';
import { sanitizeLine } from '../text/sanitize.js';
import { shellQuote } from '../text/shell-quote.js';
import { corruptError, guard, toDataError } from './db-errors.js';
import { pinNativeObjects } from './pin.js';
import { fromBytes, readCopy } from './read-copy.js';
import { latestVersion, migrate, MIGRATIONS, userVersion, type Migration } from './migrations/index.js';
import { fileState, knownGood, rememberGood } from './verified.js';

export type { Database } from 'better-sqlite3';
export { pinNativeObjects } from './pin.js';

export interface OpenOptions {
  /** How long a write waits for another process's lock; tests shorten it. */
  busyTimeoutMs?: number;
  /** The schema steps to apply; tests inject failing ones. */
  migrations?: readonly Migration[];
  /**
   * Run `PRAGMA quick_check` even on a file in a state that passed it before (see verified.ts):
   * `coach validate` and `coach import` do.
   */
  verify?: boolean;
}

/** A read-only open met a log that needs a migration first; a writable open can update it. */
export class OlderSchemaError extends DataError {}

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Refuse a coach.db that is not a regular file (or a link to one): reading a FIFO hangs, reading
 * a device never ends, and SQLite would put its journal beside the device. Missing is fine.
 */
function checkRegularFile(file: string): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new DataError(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (st.isFile()) return;
  throw new DataError(
    `${sanitizeLine(file)} is ${fileKind(st)}, not a coach database; move it aside (mv ${shellQuote(file)} ${shellQuote(`${file}.bad`)}) and run the command again`,
  );
}

/** True when the file is missing, empty, or starts with the SQLite header. */
function looksLikeSqlite(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(HEADER.length);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return n === 0 || (n === HEADER.length && head.equals(HEADER));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw new DataError(`cannot read ${file}: ${(err as Error).message}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function expectPragma(db: Database.Database, file: string, name: string, want: string | number): void {
  const got = db.pragma(name, { simple: true });
  if (got !== want) {
    throw new DataError(`cannot use ${file}: PRAGMA ${name} is ${String(got)}, expected ${String(want)}`);
  }
}

/**
 * Checks that only read, so a refused file is left exactly as it was. Every page is read only for
 * a file not known to be good: on a large log that check costs more than the rest of `coach today`.
 * Returns the version it saw and whether every page was read.
 */
function checkReadable(db: Database.Database, file: string, latest: number, verify = false): Checked {
  // One read transaction, so every answer below describes the same state of the file: read one
  // statement at a time, a file another process is creating can show version 0 and then, a moment
  // later, that process's tables, which looks exactly like some other program's database.
  return db.transaction(() => checkSnapshot(db, file, latest, verify)).deferred();
}

interface Checked {
  /** The schema version the checks saw. */
  version: number;
  /** Whether every page was read. */
  full: boolean;
}

function checkSnapshot(db: Database.Database, file: string, latest: number, verify: boolean): Checked {
  const version = userVersion(db);
  const full = verify || !knownGood(file);
  if (full && db.pragma('quick_check', { simple: true }) !== 'ok') throw corruptError(file);
  if (version > latest) {
    throw new DataError(
      `${file} was written by a newer version of coach (schema ${version}, this version knows ${latest}). Update coach.\n` +
        `To start a new log with this version instead, move the file aside: mv ${shellQuote(file)} ${shellQuote(`${file}.newer`)}`,
    );
  }
  // Version 0 with tables in it is some other program's database: migrating would mix ours in.
  if (version === 0 && db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() !== 0) throw corruptError(file);
  return { version, full };
}

/**
 * Open an existing coach database for reading only: the same checks, but no pragma writes and no
 * migration, so a read-only file or folder can still be read. A database older than this code
 * is refused, since the queries expect the latest schema.
 */
export function openDatabaseReadOnly(file: string, options: OpenOptions = {}): Database.Database {
  const latest = latestVersion(options.migrations ?? MIGRATIONS);
  checkRegularFile(file);
  if (!looksLikeSqlite(file)) throw corruptError(file);
  const timeout = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const checkedState = quiet(file) ? fileState(file) : null;
  const db = (checkedState && openInPlace(file, timeout)) ?? quietSnapshot(file) ?? openShared(file, timeout);
  try {
    guard(file, () => {
      const { version, full } = checkReadable(db, file, latest, options.verify);
      // A clean check of the file itself, unchanged since: later opens can skip reading every page.
      if (full && checkedState && !db.memory) rememberGood(file, Date.now(), checkedState);
      if (version < latest) {
        throw new OlderSchemaError(
          `${file} is from an older version of coach (schema ${version}, this version uses ${latest}) and cannot be updated while opened read-only.\n` +
            'Run coach once with write access (e.g. coach today) to update it, then try again.',
        );
      }
    });
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** No non-empty -wal or -journal beside the file: every commit is in the file itself. */
function quiet(file: string): boolean {
  return !hasContent(`${file}-wal`) && !hasContent(`${file}-journal`);
}

/**
 * The quiet file read where it is, through SQLite's own locks, so a large log is not copied. The
 * connection may write (SQLite then makes the -wal and -shm it needs, and removes them on close,
 * which a read-only connection cannot do) but will not: `query_only` refuses every change, and
 * the store refuses writes on a log opened for reading. Null where the folder cannot hold those
 * files (read-only, full), for the copies below.
 */
function openInPlace(file: string, timeout: number): Database.Database | null {
  let db: Database.Database | undefined;
  try {
    db = openSqlite(file, { fileMustExist: true, timeout });
    pinNativeObjects(db);
    db.pragma('query_only = ON');
    // The first read is where SQLite opens the -wal and -shm.
    userVersion(db);
    return db;
  } catch (err) {
    db?.close();
    if (needsCopy(err)) return null;
    throw toDataError(err, file) ?? err;
  }
}

/**
 * A read-only connection to the file as it is, sharing its -wal with other processes; or, where
 * the -shm that needs cannot be made (a full disk, a read-only folder) or a crashed write's
 * journal must first be rolled back, a copy read without it (see `readCopy`).
 */
function openShared(file: string, timeout: number): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true, timeout });
    pinNativeObjects(db);
    // The first read is where SQLite opens the -shm and looks at a journal.
    userVersion(db);
    return db;
  } catch (err) {
    db?.close();
    if (!needsCopy(err)) throw toDataError(err, file) ?? err;
  }
  return readCopy(file, timeout);
}

/** SQLite errors that say the file could be read but not shared in place. */
function needsCopy(err: unknown): boolean {
  if (!(err instanceof Database.SqliteError)) return false;
  return /^SQLITE_(CANTOPEN|READONLY|FULL|IOERR_SHM|IOERR_LOCK)/.test(err.code);
}

/** A side file SQLite must read (or roll back) before the main file is the whole log. */
function hasContent(side: string): boolean {
  try {
    return fs.statSync(side).size > 0;
  } catch {
    return false;
  }
}

/**
 * The file's bytes as a read-only in-memory database, or null while another connection may be
 * changing them. SQLite reads a WAL database through -wal and -shm files, which a read-only
 * connection cannot clean up, and a read-only folder cannot hold at all. Without a non-empty -wal
 * or -journal file every commit is in the main file (an empty one is what a clean close or a
 * crash before the first write leaves); a file unchanged across the read was copied whole.
 */
function quietSnapshot(file: string): Database.Database | null {
  const busy = () => !quiet(file);
  const stamp = () => {
    const st = fs.statSync(file, { bigint: true });
    return `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  };
  let bytes: Buffer;
  try {
    if (busy()) return null;
    const before = stamp();
    bytes = fs.readFileSync(file);
    if (busy() || stamp() !== before) return null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new DataError(`cannot open ${file}: no such file`);
    throw new DataError(`cannot read ${file}: ${(err as Error).message}`);
  }
  return guard(file, () => fromBytes(bytes));
}

/**
 * Switch to WAL, waiting up to `timeoutMs` for other processes. Changing the journal mode needs
 * the file to itself, and SQLite answers a process that opens a new log while another is
 * switching it with SQLITE_BUSY at once, without calling the busy handler: so wait here.
 */
function enableWal(db: Database.Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      const busy = err instanceof Database.SqliteError && err.code.startsWith('SQLITE_BUSY');
      if (!busy || Date.now() + pause > deadline) throw err;
      sleepSync(pause);
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Open (creating if needed) a coach database at `file` and bring its schema up to date.
 * Throws DataError, leaving the file untouched, when it is not a coach database, is corrupt,
 * was written by a newer coach, or is locked by another process.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const migrations = options.migrations ?? MIGRATIONS;
  const memory = file === ':memory:';
  if (!memory) {
    checkRegularFile(file);
    if (!looksLikeSqlite(file)) throw corruptError(file);
    const dir = path.dirname(path.resolve(file));
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new DataError(`cannot create ${dir}: ${(err as Error).message}`);
    }
  }

  const db = guard(file, () => openSqlite(file, { timeout: busyTimeoutMs }));
  pinNativeObjects(db);
  try {
    guard(file, () => {
      db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
      const checked = checkReadable(db, file, latestVersion(migrations), options.verify).full;
      // Nothing above writes; from here on the file is ours to change.
      enableWal(db, busyTimeoutMs);
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      expectPragma(db, file, 'journal_mode', memory ? 'memory' : 'wal');
      expectPragma(db, file, 'synchronous', 2);
      expectPragma(db, file, 'foreign_keys', 1);
      migrate(db, migrations);
      if (checked && !memory) rememberGood(file, Date.now());
    });
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
