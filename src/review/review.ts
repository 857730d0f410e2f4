// The summary of one plan week that `coach review` prints, writes as markdown and emits as JSON.
// Pure: the track, the log rows and the dates are passed in.
import { plannedVsActual, type PlannedVsActual } from './planned-actual.js';
import { compareDates, type IsoDate } from '../schedule/dates.js';
import { planWeeks } from '../schedule/current.js';
import { plannedMinutesOf } from '../schedule/plan-totals.js';
import { dailyDsaTarget, spanDsaTarget } from '../schedule/targets.js';
import { datedWeek, type DatedDay } from '../schedule/week-dates.js';
import { emptyTally, type ProblemEntry, type ProblemLog, type ProblemTally } from '../log/problem-log.js';
import type { Completion, Difficulty, Drop, Lesson } from '../log/types.js';
import { blocksFor, type Block, type Minutes, type ProblemCount, type Plan, type Track } from '../track/model.js';
import { attach, completionMinutes, doneIds, orphanedBlock, orphanedOn, type Attachment, type OrphanedBlock } from '../log/attach.js';
import { activeDates, problemsByDate, streaks, type Streak } from './activity.js';
import { LESSONS_PER_WEEK } from './constants.js';
import { progressLog, type LoggedDate } from './progress-log.js';

export interface ReviewInput {
  track: Track;
  plan: Plan;
  startWeek: number;
  start: IsoDate;
  week: number;
  today: IsoDate;
  /**
   * The track's completions: all of them, or at least every one in a section (a plan day's 4h
   * blocks or 6h additions) of this week or the week before, or of a section a completion dated
   * this week belongs to (see `Store.sectionCompletions`); given only those, `completionDates`.
   */
  completions: readonly Completion[];
  /** The dates of all the track's completions, for the streak, when `completions` holds only some. */
  completionDates?: readonly IsoDate[];
  problems: ProblemLog;
  skips: readonly IsoDate[];
  lessons: readonly Lesson[];
  /** Blocks let go (`coach drop`): neither done nor undone. */
  drops?: readonly Drop[];
  /** The learner's own daily DSA target, for weeks whose text states none (see `dailyDsaTarget`). */
  dsaSetting: ProblemCount | null;
}

export interface Done {
  done: number;
  planned: number;
}

export interface MinutesDone {
  done: number;
  planned: Minutes;
}

export interface ReviewDay {
  day: number;
  date: IsoDate;
  title: string;
  focus: string;
  blocks: Done;
  minutes: MinutesDone;
  /** Problems dated on this day's calendar date. */
  dsa: number;
  /** What the day asks for (`dailyDsaTarget`). */
  target: ProblemCount;
  /** The problems' topics, then the day's focus: the progress log's Topics column. */
  topics: string[];
  /** Notes kept with the day's completed blocks (orphaned ones included). */
  notes: string[];
}

export interface WeekTotals {
  /** `dropped`: blocks let go, counted apart from done and undone. */
  blocks: Done & { percent: number; dropped: number };
  minutes: MinutesDone;
  dsa: {
    /** Every problem dated within the week, rest days included. */
    done: number;
    /** The days' own daily targets added up (`spanDsaTarget`). */
    target: ProblemCount;
    /** The same per study day (a week's days are study days: rest days lie between them). */
    daily: Minutes;
    byDifficulty: Record<Difficulty | 'unknown', number>;
  };
}

export interface UndoneBlock {
  id: string;
  label: string;
  category: string;
  title: string;
  minutes: Minutes | null;
}

