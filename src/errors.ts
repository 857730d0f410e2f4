// Typed errors: the top-level handler maps each class to an exit code and prints only its message.

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, unexpected: 1, usage: 2, data: 3 } as const;

/** An expected problem: printed as one or two lines, never with a stack. */
export class CoachError extends Error {
  readonly exitCode: number = EXIT.unexpected;
}

/** Bad command line or bad input value: exit 2, nothing written. */
export class UsageError extends CoachError {
  override readonly exitCode = EXIT.usage;
}

/** The data store cannot be used (corrupt, busy, too new): exit 3, the file left as it was. */
export class DataError extends CoachError {
  override readonly exitCode = EXIT.data;
}
