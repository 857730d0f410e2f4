// Running commands in tests: a literal context with captured output and scripted answers for
// direct calls, and the real binary for what only a process shows.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from '../../src/context.js';
import { UsageError } from '../../src/errors.js';
import { makeStyle } from '../../src/render/color.js';
import type { Choice, Prompts } from '../../src/ui/prompts.js';
import { tempDir } from './temp-dir.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'coach.cjs');
export const CONTENT = path.join(ROOT, 'content');

export interface TestContext {
  ctx: Context;
  out(): string;
  err(): string;
  /** Questions asked, by name, in order. */
  asked: string[];
}

/**
 * Answers by question name; a question without an answer fails the test. An array answers the
 * same question several times, one element per asking.
 */
export type Answers = Record<string, unknown>;

function scripted(answers: Answers, asked: string[]): Prompts {
  const answer = <T>(name: string): T => {
    asked.push(name);
    if (!(name in answers)) throw new Error(`test did not expect the question "${name}"`);
    const a = answers[name];
    if (Array.isArray(a)) {
      if (a.length === 0) throw new Error(`question "${name}" asked more often than the test answers it`);
      return a.shift() as T;
    }
    return a as T;
  };
  return {
    select: async <T>(name: string, _m: string, choices: readonly Choice<T>[]) => {
      const a = answer<T>(name);
      if (!choices.some((c) => c.value === a)) throw new Error(`answer ${String(a)} is not a choice of "${name}"`);
      return a;
    },
    // A checkbox answer is itself a list: give it as [[...]] to answer twice, or as [...] once.
    checkbox: async <T>(name: string) => {
      const a = answers[name];
      if (Array.isArray(a) && Array.isArray(a[0])) return answer<T[]>(name);
      asked.push(name);
      if (!(name in answers)) throw new Error(`test did not expect the question "${name}"`);
      return a as T[];
    },
    input: async (name: string) => answer<string>(name),
    confirm: async (name: string) => answer<boolean>(name),
  };
}

export function testContext(opts: { home?: string; now?: Date; env?: NodeJS.ProcessEnv; interactive?: boolean; answers?: Answers; cwd?: string; columns?: number } = {}): TestContext {
  let out = '';
  let err = '';
  const asked: string[] = [];
  const style = makeStyle(0);
  const interactive = opts.interactive ?? false;
  const ctx: Context = {
    now: opts.now ?? new Date(2026, 10, 25, 10, 0),
    env: { ...opts.env },
    cwd: opts.cwd ?? ROOT,
    stdout: { isTTY: interactive, style, columns: opts.columns ?? 80, write: (t) => void (out += t) },
    stderr: { isTTY: interactive, style, columns: opts.columns ?? 80, write: (t) => void (err += t) },
    dataDir: opts.home ?? tempDir(),
    interactive,
    prompts: interactive
      ? scripted(opts.answers ?? {}, asked)
      : { select: noTTY, checkbox: noTTY, input: noTTY, confirm: noTTY },
  };
  return { ctx, out: () => out, err: () => err, asked };
}

async function noTTY(name: string): Promise<never> {
  throw new UsageError(`missing ${name} (no terminal to ask on)`);
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a spawned coach: its own data folder, no colour settings from the caller. */
export function cleanEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, COACH_HOME: home, ...extra };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'COACH_CONTENT']) if (!(k in extra)) delete env[k];
  return env;
}

/** How long a spawned coach may run before a test calls it hung. */
const HANG_MS = 60_000;

export function runCoach(args: readonly string[], opts: { home?: string; env?: NodeJS.ProcessEnv; input?: string; cwd?: string } = {}): RunResult {
  const home = opts.home ?? tempDir();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: cleanEnv(home, opts.env), encoding: 'utf8', input: opts.input ?? '', cwd: opts.cwd ?? ROOT,
    // A hang (a FIFO opened for reading, a lock never released) fails its test instead of the suite.
    timeout: HANG_MS, killSignal: 'SIGKILL',
  });
  const hung = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `\n[killed: still running after ${HANG_MS / 1000} s]` : '';
  return { status: r.status, stdout: r.stdout, stderr: r.stderr + hung };
}

/** The same, without blocking: for tests that run several processes at once. */
export function startCoach(args: readonly string[], opts: { home: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(opts.home, opts.env), cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * `coach ARGS` run in this process through `main`, with captured output: exit codes and messages
 * as the shell reports them, without spawning a process.
 */
export async function runMain(args: readonly string[], opts: { home?: string; cwd?: string; now?: Date } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../src/cli.js');
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'coach', ...args], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdinIsTTY: false,
    env: { COACH_HOME: opts.home ?? tempDir() },
    cwd: opts.cwd ?? ROOT,
    now: opts.now ?? new Date(2026, 10, 25, 10, 0),
  });
  return { code, stdout, stderr };
}
