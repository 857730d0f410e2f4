// The one error the pure core throws about the learner's content. It knows nothing of processes
// or exit codes: the command line decides what it means (see `exitCodeOf` in src/errors.ts).

/** The content the learner pointed at cannot be used: no such file or folder. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
}
