// `coach dsa add | log | list | stats`: the learner's solved problems against the daily target.
import type { declareDsaAdd, declareDsaList, declareDsaLog, declareDsaStats } from '../cli/dsa.js';
import type { OptionsOf } from '../cli/options.js';
import type { Context, GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';
import type { Style } from '../render/color.js';
import { padEnd, plural } from '../render/format.js';
import { sanitizeLine } from '../text/sanitize.js';
import { DEFAULT_DSA } from '../schedule/today-view.js';
import { weekRange } from '../schedule/week-dates.js';
import { openSession, writableStore, type Session } from '../session.js';
import { dsaStats, type DsaStats } from '../review/dsa-stats.js';
import { DIFFICULTIES, type Difficulty, type Problem } from '../log/types.js';
import type { Minutes } from '../track/model.js';

export type DsaAddOptions = OptionsOf<typeof declareDsaAdd, 'title'>;

function topics(list: readonly string[] | undefined): string[] {
  const all = (list ?? []).flatMap((t) => t.split(',')).map((t) => sanitizeLine(t).toLowerCase()).filter(Boolean);
  return [...new Set(all)];
}

function checkUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.toString();
  } catch {
    // fall through to the error below
  }
  throw new UsageError(`--url "${sanitizeLine(url)}" is not a web address; give a full http(s) URL such as https://leetcode.com/problems/two-sum/`);
}

function describe(p: Problem): string {
  const bits = [p.difficulty, ...p.topics].filter(Boolean).join(', ');
  return `${p.title ? `"${sanitizeLine(p.title)}"` : 'untitled problem'}${bits ? ` (${sanitizeLine(bits)})` : ''}`;
}

/** Runs `fn` with a read-only session; writers ask for `writableStore` once their input is good. */
async function withSession<T>(ctx: Context, opts: GlobalOptions & { date?: string }, fn: (s: Session) => T | Promise<T>): Promise<T> {
  const session = await openSession(ctx, opts);
  try {
    return await fn(session);
  } finally {
    session.store?.close();
  }
}

/** Solved today so far against the target, for the line printed after each log. */
function todayLine(ctx: Context, session: Session): string {
  const n = session.store?.problems({ from: session.date, to: session.date }).length ?? 0;
  const target = targetOf(session);
  return ctx.stdout.style.dim(`${n} solved on ${session.date} (target ${target.min}–${target.max}). Undo with coach undo.`);
}

function targetOf(session: Session): Minutes {
  const week = session.track.weeks.find((w) => w.dailyDsa) ?? null;
  return week?.dailyDsa ?? DEFAULT_DSA;
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
    title = (await ctx.prompts.input('title', 'Problem title', { validate: (v) => (v.trim() ? true : 'Enter a title') })).trim();
    if (!opts.difficulty) {
      difficulty = await ctx.prompts.select('difficulty', 'Difficulty', [
        ...DIFFICULTIES.map((d) => ({ name: d, value: d as Difficulty | null })),
        { name: 'skip', value: null },
      ]);
    }
    if (!opts.topic) topicList = topics([await ctx.prompts.input('topics', 'Topics (comma-separated, optional)')]);
  }
  return withSession(ctx, opts, async (session) => {
    const store = await writableStore(ctx, session);
    const rows = store.addProblems([{
      date: session.date, title: sanitizeLine(title), difficulty, topics: topicList, url,
      minutes: opts.minutes ?? null, note: opts.note?.trim() || null,
    }]);
    const s = ctx.stdout.style;
    for (const p of rows) ctx.stdout.write(`${s.green('✔')} logged ${describe(p)}\n`);
    ctx.stdout.write(todayLine(ctx, session) + '\n');
    return rows;
  });
}

export type DsaLogOptions = OptionsOf<typeof declareDsaLog, 'count'>;

