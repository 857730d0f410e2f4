// Every example that `--help` prints, run as a learner would type it: in a shell, against a
// fresh data folder where `coach init --yes` has run, on the bundled track. An example that
// fails there teaches the wrong thing.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, CONTENT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** Examples that wait for answers on a terminal; the tmux tests cover those. */
const NEEDS_A_TERMINAL = new Set(['coach init', 'coach done', 'coach dsa add', 'coach start 2 --watch', 'coach focus 2', 'coach focus']);

/**
 * The examples' dates (a plan from 1 December 2026, a rest day on the 5th) hold only while that
 * plan runs, so the binary is run on a fixed clock: 10:00 on Tuesday 1 December 2026.
 */
const CLOCK = `
const fixed = new Date(2026, 11, 1, 10, 0).getTime();
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args) { super(...(args.length === 0 ? [fixed] : args)); }
  static now() { return fixed; }
};
`;

/** A folder on PATH with a `coach` that runs the built binary on the fixed clock. */
function coachOnPath(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'clock.mjs'), CLOCK);
  const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const script = `#!/bin/sh\nexec ${quote(process.execPath)} --import ${quote(pathToFileURL(path.join(dir, 'clock.mjs')).href)} ${quote(BIN)} "$@"\n`;
  fs.writeFileSync(path.join(dir, 'coach'), script, { mode: 0o755 });
  return dir;
}

interface Shell {
  bin: string;
  home: string;
  /** The learner's home folder, with the track copied to ~/prep/weeks; examples run in ~/prep. */
  user: string;
}

function env(shell: Shell): NodeJS.ProcessEnv {
  return cleanEnv(shell.home, { HOME: shell.user, PATH: `${shell.bin}${path.delimiter}${process.env.PATH ?? ''}` });
}

function sh(shell: Shell, line: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', line], { env: env(shell), cwd: path.join(shell.user, 'prep') });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The `$ coach ...` lines of a command's help, and its subcommands' names. */
function helpOf(bin: string, command: readonly string[]): { examples: string[]; subcommands: string[] } {
  const r = spawnSync(path.join(bin, 'coach'), [...command, '--help'], { encoding: 'utf8', env: cleanEnv(tempDir()) });
  expect(r.status).toBe(0);
  const lines = r.stdout.split('\n');
  const examples = lines.map((l) => l.trim()).filter((l) => l.startsWith('$ coach')).map((l) => l.slice(2));
  const start = lines.indexOf('Commands:');
  const subcommands: string[] = [];
  for (const line of start === -1 ? [] : lines.slice(start + 1)) {
    if (line.trim() === '') break;
    const name = /^ {2}(\S+)/.exec(line)?.[1];
    if (name && name !== 'help') subcommands.push(name);
  }
  return { examples, subcommands };
}

function allExamples(bin: string): string[] {
  const found: string[] = [];
  const visit = (command: string[]): void => {
    const { examples, subcommands } = helpOf(bin, command);
    found.push(...examples);
    for (const sub of subcommands) visit([...command, sub]);
  };
  visit([]);
  return [...new Set(found)];
}

/** Runs `jobs` with at most `limit` at a time. */
async function pool<T>(jobs: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await (jobs[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/** Imports one problem, lesson or practice entry with the given id into the shell's log. */
async function importRow(shell: Shell, table: 'problems' | 'lessons' | 'practice', id: string): Promise<{ status: number | null }> {
  const file = path.join(shell.user, 'row.json');
  expect((await sh(shell, `coach export --out ${file}`)).status).toBe(0);
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown[]>;
  const createdAt = '2026-12-01T09:00:00.000Z';
  const rows = {
    problems: { id, date: '2026-12-01', title: 'Two Sum', difficulty: 'easy', topics: [], url: null, minutes: null, note: null, createdAt },
    lessons: { id, track: 'go', week: 11, text: 'sketch the API first', date: '2026-12-01', createdAt },
    practice: {
      id, kind: 'mock', date: '2026-12-01', title: 'URL shortener', mockType: 'design', minutes: 60, score: 3, rating: null, url: null,
      blockId: null, note: null, createdAt,
    },
  };
  data[table] = [rows[table]];
  fs.writeFileSync(file, JSON.stringify(data));
  return sh(shell, `coach import ${file}`);
}

describe.skipIf(process.platform === 'win32')('--help examples', () => {
  it('each runs with exit 0 on the bundled track after coach init --yes', async () => {
    const bin = coachOnPath();
    const examples = allExamples(bin);
    expect(examples.filter((e) => NEEDS_A_TERMINAL.has(e)).sort()).toEqual([...NEEDS_A_TERMINAL].sort());
    const runnable = examples.filter((e) => !NEEDS_A_TERMINAL.has(e));
    expect(runnable.length).toBeGreaterThan(40);

    // One set-up, copied for each example, so no example sees another's writes.
    const template: Shell = { bin, home: tempDir(), user: tempDir() };
    fs.mkdirSync(path.join(template.user, 'prep', 'weeks'), { recursive: true });
    fs.copyFileSync(path.join(CONTENT, 'go', 'week-11.md'), path.join(template.user, 'prep', 'weeks', 'week-11.md'));
    const init = await sh(template, 'coach init --yes');
    expect(init.stderr).toBe('');
    expect(init.stdout).toContain('starting 2026-12-01');

    const results = await pool(runnable.map((example) => async () => {
      const shell: Shell = { bin, home: tempDir(), user: tempDir() };
      fs.cpSync(template.home, shell.home, { recursive: true });
      fs.cpSync(template.user, shell.user, { recursive: true });
      // `coach import FILE` gets a file exported just before.
      const file = /^coach import (\S+)$/.exec(example)?.[1];
      if (file) expect((await sh(shell, `coach export --out ${file}`)).status).toBe(0);
      // `coach dsa rm ID`, `coach lesson rm ID` and `coach log rm ID` get a row with that id, imported just before.
      const rm = /^coach (dsa|lesson|log) rm (\S+)$/.exec(example);
      const tables = { dsa: 'problems', lesson: 'lessons', log: 'practice' } as const;
      if (rm) expect((await importRow(shell, tables[rm[1] as keyof typeof tables], rm[2] as string)).status).toBe(0);
      // `coach revisit done|skip|forget ID` name the card of "Two Sum" (its id is a hash of the title), logged just before.
      if (/^coach revisit (done|skip|forget) /.test(example)) expect((await importRow(shell, 'problems', 'p-two-sum')).status).toBe(0);
      // The timer's commands get a timer started at 09:00 (and paused, for `coach resume`) just before.
      const timer = /^coach (stop|pause|resume|cancel)\b/.exec(example)?.[1];
      if (timer) expect((await sh(shell, `coach start 1 --at 09:00${timer === 'resume' ? ' && coach pause' : ''}`)).status).toBe(0);
      return { example, ...(await sh(shell, example)) };
    }), Math.max(1, Math.min(8, os.availableParallelism())));

    const failed = results.filter((r) => r.status !== 0).map((r) => `${r.example} → exit ${r.status}: ${r.stderr.trim()}`);
    expect(failed).toEqual([]);
    for (const r of results) expect(r.stderr, r.example).not.toContain('    at ');
  }, 180_000);
});
