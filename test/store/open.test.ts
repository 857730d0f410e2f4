import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rawColumn, rawDatabase } from '../helpers/raw-db.js';
import { DataError } from '../../src/errors.js';
import { openDatabase, openDatabaseReadOnly } from '../../src/store/open.js';
import { latestVersion, migrate, MIGRATIONS, type Migration } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/store.js';
import { block, markDone, tickingClock } from '../helpers/store.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';
import { isoDate } from '../helpers/dates.js';

function open(file: string, options?: Parameters<typeof openDatabase>[1]): Database.Database {
  const db = openDatabase(file, options);
  onCleanup(() => db.close());
  return db;
}

function raw(file: string): Database.Database {
  const db = rawDatabase(file);
  onCleanup(() => db.open && db.close());
  return db;
}

const tables = (file: string): string[] => rawColumn(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");

/** Expect opening `file` to be refused with a DataError matching `message`, leaving it byte-identical. */
function expectRefused(file: string, message: RegExp): void {
  const before = fs.readFileSync(file);
  let caught: unknown;
  try {
    openDatabase(file);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(DataError);
  expect((caught as Error).message).toMatch(message);
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
}

const NOT_COACH = /is not a coach database \(or is corrupt\)/;

describe('openDatabase', () => {
  it('sets WAL, FULL sync, foreign keys and a busy timeout, and reads them back', () => {
    const db = open(path.join(tempDir(), 'coach.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
  });

  it('creates missing parent folders and migrates a fresh file to the latest version', () => {
    const file = path.join(tempDir(), 'a', 'b', 'coach.db');
    const db = open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    // Listed in order of increasing whole version numbers (a number may be skipped: each feature
    // has its own), so the latest is the last.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.every((v, i) => Number.isInteger(v) && v > (versions[i - 1] ?? 0))).toBe(true);
    expect(latestVersion()).toBe(versions[versions.length - 1]);
    expect(tables(file)).toEqual(
      expect.arrayContaining(['action_rows', 'actions', 'completions', 'lessons', 'problems', 'settings', 'skips']),
    );
  });

  it('reopens an up-to-date database without migrating again', () => {
    const file = path.join(tempDir(), 'coach.db');
    open(file).close();
    const db = open(file);
    expect(migrate(db)).toEqual([]);
  });

  it('accepts an existing empty file as a new database', () => {
    const file = path.join(tempDir(), 'coach.db');
    fs.writeFileSync(file, '');
    expect(open(file).pragma('user_version', { simple: true })).toBe(latestVersion());
  });
});

describe('migrations', () => {
  const failing: Migration = {
    version: latestVersion() + 1,
    name: 'fails halfway',
    up(db) {
      db.exec('CREATE TABLE half_done (x INTEGER)');
      throw new Error('boom');
    },
  };

  it('rolls back a failing step: version and schema stay as they were', () => {
    const file = path.join(tempDir(), 'coach.db');
    const db = open(file);
    expect(() => migrate(db, [...MIGRATIONS, failing])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(tables(file)).not.toContain('half_done');
  });

  it('keeps the steps before a failing one when opening a new file', () => {
    const file = path.join(tempDir(), 'coach.db');
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, failing] })).toThrow('boom');
    const db = raw(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(tables(file)).toContain('completions');
    expect(tables(file)).not.toContain('half_done');
  });

  it('brings a version 1 log up to date, where undoing an old import still removes its settings by key', () => {
    const dir = tempDir();
    const file = path.join(dir, 'coach.db');
    const v1 = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version === 1) });
    v1.exec(`INSERT INTO settings VALUES ('start', '2025-01-06');
      INSERT INTO actions (kind, summary, created_at) VALUES ('import', 'imported 1 setting', '2025-01-06T09:00:00.000Z');
      INSERT INTO action_rows VALUES (1, 'settings', 'start');
      UPDATE settings SET value = '2025-02-03';`);
    v1.close();
    const store = openStore(dir, { now: tickingClock() });
    onCleanup(() => store.close());
    expect(store.undo()).toMatchObject({ kind: 'import', removed: 1 });
    expect(store.getSettings()).toEqual({});
    store.close();
    expect(open(file).pragma('user_version', { simple: true })).toBe(latestVersion());
  });

  it('rejects a list with duplicate versions', () => {
    const db = open(path.join(tempDir(), 'coach.db'));
    expect(() => migrate(db, [...MIGRATIONS, { version: 1, name: 'again', up: () => {} }])).toThrow(/bad migration list/);
  });
});

