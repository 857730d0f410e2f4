// coach.db between processes: concurrent writers, writers killed mid-write, files that are not
// a usable log, and a lock held by someone else.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../helpers/raw-db.js';
import { openDatabase } from '../../src/store/open.js';
import { runCoach, startCoach, type RunResult } from '../helpers/cli.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'add-worker.mjs');

interface Worker {
  /** Problems the worker has reported committed so far. */
  committed(): number;
  /** Resolves once it has committed at least one problem. */
  started: Promise<void>;
  done: Promise<RunResult>;
  kill(): void;
}

function startWorker(dir: string, count: number | 'forever', tag: string): Worker {
  const child = spawn(process.execPath, [WORKER, dir, String(count), tag]);
  let stdout = '';
  let stderr = '';
  let committed = 0;
  let onStart: () => void = () => {};
  const started = new Promise<void>((resolve) => (onStart = resolve));
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    const lines = stdout.trimEnd().split('\n');
    committed = Number(lines[lines.length - 1]);
    if (committed > 0) onStart();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<RunResult>((resolve) => child.on('close', (status) => {
    onStart();
    resolve({ status, stdout, stderr });
  }));
  onCleanup(() => child.kill('SIGKILL'));
  return { committed: () => committed, started, done, kill: () => child.kill('SIGKILL') };
}

/** The log in `dir`, opened the way coach opens it (which also refuses a damaged file). */
function openLog(dir: string): Database.Database {
  const db = openDatabase(path.join(dir, 'coach.db'));
  onCleanup(() => db.close());
  return db;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('concurrent writers', () => {
  it('four processes marking the same block at once log it once: the matching rule decides inside the write lock', async () => {
    const home = tempDir();
    expect(runCoach(['init', '--track', 'go', '--plan', '4h', '--start', '2026-11-23', '--week', '11', '--yes'], { home }).status).toBe(0);
    const results = await Promise.all([1, 2, 3, 4].map(() => startCoach(['done', 'go.w11.d1.4h.2', '--date', '2026-11-23'], { home })));
    expect(results.map((r) => r.status)).toEqual([0, 0, 0, 0]);
    expect(results.filter((r) => r.stdout.includes('✔ Block 2')).length).toBe(1);
    expect(results.filter((r) => r.stdout.includes('already done: go.w11.d1.4h.2')).length).toBe(3);
    const db = openLog(home);
    expect(db.prepare("SELECT count(*) FROM completions WHERE block_id = 'go.w11.d1.4h.2'").pluck().get()).toBe(1);
  });

  it('four processes adding 50 problems each at once end with exactly 200', async () => {
    const dir = tempDir();
    const tags = ['w1', 'w2', 'w3', 'w4'];
    const results = await Promise.all(tags.map((tag) => startWorker(dir, 50, tag).done));

    expect(results.map((r) => [r.status, r.stderr])).toEqual(tags.map(() => [0, '']));
    const db = openLog(dir);
    const perTag = db.prepare<[], { tag: string; n: number; titles: number }>(
      "SELECT substr(title, 1, 2) AS tag, count(*) AS n, count(DISTINCT title) AS titles FROM problems GROUP BY tag ORDER BY tag",
    ).all();
    expect(perTag).toEqual(tags.map((tag) => ({ tag, n: 50, titles: 50 })));
    expect(db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(200);
  });
});

describe('processes creating the same new log at once', () => {
  const OPENER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'open-worker.mjs');

  it('all open it: none takes a log being created for a foreign database, none gives up as busy', async () => {
    const base = tempDir();
    const folders = 100;
    // Four openers walk the same fresh folders in step, so on each new file one creates and
    // migrates it while the others check it and switch it to WAL.
    const results = await Promise.all([1, 2, 3, 4].map(() => new Promise<RunResult>((resolve) => {
      const child = spawn(process.execPath, [OPENER, base, String(folders)]);
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (status) => resolve({ status, stdout: '', stderr }));
      onCleanup(() => child.kill('SIGKILL'));
    })));

    expect(results.map((r) => [r.status, r.stderr.split('\n')[0]])).toEqual([1, 2, 3, 4].map(() => [0, '']));
    for (const i of [0, folders / 2, folders - 1]) {
      const db = openLog(path.join(base, String(i)));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'problems'").pluck().get()).toBe(1);
    }
  });
});

