// The warm path reads no page it does not need: `PRAGMA quick_check` runs on a log in a state not
// known to be good (new, changed, racy, damaged), and on validate and import, never again on an
// unchanged file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError } from '../../src/errors.js';
import { openDatabase, openDatabaseReadOnly } from '../../src/store/open.js';
import { openStore } from '../../src/store/store.js';
import { knownGood, stampPath } from '../../src/store/verified.js';
import { isoDate } from '../helpers/dates.js';
import { block, markDone, tickingClock } from '../helpers/store.js';
import { tempDir } from '../helpers/temp-dir.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** How many times opening `file` ran quick_check. */
function checksOnOpen(open: () => Database.Database): number {
  const spy = vi.spyOn(Database.prototype, 'pragma');
  const db = open();
  db.close();
  const n = spy.mock.calls.filter(([source]) => /^\s*quick_check/i.test(String(source))).length;
  spy.mockRestore();
  return n;
}

/** A log with some rows whose last change lies a minute in the past, as on any later day. */
function settledLog(): string {
  const dir = tempDir();
  const store = openStore(dir, { now: tickingClock() });
  markDone(store, Array.from({ length: 400 }, (_, i) => block(i, { blockId: `b${i}`, title: 'x'.repeat(200) })), isoDate('2025-01-06'));
  store.close();
  const file = path.join(dir, 'coach.db');
  const past = new Date(Date.now() - 60_000);
  fs.utimesSync(file, past, past);
  return file;
}

describe('the integrity check on open', () => {
  it('runs once on a settled log, then not again while the file is unchanged', () => {
    const file = settledLog();
    expect(knownGood(file)).toBe(false);
    expect(checksOnOpen(() => openDatabase(file))).toBe(1);
    expect(knownGood(file)).toBe(true);
    expect(fs.existsSync(stampPath(file))).toBe(true);
    expect(checksOnOpen(() => openDatabase(file))).toBe(0);
    expect(checksOnOpen(() => openDatabase(file))).toBe(0);
    expect(checksOnOpen(() => openDatabaseReadOnly(file))).toBe(0);
  });

  it('runs again after the file changed, and on every open of a file changed within the last two seconds', () => {
    const file = settledLog();
    openDatabase(file).close();
    const store = openStore(path.dirname(file), { now: tickingClock() });
    store.addSkip(isoDate('2025-01-07'));
    store.close();
    expect(knownGood(file)).toBe(false);
    // Racy: a change in the same clock tick could hide behind the same stamp, so none is kept.
    expect(checksOnOpen(() => openDatabase(file))).toBe(1);
    expect(checksOnOpen(() => openDatabase(file))).toBe(1);
  });

  it('runs once for commands that only read, which keep the stamp as a writer does', () => {
    const file = settledLog();
    const before = fs.readFileSync(file);
    expect(checksOnOpen(() => openDatabaseReadOnly(file))).toBe(1);
    expect(knownGood(file)).toBe(true);
    expect(checksOnOpen(() => openDatabaseReadOnly(file))).toBe(0);
    expect(checksOnOpen(() => openDatabase(file))).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps no stamp from a read-only open of a file being written (a -wal with commits in it)', () => {
    const file = settledLog();
    const writer = openStore(path.dirname(file), { now: tickingClock() });
    writer.addSkip(isoDate('2025-01-07'));
    // The writer's own open stamped the settled file; that stamp no longer describes it.
    fs.rmSync(stampPath(file));
    // The writer stays open, so its commit waits in the -wal.
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(checksOnOpen(() => openDatabaseReadOnly(file))).toBe(1);
    expect(fs.existsSync(stampPath(file))).toBe(false);
    writer.close();
  });

  it('always runs for a verifying open (validate, import)', () => {
    const file = settledLog();
    openDatabase(file).close();
    expect(checksOnOpen(() => openDatabase(file, { verify: true }))).toBe(1);
    expect(checksOnOpen(() => openDatabaseReadOnly(file, { verify: true }))).toBe(1);
  });

  it('does not trust a stamp of another state: junk written over pages is found, the file left as it was', () => {
    const file = settledLog();
    openDatabase(file).close();
    const stamp = fs.readFileSync(stampPath(file), 'utf8');
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, crypto.randomBytes(2 * 4096), 0, 2 * 4096, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    // Even with the old stamp copied back and the mtime put back, the change time gives it away.
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(file, past, past);
    fs.writeFileSync(stampPath(file), stamp);
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DataError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('ignores a stamp file that is not one', () => {
    const file = settledLog();
    fs.mkdirSync(path.dirname(stampPath(file)), { recursive: true });
    for (const junk of ['', 'null', '{"ino":1}', '[]', 'not json']) {
      fs.writeFileSync(stampPath(file), junk);
      expect(knownGood(file)).toBe(false);
    }
  });
});
