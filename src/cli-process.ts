// The process side of the command line: the context a command gets from the real terminal,
// and how an error becomes a message and an exit code.
import { CommanderError } from '@commander-js/extra-typings';
import type { Context, Output } from './context.js';
import { EXIT, exitCodeOf, UsageError, type ExitCode } from './errors.js';
import { dataDir } from './paths.js';
import { colorLevel, makeStyle } from './render/color.js';
import { DATE_RANGE, inDateRange, studyDate } from './schedule/dates.js';
import { sanitize } from './text/sanitize.js';
import { noPrompts, terminalPrompts } from './ui/prompts.js';

/** What `main` needs from the process; tests pass their own. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: Date;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Read only when stdout is a terminal too (see makeContext): making process.stdin costs a start
    // that prints to a pipe or a file a stream it never reads.
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    env: process.env,
    cwd: process.cwd(),
    now: new Date(),
  };
}

/** The width text may take: the terminal's, else `COLUMNS` (set by shells and in scripts), else 80. */
export function terminalColumns(stream: Pick<Io['stdout'], 'isTTY' | 'columns'>, env: NodeJS.ProcessEnv): number {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

function output(stream: Io['stdout'], env: NodeJS.ProcessEnv): Output {
  const isTTY = Boolean(stream.isTTY);
  return { isTTY, style: makeStyle(colorLevel(env, isTTY)), columns: terminalColumns(stream, env), write: (text) => void stream.write(text) };
}

export function makeContext(io: Io): Context {
  const stdout = output(io.stdout, io.env);
  const interactive = stdout.isTTY && io.stdinIsTTY;
  return {
    now: io.now,
    env: io.env,
    cwd: io.cwd,
    stdout,
    stderr: output(io.stderr, io.env),
    dataDir: dataDir(io.env),
    interactive,
    prompts: interactive ? terminalPrompts() : noPrompts((name) => `missing ${name} (no terminal to ask on); pass it as a flag`),
  };
}

/**
 * Refuses a clock outside the years coach keeps to: every date of a command is counted from it, so
 * a clock in 9999 would otherwise reach the calendar's end halfway through a view.
 */
export function checkClock(now: Date): void {
  const date = Number.isNaN(now.getTime()) ? null : studyDate(now, 0);
  if (date === null || !inDateRange(date)) {
    throw new UsageError(`the clock says ${date ?? 'an invalid date'}, outside ${DATE_RANGE}, the dates coach keeps to; set the system date`);
  }
}

/** Edit distance, for "did you mean" on a mistyped command. */
export function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** Prints what went wrong and returns the exit code: the one place an error becomes a code. */
export function report(ctx: Context, err: unknown): ExitCode {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return EXIT.ok;
    if (err.code === 'commander.help') return EXIT.usage;
    const message = sanitize(err.message.replace(/^error: /, ''));
    ctx.stderr.write(`coach: ${message}\n(run coach --help or coach <command> --help for usage)\n`);
    return EXIT.usage;
  }
  const code = exitCodeOf(err);
  if (code !== null) {
    // Messages quote file names, settings and file contents: nothing in them may drive the terminal.
    ctx.stderr.write(`coach: ${sanitize((err as Error).message)}\n`);
    return code;
  }
  // Ctrl+C inside a prompt: the learner chose to stop, so nothing to print.
  if (err instanceof Error && err.name === 'ExitPromptError') return EXIT.interrupted;
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
  ctx.stderr.write(`coach: unexpected error. Please report it with the command you ran.\n${text}\n`);
  return EXIT.unexpected;
}
