// Reading a log that SQLite cannot share in place: a full disk leaves no room for the -shm that a
// -wal needs, and a read-only folder can hold neither a -shm nor a crashed write's rollback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqlite } from './sqlite.js';
import { DataError } from '../errors.js';
import { diskFullError, isDiskFull, toDataError } from './db-errors.js';
import { pinNativeObjects } from './pin.js';

/** A read-only in-memory database holding `bytes`, a whole database file. */
export function fromBytes(bytes: Buffer): Database.Database {
  // Bytes 18 and 19 say WAL (2); an in-memory database opens only in rollback mode (1).
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  const db = openSqlite(bytes, { readonly: true });
  pinNativeObjects(db);
  return db;
}

/** The log as a connection of its own reads it: the -wal's commits in, a crashed write rolled back. */
function serialized(file: string, timeout: number): Buffer {
  const db = openSqlite(file, { fileMustExist: true, timeout });
  pinNativeObjects(db);
  try {
    // Before the first read: the WAL index then lives in this process's memory, not in a -shm.
    db.pragma('locking_mode = EXCLUSIVE');
    return db.serialize();
  } finally {
    db.close();
  }
}

/** `file` and its -wal or -journal, copied into a private temporary folder and read there. */
function serializedCopy(file: string, timeout: number): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-read-'));
  try {
    const copy = path.join(dir, 'coach.db');
    for (const side of ['-wal', '-journal']) {
      if (fs.existsSync(file + side)) fs.copyFileSync(file + side, copy + side);
    }
    fs.copyFileSync(file, copy);
    return serialized(copy, timeout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The log as a read-only in-memory database, read where it is when the folder can be written
 * (a full disk), else through a copy in the temporary folder (a read-only folder). A log that
 * neither way can read is a DataError: "the disk … is full" when that is why.
 */
export function readCopy(file: string, timeout: number): Database.Database {
  const failures: unknown[] = [];
  for (const read of [serialized, serializedCopy]) {
    try {
      return fromBytes(read(file, timeout));
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.some(isDiskFull)) throw diskFullError(file);
  const first = failures[0];
  throw toDataError(first, file) ?? new DataError(`cannot read ${file}: ${(first as Error).message}`);
}