export interface Review {
  track: string;
  trackTitle: string;
  /** The week's own title, from its file (the same as the track's in most layouts). */
  weekTitle: string;
  week: number;
  plan: Plan;
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
  days: ReviewDay[];
  totals: WeekTotals;
  streak: Streak;
  /** Rest days that fall within the week. */
  skipped: IsoDate[];
  /** Unfinished blocks of the days the calendar has reached, by day; blocks let go are not among them. */
  undone: { day: number; date: IsoDate; title: string; blocks: UndoneBlock[] }[];
  /** Blocks of the week let go with `coach drop`, by day. */
  dropped: { day: number; date: IsoDate; title: string; blocks: UndoneBlock[] }[];
  previous: ({ week: number } & WeekTotals) | null;
  lessons: { id: string; text: string; date: IsoDate }[];
  /**
   * Completions logged against a block of this week that the track no longer has (see `attach`):
   * they still count in their day's blocks and time.
   */
  orphaned: OrphanedBlock[];
  /** How many more lessons the week's last day asks for (`LESSONS_PER_WEEK.min` in all); 0 before it. */
  lessonsWanted: number;
  /** The markdown note's progress log: one row per calendar date of the week up to today. */
  progressLog: LoggedDate[];
  /** Planned against actual minutes of the week's blocks done (see planned-actual.ts). */
  plannedVsActual: PlannedVsActual;
}

const inRange = (date: IsoDate, from: IsoDate, to: IsoDate): boolean =>
  compareDates(from, date) <= 0 && compareDates(date, to) <= 0;

function summarise(
  days: readonly DatedDay[], plan: Plan, attached: Attachment, problems: readonly ProblemEntry[], dsaSetting: ProblemCount | null,
  dropped: ReadonlySet<string>,
  /** The week's problems counted by the log, for a week whose rows were not read. */
  counted?: Pick<ProblemTally, 'count' | 'byDifficulty'>,
): { days: ReviewDay[]; totals: WeekTotals } {
  const byDate = problemsByDate(problems);
  const rows = days.map(({ day, date }): ReviewDay => {
    const blocks = blocksFor(day.dayRef, plan);
    const finished: { c: Completion; b?: Block }[] = [
      ...blocks.flatMap((b) => {
        const c = attached.byBlock.get(b.id);
        return c ? [{ b, c }] : [];
      }),
      // A block gone from the track was still done that day.
      ...orphanedOn(attached, plan, day.week, day.day).map((c) => ({ c })),
    ];
    const solved = byDate.get(date) ?? [];
    const focus = day.dayRef.focus;
    return {
      day: day.day,
      date,
      title: day.dayRef.title,
      focus,
      blocks: { done: finished.length, planned: blocks.length },
      minutes: { done: finished.reduce((sum, f) => sum + completionMinutes(f.c, f.b), 0), planned: plannedMinutesOf([day.dayRef], plan) },
      dsa: solved.length,
      target: dailyDsaTarget(day, plan, dsaSetting).target,
      topics: [...new Set([...solved.flatMap((p) => p.topics), ...(focus ? [focus] : [])])],
      notes: finished.flatMap((f) => (f.c.note ? [f.c.note] : [])),
    };
  });
  const first = days[0];
  const last = days[days.length - 1];
  const inWeek = first && last ? problems.filter((p) => inRange(p.date, first.date, last.date)) : [];
  const byDifficulty: WeekTotals['dsa']['byDifficulty'] = { easy: 0, medium: 0, hard: 0, unknown: 0 };
  for (const p of inWeek) byDifficulty[p.difficulty ?? 'unknown']++;
  const solved = counted ?? { count: inWeek.length, byDifficulty };
  const dsa = spanDsaTarget(days.map((d) => d.day), plan, dsaSetting);
  const sum = (f: (d: ReviewDay) => number) => rows.reduce((total, d) => total + f(d), 0);
  const blocks = { done: sum((d) => d.blocks.done), planned: sum((d) => d.blocks.planned) };
  const letGo = days.reduce((n, d) => n + blocksFor(d.day.dayRef, plan).filter((b) => dropped.has(b.id) && !attached.byBlock.has(b.id)).length, 0);
  return {
    days: rows,
    totals: {
      blocks: { ...blocks, percent: blocks.planned ? Math.round((blocks.done / blocks.planned) * 100) : 0, dropped: letGo },
      minutes: { done: sum((d) => d.minutes.done), planned: plannedMinutesOf(days.map((d) => d.day.dayRef), plan) },
      dsa: { done: solved.count, target: dsa.total, daily: dsa.perDay, byDifficulty: { ...solved.byDifficulty } },
    },
  };
}

/** The plan week before `week` in the plan from `startWeek`, or undefined for the first. */
function weekBefore(track: Track, startWeek: number, week: number): number | undefined {
  const weeks = planWeeks(track, startWeek);
  return weeks[weeks.indexOf(week) - 1];
}

