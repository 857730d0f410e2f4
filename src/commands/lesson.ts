// `coach lesson add`: note a key lesson of a week; the week's last day asks for a few of them.
import type { OptionsOf } from '../cli/options.js';
import type { declareLessonAdd } from '../cli/review.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { renderLesson } from '../render/lesson.js';
import { sanitizeLine } from '../text/sanitize.js';
import { withSession, writableStore } from '../session.js';
import { planWeek } from '../session-plan.js';
import type { Lesson } from '../log/types.js';

export type LessonAddOptions = OptionsOf<typeof declareLessonAdd, 'text'>;

export async function lessonAdd(ctx: Context, opts: LessonAddOptions): Promise<Lesson> {
  // Newlines fold to spaces: a lesson is one line in the review and in the markdown note.
  let text = sanitizeLine(opts.text.join(' '));
  if (!text && ctx.interactive) {
    text = sanitizeLine(await ctx.prompts.input('lesson', 'What did you learn?', { validate: (v) => (v.trim() ? true : 'Enter the lesson') }));
  }
  if (!text) throw new UsageError('give the lesson\'s text: coach lesson add "close channels from the sender"');
  return withSession(ctx, opts, async (session) => {
    // The week first: a refused lesson leaves no log behind.
    const week = planWeek(session, opts.week);
    const store = await writableStore(ctx, session);
    const row = store.addLesson({ track: session.track.id, week, text, date: session.date });
    const count = store.lessons({ track: session.track.id, week }).length;
    ctx.stdout.write(renderLesson(ctx.stdout.style, { week, count }));
    return row;
  });
}
