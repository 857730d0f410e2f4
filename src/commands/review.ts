// `coach review`: the summary of one plan week, as text, JSON or a markdown note to commit.
import fs from 'node:fs';
import path from 'node:path';
import type { OptionsOf } from '../cli/options.js';
import type { declareReview } from '../cli/review.js';
import type { Context } from '../context.js';
import { IoError, UsageError } from '../errors.js';
import { notCoachFile, standardStream, writeFileAtomic } from '../files.js';
import { printResult } from '../render/output.js';
import { isReviewNote, renderReviewMarkdown } from '../render/review-markdown.js';
import { renderReview } from '../render/review.js';
import { sanitizeLine } from '../text/sanitize.js';
import { buildReview, reviewSpan, type Review } from '../review/review.js';
import { revisitFiguresOf, type RevisitFigures } from '../practice/cards.js';
import { problemLog } from '../log/problem-log.js';
import { trackDrops, withSession, writableStore, type Session } from '../session.js';
import { dsaSetting, planWeek } from '../session-plan.js';
import { reviewPractice, type ReviewPractice } from '../session-practice.js';
import { renderPracticeWeek } from '../render/practice-progress.js';

export type ReviewOptions = OptionsOf<typeof declareReview>;

function statOf(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null; // missing, or unreadable: reading it below says which
  }
}

/**
 * Refuse to replace a file that is not an earlier review note, unless forced; a folder is never
 * replaced. A device or a FIFO is written to, not replaced (see writeFileAtomic), and never read:
 * a FIFO would wait for a writer.
 */
function checkTarget(file: string, force: boolean | undefined, week: number): void {
  const st = statOf(file);
  if (st?.isDirectory()) {
    throw new UsageError(`${file} is a folder; give a file for the note, such as ${path.join(file, `week-${week}.md`)}`);
  }
  if (st && !st.isFile()) return;
  let head: string;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(64);
      head = buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new IoError(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (!force && !isReviewNote(head)) {
    throw new UsageError(`${file} exists and is not a review coach wrote; pick another file, or pass --force to replace it`);
  }
}

/** On a terminal, the review asks for the lessons the week's last day wants; an empty answer stops. */
async function askForLessons(ctx: Context, session: Session, week: number, wanted: number): Promise<void> {
  for (let i = 0; i < wanted; i++) {
    const text = sanitizeLine(await ctx.prompts.input('lesson', `A key lesson of week ${week} (${wanted - i} more wanted; empty to stop)`));
    if (!text) return;
    const store = await writableStore(ctx, session);
    store.addLesson({ track: session.track.id, week, text, date: session.date });
    ctx.stdout.write(`${ctx.stdout.style.green('✔')} noted\n`);
  }
}

/** The week's review, its practice by area with the guide's milestone lines (see session-practice.ts), and its revisits. */
export type ReviewResult = Review & ReviewPractice & { revisits: RevisitFigures };

export async function review(ctx: Context, opts: ReviewOptions): Promise<ReviewResult> {
  return withSession(ctx, opts, async (session) => {
    const { store, settings, track, date } = session;
    const week = planWeek(session, opts.week);
    const skips = store?.skips() ?? [];
    const span = { track, startWeek: settings.week, start: settings.start, skips, week };
    // Only the completions of the sections the review shows, and the dates of the rest for the streak.
    const shown = reviewSpan(span);
    const base = buildReview({
      ...span, plan: settings.plan, today: date,
      completions: store && shown ? store.sectionCompletions({ track: track.id, ...shown }) : [],
      completionDates: store?.completionDates(track.id) ?? [],
      problems: store?.problemLog() ?? problemLog([]),
      lessons: store?.lessons({ track: track.id, week }) ?? [],
      drops: trackDrops(session),
      dsaSetting: dsaSetting(session),
    });
    if (!base) throw new UsageError(`week ${week} is not part of your plan`);
    const result: ReviewResult = {
      ...base,
      ...reviewPractice(session, base),
      revisits: revisitFiguresOf(store?.revisitsByOutcome({ from: base.from, to: base.to }) ?? []),
    };

    let wrote: string | null = null;
    let streamed = false;
    if (opts.markdown !== undefined) {
      wrote = path.resolve(ctx.cwd, opts.markdown);
      notCoachFile(wrote, ctx.dataDir);
      checkTarget(wrote, opts.force, week);
      const stream = standardStream(wrote);
      if (stream) ctx[stream].write(renderReviewMarkdown(result));
      streamed = stream !== null || writeFileAtomic(wrote, renderReviewMarkdown(result), { force: opts.force, replace: true, dataDir: ctx.dataDir }) === 'streamed';
    }
    printResult(ctx.stdout, (s, r, columns) => `${renderReview(s, r, columns)}\n${renderPracticeWeek(s, r.practice, r.milestones, columns)}`, result, { json: opts.json });
    if (store && ctx.interactive && !opts.json && result.lessonsWanted > 0) {
      await askForLessons(ctx, session, week, result.lessonsWanted);
    }
    // On stderr with --json, so stdout stays one JSON document, and after a note sent to a stream.
    if (wrote) (opts.json || streamed ? ctx.stderr : ctx.stdout).write(`Wrote the week ${week} review to ${sanitizeLine(wrote)}\n`);
    return result;
  });
}
