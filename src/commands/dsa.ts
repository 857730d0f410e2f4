// `coach dsa add | log | list | stats`: the learner's solved problems against the daily target.
import type { declareDsaAdd, declareDsaList, declareDsaLog, declareDsaRm, declareDsaStats } from '../cli/dsa.js';
import type { OptionsOf } from '../cli/options.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { printResult } from '../render/output.js';
import { renderAdded, renderDayTally, renderDsaList, renderDsaStats, renderLogged, renderRemovedProblem } from '../render/dsa.js';
import { sanitizeLine } from '../text/sanitize.js';
import { resolveDate } from '../schedule/dates.js';
import { planSequence } from '../schedule/scheduler.js';
import { weekRange } from '../schedule/week-dates.js';
import { withLog, withSession, writableStore, type Session } from '../session.js';
import { hasLog } from '../store/settings.js';
import { checkPlanWeek, dayDsaTarget, dsaSetting } from '../session-plan.js';
import { dsaStats, type DsaStats, type DsaWindow } from '../review/dsa-stats.js';
import { DIFFICULTIES, type Difficulty, type Problem } from '../log/types.js';
import { problemLog, titleKey } from '../log/problem-log.js';
import { cardId } from '../practice/cards.js';
import { DEFAULT_RATING, RATINGS, type Rating } from '../practice/ratings.js';
import { RATING_HINTS, renderComesBack } from '../render/revisit.js';

/** More than this many untitled problems in one `dsa log` is taken for a typo. */
const MAX_LOG = 100;

export type DsaAddOptions = OptionsOf<typeof declareDsaAdd, 'title'>;

function topics(list: readonly string[] | undefined): string[] {
  const all = (list ?? []).flatMap((t) => t.split(',')).map((t) => sanitizeLine(t).toLowerCase()).filter(Boolean);
  return [...new Set(all)];
}

export function checkUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.toString();
  } catch {
    // fall through to the error below
  }
  throw new UsageError(`--url "${sanitizeLine(url)}" is not a web address; give a full http(s) URL such as https://leetcode.com/problems/two-sum/`);
}

/** Solved on the session's date so far against that day's target, printed after each log. */
function dayTally(ctx: Context, session: Session): string {
  const solved = session.store?.problemLog().count({ from: session.date, to: session.date }) ?? 0;
  const { target } = dayDsaTarget(session);
  return renderDayTally(ctx.stdout.style, { date: session.date, solved, target });
}

/** Dates a problem of this title was logged on before, oldest first; titles match in any case and spacing. */
function solvedBefore(session: Session, title: string): string[] {
  return session.store?.problemLog().datesOf(title) ?? [];
}

export async function dsaAdd(ctx: Context, opts: DsaAddOptions): Promise<Problem[]> {
  let title = opts.title.join(' ').trim();
  let difficulty: Difficulty | null = opts.difficulty ?? null;
  let topicList = topics(opts.topic);
  const url = checkUrl(opts.url);
  if (opts.minutes !== undefined && !(Number.isSafeInteger(opts.minutes) && opts.minutes >= 1)) {
    throw new UsageError(`--minutes must be a whole number of 1 or more, got ${opts.minutes}`);
  }
  if (!title) {
    if (!ctx.interactive) {
      throw new UsageError('give the problem\'s title: coach dsa add "Two Sum" --difficulty easy (or coach dsa log N for untitled problems)');
    }
  }
  // The session first, so a refused --date asks nothing.
  return withSession(ctx, { ...opts, notAfterToday: true }, async (session) => {
    if (!title) {
      title = (await ctx.prompts.input('title', 'Problem title', { validate: (v) => (v.trim() ? true : 'Enter a title') })).trim();
      if (!opts.difficulty) {
        difficulty = await ctx.prompts.select('difficulty', 'Difficulty', [
          ...DIFFICULTIES.map((d) => ({ name: d, value: d as Difficulty | null })),
          { name: 'skip', value: null },
        ]);
      }
      if (!opts.topic) topicList = topics([await ctx.prompts.input('topics', 'Topics (comma-separated, optional)')]);
    }
    const rating = opts.rating ?? (ctx.interactive ? await askRating(ctx) : DEFAULT_RATING);
    const clean = sanitizeLine(title);
    const before = solvedBefore(session, clean);
    const store = await writableStore(ctx, session, { cards: true });
    const rows = store.addProblems([{
      date: session.date, title: clean, difficulty, topics: topicList, url,
      minutes: opts.minutes ?? null, note: opts.note?.trim() || null, rating,
    }]);
    const card = store.cardsByPrefix(cardId('dsa', titleKey(clean)), 1)[0];
    ctx.stdout.write(renderAdded(ctx.stdout.style, rows, before) + (card ? renderComesBack(ctx.stdout.style, card) : '') + dayTally(ctx, session));
    return rows;
  });
}

