// Exit codes and the typed errors of the command line: each expected error knows its code, and
// `report` (src/cli-process.ts) prints its message and returns that code.
import { ContentError } from './track/errors.js';

/** Exit codes, documented in the README and in `coach --help`. */
export const EXIT = { ok: 0, unexpected: 1, usage: 2, data: 3, invalidTracks: 4, io: 5, interrupted: 130 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What each code means, as `coach --help` lists them. */
export const EXIT_MEANINGS: Record<ExitCode, string> = {
  [EXIT.ok]: 'ok',
  [EXIT.unexpected]: 'unexpected error (a bug)',
  [EXIT.usage]: 'bad usage or input',
  [EXIT.data]: 'data store problem',
  [EXIT.invalidTracks]: 'coach validate found errors in the track files',
  [EXIT.io]: 'a file could not be read or written',
  [EXIT.interrupted]: 'interrupted at a question',
};

/** An expected problem: printed as one or two lines, never with a stack. */
export class CoachError extends Error {
  readonly exitCode: ExitCode = EXIT.unexpected;
}

/** Bad command line or bad input value: exit 2, nothing written. */
export class UsageError extends CoachError {
  override readonly exitCode = EXIT.usage;
}

/** The data store cannot be used (corrupt, busy, too new): exit 3, the file left as it was. */
export class DataError extends CoachError {
  override readonly exitCode = EXIT.data;
}

/** A file the learner named (a note, an export, an import) cannot be read or written: exit 5. */
export class IoError extends CoachError {
  override readonly exitCode = EXIT.io;
}

/** The exit code of an expected error, the core's domain errors included; null for a bug. */
export function exitCodeOf(err: unknown): ExitCode | null {
  if (err instanceof CoachError) return err.exitCode;
  if (err instanceof ContentError) return EXIT.usage;
  return null;
}