describe('refusing files it must not touch', () => {
  it('refuses a database from a newer coach', () => {
    const file = path.join(tempDir(), 'coach.db');
    const db = raw(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1); PRAGMA user_version = 99;');
    db.close();
    expectRefused(file, new RegExp(`written by a newer version of coach \\(schema 99, this version knows ${latestVersion()}\\)\\. Update coach\\.`));
  });

  it('refuses another program\'s SQLite database instead of adding tables to it', () => {
    const file = path.join(tempDir(), 'coach.db');
    const db = raw(file);
    db.exec('CREATE TABLE settings (k, v); INSERT INTO settings VALUES (1, 2);');
    db.close();
    expectRefused(file, NOT_COACH);
  });

  it('refuses random bytes', () => {
    const file = path.join(tempDir(), 'coach.db');
    fs.writeFileSync(file, crypto.randomBytes(8192));
    expectRefused(file, NOT_COACH);
  });

  it('refuses a text file, however short', () => {
    const dir = tempDir();
    for (const [name, content] of [['notes.db', '# my notes\nsome text\n'], ['tiny.db', 'SQL']] as const) {
      fs.writeFileSync(path.join(dir, name), content);
      expectRefused(path.join(dir, name), NOT_COACH);
    }
  });

  it('refuses a file with a SQLite header and junk after it', () => {
    const file = path.join(tempDir(), 'coach.db');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), crypto.randomBytes(8192)]));
    expectRefused(file, NOT_COACH);
  });

  it('says how to move the file aside and salvage it', () => {
    const file = path.join(tempDir(), 'coach.db');
    fs.writeFileSync(file, 'not a database');
    expect(() => openDatabase(file)).toThrow(
      `${file} is not a coach database (or is corrupt).\n` +
        `Move it aside (mv ${file} ${file}.bad) and run the command again; ` +
        `to salvage data try: sqlite3 ${file}.bad ".recover" | sqlite3 ${file}`,
    );
  });

  describe('a real database damaged on disk', () => {
    function writeBigDatabase(): string {
      const dir = tempDir();
      const store = openStore(dir, { now: tickingClock() });
      const items = Array.from({ length: 400 }, (_, i) => block(i, { blockId: `b${i}`, title: 'x'.repeat(200) }));
      markDone(store, items, isoDate('2025-01-06'));
      store.close();
      return path.join(dir, 'coach.db');
    }

    it('detects pages overwritten with junk', () => {
      const file = writeBigDatabase();
      const size = fs.statSync(file).size;
      expect(size).toBeGreaterThan(20 * 4096);
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, crypto.randomBytes(3 * 4096), 0, 3 * 4096, Math.floor(size / 2 / 4096) * 4096);
      fs.closeSync(fd);
      expectRefused(file, NOT_COACH);
    });

    it('detects a truncated file', () => {
      const file = writeBigDatabase();
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2 / 4096) * 4096);
      expectRefused(file, NOT_COACH);
    });
  });
});

describe('locks', () => {
  it('turns a write blocked by another connection into "database busy"', () => {
    const dir = tempDir();
    const store = openStore(dir, { busyTimeoutMs: 50, now: tickingClock() });
    onCleanup(() => store.close());
    const other = raw(path.join(dir, 'coach.db'));
    other.exec('BEGIN IMMEDIATE');
    expect(() => markDone(store, [block(1)], isoDate('2025-01-06'))).toThrow(DataError);
    expect(() => store.addSkip(isoDate('2025-01-07'))).toThrow(/^database busy, try again \(.*coach\.db is locked by another coach process\)$/);
    other.exec('ROLLBACK');
    expect(markDone(store, [block(1)], isoDate('2025-01-06')).added).toHaveLength(1);
  });

  it('reports busy, not corrupt, when another process holds the file while opening', () => {
    const file = path.join(tempDir(), 'coach.db');
    const other = raw(file);
    other.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file, { busyTimeoutMs: 50 })).toThrow(/database busy/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    other.exec('ROLLBACK');
  });
});

