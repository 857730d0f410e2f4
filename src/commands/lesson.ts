// `coach lesson add | list | rm`: note a key lesson of a week (the week's last day asks for a few),
// list them, remove one.
import type { OptionsOf } from '../cli/options.js';
import type { declareLessonAdd, declareLessonList, declareLessonRm } from '../cli/review.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { renderLesson, renderLessonList, renderRemovedLesson } from '../render/lesson.js';
import { printResult } from '../render/output.js';
import { sanitizeLine } from '../text/sanitize.js';
import { withLog, withSession, writableStore } from '../session.js';
import { checkPlanWeek, planWeek } from '../session-plan.js';
import { hasLog } from '../store/settings.js';
import type { Lesson } from '../log/types.js';

export type LessonAddOptions = OptionsOf<typeof declareLessonAdd, 'text'>;

export async function lessonAdd(ctx: Context, opts: LessonAddOptions): Promise<Lesson> {
  // Newlines fold to spaces: a lesson is one line in the review and in the markdown note.
  let text = sanitizeLine(opts.text.join(' '));
  if (!text && ctx.interactive) {
    text = sanitizeLine(await ctx.prompts.input('lesson', 'What did you learn?', { validate: (v) => (v.trim() ? true : 'Enter the lesson') }));
  }
  if (!text) throw new UsageError('give the lesson\'s text: coach lesson add "close channels from the sender"');
  return withSession(ctx, { ...opts, notAfterToday: true, unreadable: 'refuse' }, async (session) => {
    // The week first: a refused lesson leaves no log behind.
    const week = planWeek(session, opts.week);
    const store = await writableStore(ctx, session);
    const row = store.addLesson({ track: session.track.id, week, text, date: session.date });
    const count = store.lessons({ track: session.track.id, week }).length;
    ctx.stdout.write(renderLesson(ctx.stdout.style, { week, count }));
    return row;
  });
}

export type LessonListOptions = OptionsOf<typeof declareLessonList>;

/** The track's lessons, oldest first; with `--week`, only that plan week's. */
export async function lessonList(ctx: Context, opts: LessonListOptions): Promise<Lesson[]> {
  return withSession(ctx, opts, (session) => {
    const week = opts.week === undefined ? undefined : checkPlanWeek(session, opts.week);
    const rows = session.store?.lessons({ track: session.track.id, week }) ?? [];
    printResult(ctx.stdout, (st, lessons, columns) => renderLessonList(st, { lessons, week: week ?? null }, columns), rows, { json: opts.json });
    return rows;
  });
}

export type LessonRmOptions = OptionsOf<typeof declareLessonRm, 'id'>;

/** Removes one lesson by id; `coach undo` puts it back. An unknown id writes nothing. */
export async function lessonRm(ctx: Context, opts: LessonRmOptions): Promise<Lesson> {
  const missing = (): UsageError =>
    new UsageError(`no lesson with id "${sanitizeLine(opts.id)}"; coach lesson list shows the ids. Nothing was removed.`);
  if (!hasLog(ctx.dataDir)) throw missing();
  const removed = await withLog(ctx, (store) => store.removeLesson(opts.id.trim()));
  if (!removed) throw missing();
  ctx.stdout.write(renderRemovedLesson(ctx.stdout.style, removed));
  return removed;
}
