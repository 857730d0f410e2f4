// Running coach with its data folder on a tiny tmpfs of its own, in a private mount namespace
// (`unshare -m`, as root), to show what only a real file system does: a full disk, a read-only
// folder (root ignores file modes, so a read-only mount it is). Where that is impossible the
// tests skip, saying why.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, cleanEnv, type RunResult } from './cli.js';
import { tempDir } from './temp-dir.js';

const DRIVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sandbox-driver.mjs');

let reason: string | null | undefined;

/** Why a sandbox cannot run here, or null when it can. */
export function sandboxUnavailable(): string | null {
  if (reason !== undefined) return reason;
  if (process.platform !== 'linux') return (reason = 'tmpfs mounts in a private namespace need Linux');
  if (process.getuid?.() !== 0) return (reason = 'mounting a tmpfs needs root (unshare -m)');
  const r = spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${tempDir()}`], { encoding: 'utf8' });
  reason = r.status === 0 ? null : `unshare -m with a tmpfs mount failed here: ${(r.error?.message ?? r.stderr).trim()}`;
  return reason;
}

/**
 * Say in the test output why a sandboxed test is skipped. CI (`.ci/run`, with COACH_SANDBOX=1)
 * requires them: there a missing sandbox fails instead.
 */
export function noteSkip(what: string): void {
  const why = sandboxUnavailable();
  if (why && process.env.COACH_SANDBOX) throw new Error(`COACH_SANDBOX is set, but ${what} cannot run: ${why}`);
  if (why) console.log(`skipping ${what}: ${why}`);
}

export interface SandboxPlan {
  /** Coach commands run first, on the empty tmpfs; each must succeed. */
  before?: string[][];
  /** Files copied into the data folder after those, by name: `{ 'coach.db-wal': '/tmp/…' }`. */
  copy?: Record<string, string>;
  /** Fill the file system to the last byte. */
  fill?: boolean;
  /** Remount it read-only. */
  readonly?: boolean;
  /** The commands to observe. */
  run: string[][];
  /** The tmpfs size, e.g. `2m` (the default). */
  size?: string;
}

export interface SandboxResult {
  results: Array<RunResult & { args: string[] }>;
  /** Every file left in the data folder afterwards, relative to it, sorted. */
  files: string[];
}

export function runSandboxed(plan: SandboxPlan): SandboxResult {
  const home = tempDir();
  const r = spawnSync('unshare', ['-m', process.execPath, DRIVER, BIN, JSON.stringify({ ...plan, home })], {
    env: cleanEnv(home), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`the sandbox failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as SandboxResult;
}