/** How the solve went, asked after the other questions; Enter keeps the default. */
export function askRating(ctx: Context): Promise<Rating> {
  return ctx.prompts.select<Rating>('rating', 'How did it go? (sets when it comes back)', RATINGS.map((r) => ({ name: RATING_HINTS[r], value: r })), DEFAULT_RATING);
}

export type DsaLogOptions = OptionsOf<typeof declareDsaLog, 'count'>;

export async function dsaLog(ctx: Context, opts: DsaLogOptions): Promise<Problem[]> {
  if (!Number.isSafeInteger(opts.count) || opts.count < 1) throw new UsageError(`N must be a whole number of 1 or more, got ${opts.count}`);
  if (opts.count > MAX_LOG) throw new UsageError(`${opts.count} problems in one go looks like a typo; log at most ${MAX_LOG} at a time`);
  return withSession(ctx, { ...opts, notAfterToday: true }, async (session) => {
    const store = await writableStore(ctx, session);
    const rows = store.addProblems(Array.from({ length: opts.count }, () => ({ date: session.date })));
    ctx.stdout.write(renderLogged(ctx.stdout.style, rows.length) + dayTally(ctx, session));
    return rows;
  });
}

/** `--week N` or `--since D`, shared by `dsa list` and `dsa stats`. */
export interface DsaWindowOptions {
  week?: number;
  since?: string;
}

/** The dates `--week` or `--since` name, checked; a week outside the plan is a usage error naming its weeks. */
function windowOf(session: Session, opts: DsaWindowOptions): DsaWindow {
  if (opts.week !== undefined && opts.since !== undefined) throw new UsageError('use either --week or --since, not both');
  if (opts.since !== undefined) {
    const since = resolveDate(opts.since, session.today);
    if (!since) throw new UsageError(`--since ${sanitizeLine(opts.since)} is not a calendar date; write it as YYYY-MM-DD`);
    return { from: since, end: null, week: null };
  }
  if (opts.week === undefined) return { from: null, end: null, week: null };
  const week = checkPlanWeek(session, opts.week);
  const range = weekRange(session.track, session.settings.week, session.settings.start, session.store?.skips() ?? [], week);
  // checkPlanWeek has found the week in the plan, so it has dates.
  if (!range) throw new UsageError(`week ${week} is not part of your plan`);
  return { from: range.from, end: range.to, week };
}

export type DsaListOptions = OptionsOf<typeof declareDsaList>;

export async function dsaList(ctx: Context, opts: DsaListOptions): Promise<Problem[]> {
  return withSession(ctx, opts, (session) => {
    const window = windowOf(session, opts);
    const rows = session.store?.problems({ from: window.from ?? undefined, to: window.end ?? undefined }) ?? [];
    printResult(ctx.stdout, (st, list, columns) => renderDsaList(st, list, window, columns), rows, { json: opts.json });
    return rows;
  });
}

export type DsaRmOptions = OptionsOf<typeof declareDsaRm, 'id'>;

/** Removes one problem by id; `coach undo` puts it back. An unknown id writes nothing. */
export async function dsaRm(ctx: Context, opts: DsaRmOptions): Promise<Problem> {
  const missing = (): UsageError =>
    new UsageError(`no problem with id "${sanitizeLine(opts.id)}"; coach dsa list --json shows the ids. Nothing was removed.`);
  if (!hasLog(ctx.dataDir)) throw missing();
  const removed = await withLog(ctx, (store) => store.removeProblem(opts.id.trim()), { cards: true });
  if (!removed) throw missing();
  ctx.stdout.write(renderRemovedProblem(ctx.stdout.style, removed));
  return removed;
}

export type DsaStatsOptions = OptionsOf<typeof declareDsaStats>;

export async function dsaStatsCommand(ctx: Context, opts: DsaStatsOptions): Promise<DsaStats> {
  return withSession(ctx, opts, (session) => {
    const window = windowOf(session, opts);
    const { track, settings, store } = session;
    const plan = { sequence: planSequence(track, settings.week), start: settings.start, skips: store?.skips() ?? [], plan: settings.plan, dsaSetting: dsaSetting(session) };
    const stats = dsaStats(store?.problemLog() ?? problemLog([]), plan, session.date, window);
    const from = window.week !== null ? 'week' : window.from !== null ? 'since' : 'plan';
    printResult(ctx.stdout, (st, data) => renderDsaStats(st, data, from), stats, { json: opts.json });
    return stats;
  });
}
