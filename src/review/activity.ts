// What the log says about single dates: minutes studied, whether the learner showed up, and the
// streaks those dates make. Shared by `coach review` and `coach progress`.
import { addDays, compareDates, type IsoDate } from '../schedule/dates.js';
import type { Completion, Problem } from '../log/types.js';
import { blocksFor, doneMinutes, type Block, type Track } from '../track/model.js';

/** Every block of the track by id, 6h additions included, for their planned minutes. */
export function blocksById(track: Track): Map<string, Block> {
  return new Map(track.weeks.flatMap((w) => w.days.flatMap((d) => blocksFor(d, '6h').map((b) => [b.id, b] as const))));
}

/**
 * Minutes a completion stands for: what the learner logged, else the low end of the plan. The
 * block from the track wins over the row's snapshot, as in `coach today`; the snapshot covers
 * blocks the track no longer has.
 */
export function completionMinutes(c: Completion, block?: Block): number {
  return doneMinutes(c.minutes, block?.minutes ?? c.planned);
}

/** Minutes of completions per date they were logged on; `blocks` are the track's, by id. */
export function minutesByDate(completions: readonly Completion[], blocks: ReadonlyMap<string, Block> = new Map()): Map<IsoDate, number> {
  const byDate = new Map<IsoDate, number>();
  for (const c of completions) byDate.set(c.date, (byDate.get(c.date) ?? 0) + completionMinutes(c, blocks.get(c.blockId)));
  return byDate;
}

/** Problems per date they were logged on, oldest first. */
export function problemsByDate(problems: readonly Problem[]): Map<IsoDate, Problem[]> {
  const byDate = new Map<IsoDate, Problem[]>();
  for (const p of problems) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p]);
  return byDate;
}

/** Dates with at least one block marked done or one problem logged. */
export function activeDates(completions: readonly Completion[], problems: readonly Problem[]): Set<IsoDate> {
  return new Set([...completions.map((c) => c.date), ...problems.map((p) => p.date)]);
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
  const past = [...active].filter((d) => compareDates(d, today) <= 0).sort(compareDates);
  const first = past[0];
  if (first === undefined) return { current: 0, longest: 0 };
  let run = 0;
  let longest = 0;
  let beforeToday = 0;
  for (let date = first; compareDates(date, today) <= 0; date = addDays(date, 1)) {
    if (date === today) beforeToday = run;
    if (active.has(date)) run++;
    else if (!rest.has(date)) run = 0;
    longest = Math.max(longest, run);
  }
  return { current: active.has(today) ? run : beforeToday, longest };
}