describe('openDatabaseReadOnly', () => {
  /** A migrated log with one row, switched back to rollback (DELETE) journal mode, as a plain SQLite tool leaves it. */
  function rollbackModeLog(): string {
    const dir = tempDir();
    const store = openStore(dir, { now: tickingClock() });
    store.setSettings({ start: '2025-01-06' });
    store.close();
    const file = path.join(dir, 'coach.db');
    const db = raw(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    return file;
  }

  it('reads a log without changing a byte of it: no WAL switch, no migration, no side files', () => {
    const file = rollbackModeLog();
    const before = fs.readFileSync(file);
    const store = openStore(path.dirname(file), { readonly: true, now: tickingClock() });
    expect(store.getSettings()).toEqual({ start: '2025-01-06' });
    expect(store.exportAll().settings).toEqual({ start: '2025-01-06' });
    store.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['coach.db']);
    expect(tables(file)).toContain('settings');
    const db = raw(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
  });

  it('reads a log in WAL mode, as coach leaves it, leaving no -wal or -shm file behind', () => {
    const dir = tempDir();
    const writer = openStore(dir, { now: tickingClock() });
    writer.setSettings({ plan: '6h' });
    writer.close();
    const file = path.join(dir, 'coach.db');
    const before = fs.readFileSync(file);
    const db = openDatabaseReadOnly(file);
    expect(db.prepare('SELECT value FROM settings').pluck().get()).toBe('6h');
    db.close();
    expect(fs.readdirSync(dir)).toEqual(['coach.db']);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reads a quiet log where it is, not a copy: a commit made after the open is seen', () => {
    const dir = tempDir();
    const writer = openStore(dir, { now: tickingClock() });
    writer.setSettings({ plan: '6h' });
    writer.close();
    const reader = openStore(dir, { readonly: true });
    onCleanup(() => reader.close());
    const later = openStore(dir, { now: tickingClock() });
    later.addSkip(isoDate('2025-01-08'));
    later.close();
    expect(reader.skips()).toEqual(['2025-01-08']);
    reader.close();
    expect(fs.readdirSync(dir).filter((f) => f !== 'cache')).toEqual(['coach.db']);
  });

  it('sees commits another open connection has not yet copied from its WAL into the file', () => {
    const dir = tempDir();
    const writer = openStore(dir, { now: tickingClock() });
    onCleanup(() => writer.close());
    writer.setSettings({ plan: '6h' });
    writer.addSkip(isoDate('2025-01-08'));
    const reader = openStore(dir, { readonly: true });
    onCleanup(() => reader.close());
    expect(reader.getSettings()).toEqual({ plan: '6h' });
    expect(reader.skips()).toEqual(['2025-01-08']);
  });

  it('reads an empty file as a log that needs updating', () => {
    const file = path.join(tempDir(), 'coach.db');
    fs.writeFileSync(file, '');
    expect(() => openDatabaseReadOnly(file)).toThrow(/schema 0, this version uses/);
    expect(fs.readFileSync(file).length).toBe(0);
  });

  it('refuses every write with a DataError and leaves the log as it was', () => {
    const file = rollbackModeLog();
    const before = fs.readFileSync(file);
    const store = openStore(path.dirname(file), { readonly: true, now: tickingClock() });
    onCleanup(() => store.close());
    expect(() => store.setSettings({ start: '2025-02-03' })).toThrow(DataError);
    expect(() => markDone(store, [block(1)], isoDate('2025-01-06'))).toThrow(/^cannot write .*coach\.db: it was opened read-only$/);
    expect(() => store.undo()).toThrow(DataError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a log from an older coach, saying how to update it, and leaves it as it was', () => {
    const file = path.join(tempDir(), 'coach.db');
    openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version === 1) }).close();
    const before = fs.readFileSync(file);
    expect(() => openDatabaseReadOnly(file)).toThrow(DataError);
    expect(() => openDatabaseReadOnly(file)).toThrow(
      /is from an older version of coach \(schema 1, this version uses \d+\) and cannot be updated while opened read-only\.\nRun coach once with write access \(e\.g\. coach today\) to update it, then try again\./,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses what the writable open refuses, and a missing file, with DataErrors', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'junk.db'), 'not a database');
    expect(() => openDatabaseReadOnly(path.join(dir, 'junk.db'))).toThrow(NOT_COACH);
    const newer = path.join(dir, 'newer.db');
    const db = raw(newer);
    db.exec('CREATE TABLE t (x); PRAGMA user_version = 99;');
    db.close();
    expect(() => openDatabaseReadOnly(newer)).toThrow(/written by a newer version of coach/);
    expect(() => openDatabaseReadOnly(path.join(dir, 'missing.db'))).toThrow(DataError);
    expect(fs.readdirSync(dir).sort()).toEqual(['junk.db', 'newer.db']);
  });
});