export async function dsaLog(ctx: Context, opts: DsaLogOptions): Promise<Problem[]> {
  if (!Number.isSafeInteger(opts.count) || opts.count < 1) throw new UsageError(`N must be a whole number of 1 or more, got ${opts.count}`);
  if (opts.count > 100) throw new UsageError(`${opts.count} problems in one go looks like a typo; log at most 100 at a time`);
  return withSession(ctx, opts, async (session) => {
    const store = await writableStore(ctx, session);
    const rows = store.addProblems(Array.from({ length: opts.count }, () => ({ date: session.date })));
    ctx.stdout.write(`${ctx.stdout.style.green('✔')} logged ${plural(rows.length, 'problem')}\n${todayLine(ctx, session)}\n`);
    return rows;
  });
}

export type DsaListOptions = OptionsOf<typeof declareDsaList>;

export async function dsaList(ctx: Context, opts: DsaListOptions): Promise<Problem[]> {
  if (opts.week !== undefined && opts.since !== undefined) throw new UsageError('use either --week or --since, not both');
  return withSession(ctx, opts, (session) => {
    let from = opts.since;
    let to: string | undefined;
    if (opts.week !== undefined) {
      const range = weekRange(session.track, session.settings.week, session.settings.start, session.store?.skips() ?? [], opts.week);
      if (!range) throw new UsageError(`week ${opts.week} is not part of your plan (it starts at week ${session.settings.week})`);
      ({ from, to } = range);
    }
    const rows = session.store?.problems({ from, to }) ?? [];
    if (opts.json) {
      ctx.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      return rows;
    }
    const s = ctx.stdout.style;
    if (rows.length === 0) {
      ctx.stdout.write('No problems logged' + (from ? ` from ${from}${to ? ` to ${to}` : ''}` : '') + '. Log one with coach dsa add "Two Sum".\n');
      return rows;
    }
    const lines = rows.map((p) =>
      `${s.dim(p.date)}  ${padEnd(p.difficulty ?? '—', 6)}  ${p.title ? sanitizeLine(p.title) : s.dim('(untitled)')}` +
      (p.topics.length ? s.cyan(`  ${sanitizeLine(p.topics.join(', '))}`) : ''));
    lines.push(s.dim(plural(rows.length, 'problem')));
    ctx.stdout.write(lines.join('\n') + '\n');
    return rows;
  });
}

function statsLines(s: Style, stats: DsaStats): string[] {
  const later = stats.later ? [s.dim(`${plural(stats.later, 'problem')} dated after today ${stats.later === 1 ? 'is' : 'are'} not counted yet.`)] : [];
  if (stats.days === 0) {
    return [`No problems logged up to today; your plan starts on ${stats.since}. Target: ${stats.target.min}–${stats.target.max} a day.`, ...later];
  }
  const pace = stats.perDay >= stats.target.min ? s.green : s.yellow;
  const lines = [
    `${s.bold(plural(stats.total, 'problem'))} since ${stats.since} (${plural(stats.days, 'day')})`,
    `Per day: ${pace(stats.perDay.toFixed(2))} against a target of ${stats.target.min}–${stats.target.max}`,
    `By difficulty: easy ${stats.byDifficulty.easy} · medium ${stats.byDifficulty.medium} · hard ${stats.byDifficulty.hard}` +
      (stats.byDifficulty.unknown ? ` · not given ${stats.byDifficulty.unknown}` : ''),
  ];
  const topicsList = Object.entries(stats.byTopic);
  if (topicsList.length) lines.push(`By topic: ${topicsList.map(([t, n]) => `${sanitizeLine(t)} ${n}`).join(' · ')}`);
  return [...lines, ...later];
}

export async function dsaStatsCommand(ctx: Context, opts: OptionsOf<typeof declareDsaStats>): Promise<DsaStats> {
  return withSession(ctx, opts, (session) => {
    const stats = dsaStats(session.store?.problems() ?? [], session.settings.start, session.date, targetOf(session));
    ctx.stdout.write(opts.json ? JSON.stringify(stats, null, 2) + '\n' : statsLines(ctx.stdout.style, stats).join('\n') + '\n');
    return stats;
  });
}
