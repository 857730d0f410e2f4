// DSA statistics over the learner's log: totals by difficulty and topic, and the per-day rate
// against the target the window's days ask for. Pure, so `coach dsa stats` only reads the log and prints.
import { targetDateOn } from '../schedule/current.js';
import { addDays, compareDates, daysBetween, type IsoDate } from '../schedule/dates.js';
import type { PlanDay } from '../schedule/scheduler.js';
import { spanDsaTarget } from '../schedule/targets.js';
import type { ProblemLog } from '../log/problem-log.js';
import type { Difficulty } from '../log/types.js';
import type { Plan, ProblemCount } from '../track/model.js';
import { compareNames } from './names.js';

export interface DsaStats {
  /** Problems dated in the window, up to today. */
  total: number;
  byDifficulty: Record<Difficulty | 'unknown', number>;
  byTopic: Record<string, number>;
  /** First day counted: --since, the first day of --week, else the plan's start or the first problem if earlier. */
  since: IsoDate;
  /** Last day counted: today, or the last day of --week's week when that is earlier. */
  to: IsoDate;
  /** The plan week --week names, else null. */
  week: number | null;
  /** Study days from `since` to `to`, both included, rest days left out; 0 while the window lies after today. */
  days: number;
  /** Rest days (`coach skip`) of the window: in no average, though their problems count in `total`. */
  restDays: number;
  /** Problems per study day. */
  perDay: number;
  /** The daily target the window's study days ask for, on average (each day's own `dailyDsaTarget`). */
  target: ProblemCount;
  /** Problems in the window dated after today: logged ahead, left out of every figure above. */
  later: number;
}

/** What the target rule needs of the learner's plan. */
export interface DsaPlan {
  sequence: readonly PlanDay[];
  plan: Plan;
  start: IsoDate;
  skips: readonly IsoDate[];
  dsaSetting: ProblemCount | null;
}

/** The dates `--since` or `--week` limit the statistics to; all null for the whole log. */
export interface DsaWindow {
  from: IsoDate | null;
  /** Last day of `--week`'s week. */
  end: IsoDate | null;
  week: number | null;
}

export const WHOLE_LOG: DsaWindow = { from: null, end: null, week: null };

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Every date from `from` to `to`, both included. */
function datesFrom(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/**
 * Pure: the statistics `dsa stats` prints, over the window's days up to `today`. Problems dated
 * after today are only counted in `later`, so the total and the per-day rate cover the same days.
 * Each day asks for the target of the plan day the calendar gives it (`planDayOn`); the target
 * shown is their average, which is every day's own target when they share one.
 */
export function dsaStats(log: ProblemLog, plan: DsaPlan, today: IsoDate, window: DsaWindow = WHOLE_LOG): DsaStats {
  // The window's days up to today, and after it: two ranges the log aggregates.
  const to = window.end !== null && compareDates(window.end, today) < 0 ? window.end : today;
  const tomorrow = addDays(today, 1);
  const counted = log.tally({ from: window.from, to });
  const laterFrom = window.from !== null && compareDates(window.from, tomorrow) > 0 ? window.from : tomorrow;
  const later = window.end !== null && compareDates(laterFrom, window.end) > 0 ? 0 : log.count({ from: laterFrom, to: window.end });
  const { byDifficulty, byTopic } = counted;
  const since = window.from ?? (counted.first !== null && compareDates(counted.first, plan.start) < 0 ? counted.first : plan.start);
  const calendarDays = Math.max(0, daysBetween(since, addDays(to, 1)));
  // Before the window has begun, the target is what its first day will ask for.
  const dates = calendarDays > 0 ? datesFrom(since, to) : [since];
  const span = spanDsaTarget(dates.map((d) => targetDateOn(plan.sequence, plan.start, plan.skips, d)), plan.plan, plan.dsaSetting);
  const restDays = calendarDays > 0 ? span.rest : 0;
  const days = calendarDays - restDays;
  const target = span.perDay;
  const sorted = [...byTopic].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]));
  return {
    total: counted.count,
    byDifficulty,
    // Object.fromEntries defines own properties, so even "__proto__" becomes a plain key.
    byTopic: Object.fromEntries(sorted),
    since,
    to,
    week: window.week,
    days,
    restDays,
    perDay: days > 0 ? round2(counted.count / days) : 0,
    target,
    later,
  };
}
