// `coach forecast`'s arithmetic: what is left, the learner's real pace, when that finishes, and,
// with a target date, what it would take and which blocks to let go to make it. Pure.
import { blocksFor, type Block, type Minutes, type Plan, type Track } from '../track/model.js';
import { addDays, compareDates, daysBetween, weekday, type IsoDate } from './dates.js';
import type { WeeklyHours } from './hours.js';
import { planSequence, type PlanDay } from './scheduler.js';
import { dayPlanned, lazyDayNumbers, weekPlanned } from '../track/lazy-track.js';

/** The pace is the minutes logged per study day over this many days up to today. */
export const PACE_DAYS = 14;
/** Finish dates further than this from today are not given (null): the plan would not end. */
const HORIZON_DAYS = 3660;

/** A block still to do, with the plan day it belongs to. */
export interface LeftBlock {
  id: string;
  week: number;
  day: number;
  /** Its plan day's place in the plan, 0 first. */
  index: number;
  label: string;
  category: string;
  title: string;
  minutes: Minutes | null;
  plan: Plan;
}

export interface ForecastInput {
  /** The blocks left, or what `leftWork` sums of them. */
  left: readonly LeftBlock[] | LeftWork;
  today: IsoDate;
  start: IsoDate;
  /** Minutes of study logged on each date (completions, as every view counts them). */
  logged: readonly { date: IsoDate; minutes: number }[];
  skips: readonly IsoDate[];
  hours: WeeklyHours;
  target: IsoDate | null;
  /** Categories the learner lets go after the 6-hour additions (`coach init --optional`). */
  optional: readonly string[];
  /** The learner's own ratio of actual to planned minutes (see review/planned-actual.ts); without it, the plan's. */
  ownRatio?: OwnRatio;
}

/** The ratio the work left is counted by: `ratio` null while fewer than `minimum` blocks are timed. */
export interface OwnRatio {
  ratio: number | null;
  timed: number;
  minimum: number;
}

export interface DropProposal {
  id: string;
  week: number;
  day: number;
  category: string;
  title: string;
  minutes: Minutes | null;
}

export interface Forecast {
  left: { blocks: number; minutes: Minutes };
  pace: { minutesPerDay: number; days: number };
  finish: { atPace: IsoDate | null; atHours: IsoDate | null };
  target: {
    date: IsoDate; reachable: boolean; hoursPerDayNeeded: number | null; drop: DropProposal[];
    /** Whether letting `drop` go makes the date reachable at the learner's hours. */
    dropEnough: boolean;
  } | null;
  /** The ratio the work left was counted by; null when none was given. */
  ownRatio: OwnRatio | null;
}

/**
 * A left block that reads its label and title off the track's block when asked: a plan of hundreds
 * of weeks has tens of thousands of blocks left, and only those proposed for dropping show theirs.
 */
class Left implements LeftBlock {
  readonly id: string;
  readonly week: number;
  readonly day: number;
  readonly index: number;
  readonly category: string;
  readonly minutes: Minutes | null;
  readonly plan: Plan;
  #block: Block;

  constructor(b: Block, d: PlanDay) {
    this.id = b.id;
    this.week = d.week;
    this.day = d.day;
    this.index = d.index;
    this.category = b.category;
    this.minutes = b.minutes;
    this.plan = b.plan;
    this.#block = b;
  }