/**
 * What of the log a review of `week` shows: the plan weeks it sums up (the week, and the one
 * before when there is one) and the week's dates; null when the plan does not include the week.
 */
export function reviewSpan(input: Pick<ReviewInput, 'track' | 'startWeek' | 'start' | 'skips' | 'week'>): { weeks: number[]; from: IsoDate; to: IsoDate } | null {
  const { track, startWeek, start, skips, week } = input;
  const days = datedWeek(track, startWeek, start, skips, week);
  const first = days?.[0];
  const last = days?.[days.length - 1];
  if (!first || !last) return null;
  const before = weekBefore(track, startWeek, week);
  return { weeks: before === undefined ? [week] : [week, before], from: first.date, to: last.date };
}

/** The review of `input.week`, or null when the plan (from its start week) does not include it. */
export function buildReview(input: ReviewInput): Review | null {
  const { track, plan, startWeek, start, week, today, skips } = input;
  const days = datedWeek(track, startWeek, start, skips, week);
  const first = days?.[0];
  const last = days?.[days.length - 1];
  if (!days || !first || !last) return null;
  // A block counts for its own day whenever it was marked done.
  const attached = attach(track, input.completions);
  const done = attached.byBlock;
  const dropped = doneIds(attach(track, input.drops ?? []));
  // Only the rows of this week are read; the streak needs just the dates.
  const solved = input.problems.entries({ from: first.date, to: last.date });
  const { days: rows, totals } = summarise(days, plan, attached, solved, input.dsaSetting, dropped);

  const prevNumber = weekBefore(track, startWeek, week);
  const prevDays = prevNumber === undefined ? null : datedWeek(track, startWeek, start, skips, prevNumber);
  // Of the week before, only totals are shown: the log counts its problems without reading them.
  const prevCounted = prevDays?.length ? input.problems.tally({ from: prevDays[0]?.date, to: prevDays[prevDays.length - 1]?.date }) : emptyTally();
  const previous = prevNumber !== undefined && prevDays ? { week: prevNumber, ...summarise(prevDays, plan, attached, [], input.dsaSetting, dropped, prevCounted).totals } : null;

  const byDay = (list: readonly DatedDay[], keep: (b: Block) => boolean) => list
    .map(({ day, date }) => ({
      day: day.day,
      date,
      title: day.dayRef.title,
      blocks: blocksFor(day.dayRef, plan)
        .filter(keep)
        .map((b) => ({ id: b.id, label: b.label, category: b.category, title: b.title, minutes: b.minutes })),
    }))
    .filter((d) => d.blocks.length > 0);
  const undone = byDay(days.filter(({ date }) => compareDates(date, today) <= 0), (b) => !done.has(b.id) && !dropped.has(b.id));
  const letGo = byDay(days, (b) => !done.has(b.id) && dropped.has(b.id));

  const lessons = input.lessons
    .filter((l) => l.track === track.id && l.week === week)
    .map((l) => ({ id: l.id, text: l.text, date: l.date }));
  const lastDayReached = compareDates(last.date, today) <= 0;

  return {
    track: track.id,
    trackTitle: track.title,
    weekTitle: track.weeks.find((w) => w.number === week)?.title ?? track.title,
    week,
    plan,
    from: first.date,
    to: last.date,
    today,
    days: rows,
    totals,
    streak: streaks(activeDates(input.completionDates ?? input.completions.map((c) => c.date), input.problems.dates()), new Set(skips), today),
    skipped: [...new Set(skips)].filter((d) => inRange(d, first.date, last.date)).sort(compareDates),
    undone,
    dropped: letGo,
    previous,
    lessons,
    orphaned: orphanedOn(attached, plan, week).map(orphanedBlock),
    lessonsWanted: lastDayReached ? Math.max(0, LESSONS_PER_WEEK.min - lessons.length) : 0,
    progressLog: progressLog({ track, days, today, completions: input.completions, problems: solved }),
    plannedVsActual: plannedVsActual(input.completions.filter((c) => c.track === track.id && c.week === week)),
  };
}
