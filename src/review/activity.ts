// What the log says about single dates: minutes studied, whether the learner showed up, and the
// streaks those dates make. Shared by `coach review` and `coach progress`.
import { daysBetween, type IsoDate } from '../schedule/dates.js';
import { completionMinutes } from '../log/attach.js';
import type { Completion, Problem } from '../log/types.js';
import type { Block } from '../track/model.js';

/**
 * Minutes of completions per date they were logged on, orphaned ones included; `blockOf` gives
 * the block each completion marks (completion id → block, see `attach`).
 */
export function minutesByDate(completions: readonly Completion[], blockOf: ReadonlyMap<string, Block> = new Map()): Map<IsoDate, number> {
  const byDate = new Map<IsoDate, number>();
  for (const c of completions) byDate.set(c.date, (byDate.get(c.date) ?? 0) + completionMinutes(c, blockOf.get(c.id)));
  return byDate;
}

/** Problems per date they were logged on, oldest first. */
export function problemsByDate<P extends Pick<Problem, 'date'>>(problems: readonly P[]): Map<IsoDate, P[]> {
  const byDate = new Map<IsoDate, P[]>();
  for (const p of problems) {
    const list = byDate.get(p.date);
    if (list) list.push(p);
    else byDate.set(p.date, [p]);
  }
  return byDate;
}

/** Dates with at least one block marked done (`completionDates`) or one problem logged (`problemDates`). */
export function activeDates(completionDates: readonly IsoDate[], problemDates: readonly IsoDate[]): Set<IsoDate> {
  return new Set([...completionDates, ...problemDates]);
}

export interface Streak {
  /** Active days in a row up to today (or yesterday, while today is still open). */
  current: number;
  /** The longest run of active days up to today. */
  longest: number;
}

/**
 * Runs of active days up to `today`. A rest day (`coach skip`) neither counts nor breaks a run:
 * resting was the plan. Today without activity does not break the current run either, since the
 * day is not over yet. Activity dated after today is ignored.
 */
export function streaks(active: ReadonlySet<IsoDate>, rest: ReadonlySet<IsoDate>, today: IsoDate): Streak {
  // Each date as its distance back from today, read once: a log of years walks many days.
  const back = (dates: ReadonlySet<IsoDate>): Set<number> => new Set([...dates].map((d) => daysBetween(d, today)).filter((n) => n >= 0));
  const activeBack = back(active);
  const restBack = back(rest);
  if (activeBack.size === 0) return { current: 0, longest: 0 };
  let run = 0;
  let longest = 0;
  let beforeToday = 0;
  let oldest = 0;
  for (const n of activeBack) oldest = Math.max(oldest, n);
  for (let n = oldest; n >= 0; n--) {
    if (n === 0) beforeToday = run;
    if (activeBack.has(n)) run++;
    else if (!restBack.has(n)) run = 0;
    longest = Math.max(longest, run);
  }
  return { current: activeBack.has(0) ? run : beforeToday, longest };
}
