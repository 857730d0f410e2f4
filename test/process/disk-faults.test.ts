// The data folder on a full disk or a read-only mount, and logs a crash left with a -wal or a
// rollback journal: reads work where SQLite can read, writes fail with one line and exit 3.
// The disk is a tiny tmpfs in a private mount namespace (see test/helpers/sandbox.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../helpers/raw-db.js';
import { CONTENT, runCoach } from '../helpers/cli.js';
import { noteSkip, runSandboxed, sandboxUnavailable } from '../helpers/sandbox.js';
import { tempDir } from '../helpers/temp-dir.js';

const SETUP = [['init', '--start', '2026-11-23', '--week', '11', '--yes'], ['dsa', 'log', '2']];
const READS = [['today'], ['review'], ['progress'], ['dsa', 'list', '--json'], ['lesson', 'list'], ['export']];
const skip = sandboxUnavailable() !== null;
// Each test runs several coach processes one after another.
const SLOW = 90_000;
noteSkip('the full-disk and read-only data folder tests');

/**
 * A log whose last commit (the plan set to 6h, two more problems) is only in its -wal, as a
 * crash leaves it: the paths of copies of coach.db and coach.db-wal.
 */
function logWithWal(): { db: string; wal: string } {
  const home = tempDir();
  for (const args of SETUP) expect(runCoach(args, { home }).status).toBe(0);
  const db = rawDatabase(path.join(home, 'coach.db'));
  db.pragma('wal_autocheckpoint = 0');
  db.exec("UPDATE settings SET value = '6h' WHERE key = 'plan'");
  const copy = tempDir();
  fs.copyFileSync(path.join(home, 'coach.db'), path.join(copy, 'coach.db'));
  fs.copyFileSync(path.join(home, 'coach.db-wal'), path.join(copy, 'coach.db-wal'));
  db.close();
  expect(fs.statSync(path.join(copy, 'coach.db-wal')).size).toBeGreaterThan(0);
  return { db: path.join(copy, 'coach.db'), wal: path.join(copy, 'coach.db-wal') };
}

/** A copy of the bundled track in a folder of its own, so its parse is not cached yet. */
function freshContent(): string {
  const dir = tempDir();
  fs.cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

function expectReadsWork(results: ReadonlyArray<{ args: string[]; status: number | null; stdout: string; stderr: string }>, plan: string): void {
  for (const r of results) expect({ args: r.args, status: r.status, stderr: r.stderr }).toEqual({ args: r.args, status: 0, stderr: '' });
  expect(results[0]?.stdout).toContain(`· ${plan} plan ·`);
  expect(JSON.parse(results[3]?.stdout ?? '')).toHaveLength(2);
  expect(JSON.parse(results[5]?.stdout ?? '')).toMatchObject({ settings: { plan } });
}

function expectOneLine(r: { status: number | null; stdout: string; stderr: string }, message: RegExp): void {
  expect(r.status).toBe(3);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe.skipIf(skip)('a full disk', () => {
  it('reads work; a write fails with exit 3 "the disk holding <folder> is full"', () => {
    const { results } = runSandboxed({ before: SETUP, fill: true, run: [...READS, ['done', '1']] });
    expectReadsWork(results.slice(0, READS.length), '4h');
    expectOneLine(results[READS.length]!, /^coach: cannot use \S*coach\.db: the disk holding \S+ is full; free some space there and try again\n$/);
  }, SLOW);

  it('a parse cache that cannot be written leaves no temporary file behind', () => {
    const content = freshContent();
    const cached = (files: string[]) => files.filter((f) => f.startsWith('cache/'));
    const before = runSandboxed({ before: SETUP, run: [] });
    const { results, files } = runSandboxed({ before: SETUP, fill: true, run: [['today', '--content', content]] });
    expect(results[0]).toMatchObject({ status: 0, stderr: '' });
    // The cache of the setup's own track is all there is: nothing of the new folder's, whole or half.
    expect(cached(files)).toEqual(cached(before.files));
    expect(cached(files).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, SLOW);

  it('reads a log whose last commits are still in its -wal, with no room for the -shm', () => {
    const { db, wal } = logWithWal();
    const { results } = runSandboxed({ copy: { 'coach.db': db, 'coach.db-wal': wal }, fill: true, run: READS });
    expectReadsWork(results, '6h');
  }, SLOW);
});

describe.skipIf(skip)('a read-only data folder', () => {
  it('reads work; a write fails with exit 3, saying the folder is read-only', () => {
    const { results, files } = runSandboxed({ before: SETUP, readonly: true, run: [...READS, ['done', '1']] });
    expectReadsWork(results.slice(0, READS.length), '4h');
    expectOneLine(results[READS.length]!, /^coach: cannot write \S*coach\.db: the file or its folder is read-only\n$/);
    expect(files.filter((f) => f.startsWith('coach.db'))).toEqual(['coach.db']);
  }, SLOW);

  it('reads a log whose last commits are still in its -wal', () => {
    const { db, wal } = logWithWal();
    const { results, files } = runSandboxed({ copy: { 'coach.db': db, 'coach.db-wal': wal }, readonly: true, run: READS });
    expectReadsWork(results, '6h');
    expect(files.filter((f) => f.startsWith('coach.db'))).toEqual(['coach.db', 'coach.db-wal']);
  }, SLOW);
});

/** A log with a rollback journal left by a crash in the middle of changing the plan to 6h. */
function logWithHotJournal(): { db: string; journal: string } {
  const home = tempDir();
  for (const args of SETUP) expect(runCoach(args, { home }).status).toBe(0);
  const db = rawDatabase(path.join(home, 'coach.db'));
  db.pragma('journal_mode = DELETE');
  db.pragma('cache_size = 1');
  db.exec("BEGIN; UPDATE settings SET value = '6h' WHERE key = 'plan'; CREATE TABLE filler (x); INSERT INTO filler SELECT randomblob(3000) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 40) SELECT i FROM c)");
  const copy = tempDir();
  fs.copyFileSync(path.join(home, 'coach.db'), path.join(copy, 'coach.db'));
  fs.copyFileSync(path.join(home, 'coach.db-journal'), path.join(copy, 'coach.db-journal'));
  db.exec('ROLLBACK');
  db.close();
  return { db: path.join(copy, 'coach.db'), journal: path.join(copy, 'coach.db-journal') };
}

describe('a rollback journal left by a crash', () => {
  it('export rolls it back and exports the log as it was before the crashed write', () => {
    const { db } = logWithHotJournal();
    const home = path.dirname(db);
    const r = runCoach(['export'], { home });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ settings: { plan: '4h' } });
    expect(JSON.parse(r.stdout).problems).toHaveLength(2);
  }, SLOW);

  it.skipIf(skip)('on a read-only folder, every read still works on the rolled-back log', () => {
    const { db, journal } = logWithHotJournal();
    const { results } = runSandboxed({ copy: { 'coach.db': db, 'coach.db-journal': journal }, readonly: true, run: READS });
    expectReadsWork(results, '4h');
  }, SLOW);
});
