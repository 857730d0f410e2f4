// Which plan day a date falls on, what is due today, and how far the learner is from the
// calendar. Pure: the date, the completed blocks and the skipped dates are all passed in.
import { blocksFor, type Block, type Day, type Plan, type Track, type Week } from '../track/model.js';
import { compareDates, daysBetween, addDays, type IsoDate } from './dates.js';
import { lazyDayNumbers } from '../track/lazy-track.js';

/** One study day of the plan, numbered from 0 in the order the learner works through them. */
export interface PlanDay {
  index: number;
  week: number;
  day: number;
  dayRef: Day;
  weekRef: Week;
}

/**
 * `calendar`: plan day N falls on the Nth non-skipped date from the start, done or not.
 * `progress`: today is the first plan day with unfinished work, whatever the date.
 */
export type Pace = 'calendar' | 'progress';

export interface ScheduleInput {
  track: Track;
  plan: Plan;
  pace: Pace;
  start: IsoDate;
  startWeek: number;
  date: IsoDate;
  /** Ids of completed blocks. */
  done: ReadonlySet<string>;
  /** Ids of blocks let go (`coach drop`): not done, but no longer unfinished either. */
  dropped?: ReadonlySet<string>;
  /** Dates the learner rests; each pushes the calendar back one day. */
  skips: readonly IsoDate[];
}

export type Position =
  | { kind: 'before-start'; startsIn: number }
  /** A skipped date; `index` is the plan day that comes next. */
  | { kind: 'rest'; index: number }
  | { kind: 'day'; index: number }
  | { kind: 'complete' };

export type StatusKind = 'not-started' | 'on-schedule' | 'behind' | 'ahead' | 'complete';

export interface Status {
  kind: StatusKind;
  daysBehind: number;
  blocksBehind: number;
  /** Plan day the calendar has reached, clamped to the sequence length. */
  expectedIndex: number;
  /** First plan day with unfinished work; the sequence length once everything is done. */
  actualIndex: number;
}

export interface Overdue {
  day: PlanDay;
  blocks: Block[];
}

export interface Schedule {
  position: Position;
  /** The plan day to work on, or null before the start, on a rest day and when complete. */
  today: PlanDay | null;
  /** All of today's blocks for the plan, done or not, in `blocksFor` order. */
  blocks: Block[];
  /** Earlier plan days with unfinished blocks (calendar pace only). */
  overdue: Overdue[];
  status: Status;
}

/** Whether `numbers` are in order. A plain loop: it runs over every week of a long track. */
function isSorted(numbers: readonly number[]): boolean {
  for (let i = 1; i < numbers.length; i++) if ((numbers[i - 1] as number) > (numbers[i] as number)) return false;
  return true;
}

/**
 * A plan day of a lazy week (see lazy-track.ts), its day read from the week when first asked for:
 * a track of hundreds of weeks has thousands of days, and a command looks into a few.
 */
class LaterDay implements PlanDay {
  // Declared, not defined: fields defined on the class cost each of thousands of constructions a call.
  declare readonly index: number;
  declare readonly week: number;
  declare readonly day: number;
  declare readonly weekRef: Week;
  declare private readonly at: number;

  constructor(index: number, weekRef: Week, at: number, day: number) {
    this.index = index;
    this.week = weekRef.number;
    this.day = day;
    this.weekRef = weekRef;
    this.at = at;
  }

  get dayRef(): Day {
    return this.weekRef.days[this.at] as Day;
  }
}

/**
 * Sequences made this run, by the track's list of weeks and the start week: a command asks for the
 * same one several times (the schedule, today's view, the forecast), and a track of hundreds of
 * weeks has thousands of days. Keyed by the list, not the track, so a track given new weeks (as a
 * test may) gets a new sequence; days and weeks are never changed once made.
 */
const sequences = new WeakMap<readonly Week[], Map<number, { count: number; days: readonly PlanDay[] }>>();

/** The plan days from `startWeek` to the end of the track, weeks and days in number order. */
export function planSequence(track: Track, startWeek: number): readonly PlanDay[] {
  let byStart = sequences.get(track.weeks);
  if (!byStart) sequences.set(track.weeks, (byStart = new Map()));
  const kept = byStart.get(startWeek);
  if (kept && kept.count === track.weeks.length) return kept.days;
  // filter() and the spread copy, so sorting never reorders the caller's track.
  const weeks = track.weeks.filter((w) => w.number >= startWeek).sort((a, b) => a.number - b.number);
  const sequence: PlanDay[] = [];
  for (const weekRef of weeks) {
    const numbers = lazyDayNumbers(weekRef);
    if (numbers) {
      // A lazy week's days in number order, each made when its plan day is first looked into.
      if (isSorted(numbers)) {
        for (let at = 0; at < numbers.length; at++) sequence.push(new LaterDay(sequence.length, weekRef, at, numbers[at] as number));
      } else {
        const order = numbers.map((_, i) => i).sort((a, b) => (numbers[a] as number) - (numbers[b] as number));
        for (const at of order) sequence.push(new LaterDay(sequence.length, weekRef, at, numbers[at] as number));
      }
      continue;
    }
    // Parsed days come sorted already: copied and sorted only when they are not.
    const days = isSorted(weekRef.days.map((d) => d.number)) ? weekRef.days : [...weekRef.days].sort((a, b) => a.number - b.number);
    for (const dayRef of days) {
      sequence.push({ index: sequence.length, week: weekRef.number, day: dayRef.number, dayRef, weekRef });
    }
  }
  byStart.set(startWeek, { count: track.weeks.length, days: sequence });
  return sequence;
}