describe('first writes racing coach init', () => {
  it('never replace the settings init saved: the defaults fill only what is missing, decided in the write lock', async () => {
    const init = ['init', '--track', 'go', '--plan', '6h', '--start', '2026-12-01', '--week', '11', '--pace', 'progress', '--yes'];
    for (let round = 0; round < 4; round++) {
      const home = tempDir();
      const writers = [1, 2, 3].map(() => startCoach(['dsa', 'log', '1'], { home }));
      // Init starts with the writers or a little later, so it lands before, between and after their writes.
      await sleep(round * 60);
      const initDone = await startCoach(init, { home });
      const results = [initDone, ...(await Promise.all(writers))];
      expect(results.map((r) => [r.status, r.stderr])).toEqual(results.map(() => [0, '']));
      const db = openLog(home);
      const settings = Object.fromEntries(db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings').all().map((r) => [r.key, r.value]));
      expect({ round, settings }).toMatchObject({ round, settings: { plan: '6h', start: '2026-12-01', pace: 'progress', week: '11' } });
      expect(db.prepare('SELECT count(*) FROM problems').pluck().get()).toBe(3);
    }
  }, 120_000);
});

describe('a writer killed at a random moment', () => {
  it('leaves a sound database with every record whole, 20 times over', async () => {
    const dir = tempDir();
    let survivors = 0;
    for (let round = 0; round < 20; round++) {
      const worker = startWorker(dir, 'forever', `k${round}`);
      await worker.started;
      await sleep(Math.random() * 60);
      const reported = worker.committed();
      worker.kill();
      expect((await worker.done).status).toBeNull();

      const db = openDatabase(path.join(dir, 'coach.db'));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const count = (sql: string) => db.prepare(sql).pluck().get() as number;
        const mine = count(`SELECT count(*) FROM problems WHERE title LIKE 'k${round} %'`);
        // Whatever the worker reported committed survived the kill.
        expect(mine).toBeGreaterThanOrEqual(reported);
        survivors += mine;
        expect(count('SELECT count(*) FROM problems')).toBe(survivors);
        // Each transaction wrote a problem, its action and the link between them: all or none.
        expect(count('SELECT count(*) FROM actions')).toBe(survivors);
        expect(count('SELECT count(*) FROM action_rows')).toBe(survivors);
        expect(count(`SELECT count(*) FROM actions a WHERE NOT EXISTS (
          SELECT 1 FROM action_rows r JOIN problems p ON p.id = r.row_id WHERE r.action_id = a.id)`)).toBe(0);
        expect(count(`SELECT count(*) FROM problems p WHERE NOT (
          difficulty = 'medium' AND minutes = 30 AND topics = json_array('graphs', substr(title, 1, instr(title, ' ') - 1))
          AND url = 'https://example.com/' || replace(title, ' ', '/') AND length(note) = 800 * instr(title, ' '))`)).toBe(0);
      } finally {
        db.close();
      }
    }
    expect(survivors).toBeGreaterThanOrEqual(20);
  });
});

describe('a coach.db that cannot be used', () => {
  const refusedBy = (setUp: (file: string) => void, message: RegExp) => () => {
    const home = tempDir();
    const file = path.join(home, 'coach.db');
    setUp(file);
    const bytes = fs.readFileSync(file);
    for (const args of [['today'], ['done', '1'], ['dsa', 'log', '1']]) {
      const r = runCoach(args, { home });
      expect({ args, status: r.status, stdout: r.stdout }).toEqual({ args, status: 3, stdout: '' });
      expect(r.stderr).toContain(`coach: ${file}`);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toContain('    at ');
    }
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(home).filter((f) => f.startsWith('coach.db'))).toEqual(['coach.db']);
  };
  const salvage = /is not a coach database \(or is corrupt\)\.\nMove it aside \(mv .*coach\.db .*coach\.db\.bad\) .*\.recover/;

  it('a file of garbage: exit 3, naming the file and how to recover, the file untouched', refusedBy((file) => {
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
  }, salvage));

  it('another program\'s SQLite database: the same', refusedBy((file) => {
    const db = rawDatabase(file);
    db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES (\'cat\')');
    db.close();
  }, salvage));

  it('a database from a newer coach: exit 3, asking to update or move it aside, the file untouched', refusedBy((file) => {
    const db = rawDatabase(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma('user_version = 99');
    db.close();
  }, /was written by a newer version of coach \(schema 99, this version knows \d+\)\. Update coach\.\n.*move the file aside: mv /));
});

describe('a lock held by another process', () => {
  it('a write that cannot get the lock gives up with exit 3, "database busy, try again", and writes nothing', async () => {
    const home = tempDir();
    expect(runCoach(['init', '--yes'], { home }).status).toBe(0);
    const holder = rawDatabase(path.join(home, 'coach.db'));
    onCleanup(() => holder.close());
    holder.exec('BEGIN IMMEDIATE');
    // coach waits its full busy timeout (5 s) before giving up.
    const r = await startCoach(['dsa', 'log', '1'], { home });
    holder.exec('ROLLBACK');

    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^coach: database busy, try again \(.*coach\.db is locked by another coach process\)\n$/);
    expect(runCoach(['dsa', 'list', '--json'], { home }).stdout).toBe('[]\n');
    expect(runCoach(['dsa', 'log', '1'], { home }).status).toBe(0);
  });
});
