// What a session does about track files that cannot be read: each one may be a missing week, so
// the plan built without it may have moved later weeks up. Views say so; writes against the plan refuse.
import path from 'node:path';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import type { IsoDate } from './schedule/dates.js';
import { sanitizeLine } from './text/sanitize.js';
import type { UnreadableFile } from './track/curriculum.js';

/**
 * What an unreadable file of the content means to a command: `warn` (the default) says so on
 * stderr and goes on; `refuse`, for a command that writes against the plan's block numbers or days
 * (which would be another week's), stops it before anything is written; `silent` leaves it to the
 * command, which reads `session.unreadable` (the status line, tab completion).
 */
export type UnreadablePolicy = 'warn' | 'refuse' | 'silent';

/** Where a file is, as the learner would type it: relative to the working folder when inside it. */
export function shownPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return sanitizeLine(rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file);
}

/** Files named one by one, the rest counted: a folder of broken files stays a short message. */
const NAMED = 3;

/** `week-02/go.md cannot be read (file is empty…)`, for each of the first files, joined. */
export function describeUnreadable(files: readonly UnreadableFile[], cwd: string): string {
  const named = files.slice(0, NAMED).map((f) => `${shownPath(f.file, cwd)} cannot be read (${sanitizeLine(f.problem)})`);
  const more = files.length - named.length;
  return named.join('; ') + (more > 0 ? `; and ${more} more file${more === 1 ? '' : 's'}` : '');
}

const FIX = 'Fix or remove the file (coach validate shows more).';

/** Applies `policy` to the unreadable files of the session's content. */
export function checkUnreadable(ctx: Pick<Context, 'cwd' | 'stderr'>, files: readonly UnreadableFile[], policy: UnreadablePolicy): void {
  if (files.length === 0 || policy === 'silent') return;
  const what = describeUnreadable(files, ctx.cwd);
  if (policy === 'refuse') {
    throw new UsageError(`${what}: it may be a week of your track, so the plan's block numbers and days may be another week's. ` +
      `Nothing was written. ${FIX}`);
  }
  ctx.stderr.write(ctx.stderr.style.yellow(`coach: ${what}: the plan leaves it out, so later weeks may have moved up. ${FIX}`) + '\n');
}

/**
 * The saved start week is not in the track, and a file that cannot be read may have held it: the
 * cure is fixing that file, not choosing another week. `today` and `files` let the status line say so.
 */
export class StartWeekUnreadable extends UsageError {
  readonly files: number;
  constructor(
    week: number,
    track: string,
    files: readonly UnreadableFile[],
    cwd: string,
    readonly today: IsoDate,
  ) {
    const which = files.length === 1 ? 'it may be that week' : 'one of them may be that week';
    super(`week ${week} of track "${sanitizeLine(track)}" cannot be found: ${describeUnreadable(files, cwd)}; ${which}. ${FIX}`);
    this.files = files.length;
  }
}