  get label(): string { return this.#block.label; }
  get title(): string { return this.#block.title; }
}

/** The unfinished blocks of the whole plan (from the start week), neither done nor let go, in plan order. */
export function leftBlocks(track: Track, plan: Plan, startWeek: number, settled: (id: string) => boolean): LeftBlock[] {
  const left: LeftBlock[] = [];
  for (const d of planSequence(track, startWeek)) {
    for (const b of blocksFor(d.dayRef, plan)) if (!settled(b.id)) left.push(new Left(b, d));
  }
  return left;
}

/** What is left of the plan, summed; the blocks themselves made only when asked for (to propose drops). */
export interface LeftWork {
  blocks: number;
  minutes: Minutes;
  list: () => readonly LeftBlock[];
}

/**
 * `leftBlocks`, summed. A plan of hundreds of weeks is mostly weeks nothing was logged against:
 * those are summed from the week (see `weekPlanned`), and the untouched days of the others from
 * the day (see `dayPlanned`), without going through their blocks. `touched(week, day)` must hold
 * for every plan day with a settled block, and `touched(week)` for every week with one (see
 * `settledDays`).
 */
export function leftWork(track: Track, plan: Plan, startWeek: number, settled: (id: string) => boolean, touched: (week: number, day?: number) => boolean): LeftWork {
  let blocks = 0;
  const minutes = { min: 0, max: 0 };
  const add = (left: { blocks: number; minutes: Minutes }): void => {
    blocks += left.blocks;
    minutes.min += left.minutes.min;
    minutes.max += left.minutes.max;
  };
  const sequence = planSequence(track, startWeek);
  for (let i = 0; i < sequence.length; i++) {
    const d = sequence[i] as PlanDay;
    if (!touched(d.week)) {
      // The sequence lists a week's days one after another: the whole week at once, its days unmade.
      add(weekPlanned(d.weekRef, plan));
      i += (lazyDayNumbers(d.weekRef) ?? d.weekRef.days).length - 1;
    } else if (touched(d.week, d.day)) {
      for (const b of blocksFor(d.dayRef, plan)) {
        if (settled(b.id)) continue;
        blocks++;
        minutes.min += b.minutes?.min ?? 0;
        minutes.max += b.minutes?.max ?? 0;
      }
    } else add(dayPlanned(d.dayRef, plan));
  }
  return { blocks, minutes, list: () => leftBlocks(track, plan, startWeek, settled) };
}

/**
 * The plan days the blocks `ids` belong to, by their positional ids (`go.w11.d3.4h.2` is week 11,
 * day 3), and without a day the weeks; every day when one of them is no such id.
 */
export function settledDays(ids: Iterable<string>): (week: number, day?: number) => boolean {
  const days = new Set<string>();
  const weeks = new Set<number>();
  for (const id of ids) {
    const m = /\.w(\d+)\.d(\d+)\.(?:4h|6h)\.\d+$/.exec(id);
    if (!m) return () => true;
    days.add(`${Number(m[1])}/${Number(m[2])}`);
    weeks.add(Number(m[1]));
  }
  return (week, day) => (day === undefined ? weeks.has(week) : days.has(`${week}/${day}`));
}

/** A block's expected minutes: the middle of its planned range (0 when the track gives none). */
export const expected = (m: Minutes | null): number => (m ? (m.min + m.max) / 2 : 0);

/**
 * Minutes logged per study day over the `PACE_DAYS` days ending today: rest days and days before
 * the start are not study days, and today counts only once something is logged on it (the day is
 * not over).
 */
export function paceOf(input: Pick<ForecastInput, 'today' | 'start' | 'logged' | 'skips'>): Forecast['pace'] {
  const rest = new Set(input.skips);
  const byDate = new Map<IsoDate, number>();
  for (const l of input.logged) byDate.set(l.date, (byDate.get(l.date) ?? 0) + l.minutes);
  let days = 0;
  let minutes = 0;
  for (let i = PACE_DAYS - 1; i >= 0; i--) {
    const date = addDays(input.today, -i);
    if (compareDates(date, input.start) < 0 || rest.has(date)) continue;
    const m = byDate.get(date) ?? 0;
    if (i === 0 && m === 0) continue;
    days++;
    minutes += m;
  }
  return { minutesPerDay: days === 0 ? 0 : Math.round(minutes / days), days };
}

/**
 * The date by which `work` minutes are done at `daily[weekday]` minutes a day from today, none on
 * the rest days `rest` (by their distance from today); null past the horizon. Counted in days, not
 * dates: a plan of years runs this loop thousands of times, and a week free of rest days, of whole
 * minutes none negative, is taken at once when the work outlasts it: whole numbers subtract exactly
 * in any grouping, so that gives the day the loop gives.
 */
function finishDate(work: number, today: IsoDate, daily: readonly number[], rest: ReadonlySet<number>): IsoDate | null {
  const first = weekday(today);
  const week = daily.reduce((sum, m) => sum + m, 0);
  const whole = daily.length === 7 && daily.every((m) => Number.isInteger(m) && m >= 0);
  const rests = [...rest].filter((i) => i >= 0).sort((a, b) => a - b);
  let next = 0; // the first of `rests` not before day i
  let left = work;
  for (let i = 0; i < HORIZON_DAYS; ) {
    while (next < rests.length && (rests[next] as number) < i) next++;
    if (whole && left > week && i + 7 <= HORIZON_DAYS && !(next < rests.length && (rests[next] as number) < i + 7)) {
      left -= week;
      i += 7;
      continue;
    }
    left -= rest.has(i) ? 0 : (daily[(first + i) % 7] ?? 0);
    if (left <= 0) return addDays(today, i);
    i++;
  }
  return null;
}

/** Whether a category is DSA or a mock interview: never proposed for dropping unless marked optional. */
const PROTECTED = /\b(dsa|mock)/i;

/**
 * The smallest set of blocks whose minutes cover `excess`, in the documented order: 6-hour
 * additions first, then blocks of the categories the learner marked optional; never DSA or mocks
 * unless marked optional. Within each group the longest block first (fewest blocks), then the
 * later plan day first. When even all of them do not cover it, all of them.
 */
export function dropOrder(left: readonly LeftBlock[], optional: readonly string[], excess: number): DropProposal[] {
  const marked = new Set(optional.map((c) => c.trim().toLowerCase()));
  const isOptional = (b: LeftBlock): boolean => marked.has(b.category.trim().toLowerCase());
  const group = (b: LeftBlock): number | null => {
    if (PROTECTED.test(b.category) && !isOptional(b)) return null;
    if (b.plan === '6h') return 0;
    return isOptional(b) ? 1 : null;
  };
  const candidates = left
    .map((b) => ({ b, g: group(b) }))
    .filter((c): c is { b: LeftBlock; g: number } => c.g !== null && expected(c.b.minutes) > 0)
    .sort((x, y) => x.g - y.g || expected(y.b.minutes) - expected(x.b.minutes) || y.b.index - x.b.index);
  const chosen: DropProposal[] = [];
  let covered = 0;
  for (const { b } of candidates) {
    if (covered >= excess) break;
    // The title read when shown: on a long track thousands of blocks may be proposed.
    chosen.push({ id: b.id, week: b.week, day: b.day, category: b.category, get title() { return b.title; }, minutes: b.minutes });
    covered += expected(b.minutes);
  }
  return chosen;
}

export function forecast(input: ForecastInput): Forecast {
  const { today, hours, target } = input;
  const summed = 'list' in input.left ? input.left : null;
  const list = (): readonly LeftBlock[] => summed?.list() ?? (input.left as readonly LeftBlock[]);
  const count = summed ? summed.blocks : list().length;
  const minutes = summed
    ? { ...summed.minutes }
    : list().reduce((sum, b) => ({ min: sum.min + (b.minutes?.min ?? 0), max: sum.max + (b.minutes?.max ?? 0) }), { min: 0, max: 0 });
  // Halves of whole minutes: the same sum in any order. Counted at the learner's own ratio once known.
  const scale = input.ownRatio?.ratio ?? 1;
  const ownRatio = input.ownRatio ?? null;
  const work = scale * (summed ? (minutes.min + minutes.max) / 2 : list().reduce((sum, b) => sum + expected(b.minutes), 0));
  // Rest days by their distance from today, as finishDate counts.
  const rest = new Set(input.skips.map((d) => daysBetween(today, d)));
  const available = (i: number, day: number): number => (rest.has(i) ? 0 : (hours[day] ?? 0) * 60);
  const daily = [0, 1, 2, 3, 4, 5, 6].map((day) => (hours[day] ?? 0) * 60);
  const pace = paceOf(input);
  const finish = {
    atPace: pace.minutesPerDay > 0 ? finishDate(work, today, daily.map(() => pace.minutesPerDay), rest) : work === 0 ? today : null,
    atHours: finishDate(work, today, daily, rest),
  };
  if (target === null) return { left: { blocks: count, minutes }, pace, finish, target: null, ownRatio };

  // Today up to and including the target date.
  const span = Math.max(0, daysBetween(today, target) + 1);
  let capacity = 0;
  let studyDays = 0;
  const first = weekday(today);
  for (let i = 0; i < span; i++) {
    const m = available(i, (first + i) % 7);
    capacity += m;
    if (m > 0) studyDays++;
  }
  const reachable = work <= capacity;
  // Blocks are proposed by their planned minutes, so the excess goes back to those.
  const drop = reachable || span === 0 ? [] : dropOrder(list(), input.optional, (work - capacity) / scale);
  const dropped = scale * drop.reduce((sum, d) => sum + expected(d.minutes), 0);
  // In tenths of an hour, rounded up: 2.05 h a day is not made in 2.0.
  const hoursPerDayNeeded = studyDays === 0 ? null : Math.ceil((work / studyDays / 60) * 10 - 1e-9) / 10;
  return {
    left: { blocks: count, minutes },
    pace,
    finish,
    target: { date: target, reachable, hoursPerDayNeeded, drop, dropEnough: reachable || (span > 0 && work - dropped <= capacity) },
    ownRatio,
  };
}