/**
 * The plan day index the calendar assigns to `date`: days since `start`, less the skipped
 * dates from `start` up to but not including `date`. Negative before the start. On a skipped
 * date it is the plan day that follows the rest.
 */
export function calendarIndex(start: IsoDate, date: IsoDate, skips: readonly IsoDate[]): number {
  let skipped = 0;
  // A Set, so a date listed twice rests one day, not two.
  for (const skip of new Set(skips)) {
    if (compareDates(start, skip) <= 0 && compareDates(skip, date) < 0) skipped++;
  }
  return daysBetween(start, date) - skipped;
}

/** The date the calendar puts plan day `index` on: the inverse of `calendarIndex`. */
export function dateOfPlanDay(index: number, start: IsoDate, skips: readonly IsoDate[]): IsoDate {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`not a plan day index: ${index}`);
  const skipSet = new Set(skips);
  let date = addDays(start, 0); // validates `start` even when the loop returns at once
  let remaining = index;
  for (;;) {
    if (!skipSet.has(date)) {
      if (remaining === 0) return date;
      remaining--;
    }
    date = addDays(date, 1);
  }
}

export function schedule(input: ScheduleInput): Schedule {
  const { track, plan, pace, start, startWeek, date, done, skips } = input;
  const dropped = input.dropped ?? new Set<string>();
  const sequence = planSequence(track, startWeek);
  const unfinished = (day: PlanDay): Block[] => blocksFor(day.dayRef, plan).filter((b) => !done.has(b.id) && !dropped.has(b.id));
  // A day with no blocks for this plan has nothing unfinished, so progress passes over it.
  const found = sequence.findIndex((day) => unfinished(day).length > 0);
  const actual = found === -1 ? sequence.length : found;

  if (compareDates(date, start) < 0) {
    return {
      position: { kind: 'before-start', startsIn: daysBetween(date, start) },
      today: null,
      blocks: [],
      overdue: [],
      // Work done early still shows in actualIndex, but nothing is due yet.
      status: { kind: 'not-started', daysBehind: 0, blocksBehind: 0, expectedIndex: 0, actualIndex: actual },
    };
  }

  const expected = Math.min(calendarIndex(start, date, skips), sequence.length);
  const index = pace === 'calendar' ? expected : actual;
  // Past the end there is nothing to rest from, so `complete` wins over a skipped date.
  const position: Position =
    index >= sequence.length
      ? { kind: 'complete' }
      : skips.includes(date)
        ? { kind: 'rest', index }
        : { kind: 'day', index };
  const today = position.kind === 'day' ? (sequence[index] ?? null) : null;
  const blocks = today ? blocksFor(today.dayRef, plan) : [];

  if (pace === 'calendar') {
    // Every plan day the calendar has passed, including all of them once the date is past the
    // end: the position is then `complete` (the calendar has run out), but unfinished work
    // still shows as overdue and the status stays `behind` until it is done.
    const overdue = sequence
      .slice(0, expected)
      .map((day) => ({ day, blocks: unfinished(day) }))
      .filter((o) => o.blocks.length > 0);
    const blocksBehind = overdue.reduce((sum, o) => sum + o.blocks.length, 0);
    const kind: StatusKind =
      overdue.length > 0 ? 'behind' : position.kind === 'complete' ? 'complete' : 'on-schedule';
    return {
      position,
      today,
      blocks,
      overdue,
      status: { kind, daysBehind: overdue.length, blocksBehind, expectedIndex: expected, actualIndex: actual },
    };
  }

  // Progress pace: nothing before the first unfinished day is unfinished, so nothing is
  // overdue; the lag behind the calendar is reported in the status instead.
  let kind: StatusKind = 'on-schedule';
  let daysBehind = 0;
  let blocksBehind = 0;
  if (actual >= sequence.length) {
    kind = 'complete';
  } else if (expected > actual) {
    kind = 'behind';
    daysBehind = expected - actual;
    for (const day of sequence.slice(actual, expected)) blocksBehind += unfinished(day).length;
  } else if (actual > expected) {
    kind = 'ahead';
  }
  return {
    position,
    today,
    blocks,
    overdue: [],
    status: { kind, daysBehind, blocksBehind, expectedIndex: expected, actualIndex: actual },
  };
}

/** A block with the number the learner types to name it. */
export interface BlockRef {
  ref: number;
  block: Block;
}

/** Numbers 1..n for a day's blocks, in the order given (`blocksFor`: 4h blocks, then additions). */
export function blockRefs(blocks: readonly Block[]): BlockRef[] {
  return blocks.map((block, i) => ({ ref: i + 1, block }));
}

/** The block `ref` names, by its number from `blockRefs` or by its id; null when none matches. */
export function resolveRef(ref: string, blocks: readonly Block[]): Block | null {
  const text = ref.trim();
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n >= 1 ? (blocks[n - 1] ?? null) : null;
  }
  return blocks.find((b) => b.id === text) ?? null;
}
