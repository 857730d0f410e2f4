// The plan laid on the calendar: which plan day, and which of its blocks, each date of a window
// holds, in the learner's pace and around their rest days. What `coach calendar` exports.
import { blocksFor, type Block, type Plan, type Track } from '../track/model.js';
import { addDays, compareDates, type IsoDate } from './dates.js';
import { calendarIndex, planSequence, schedule, type Pace, type PlanDay } from './scheduler.js';

export interface CalendarInput {
  track: Track;
  plan: Plan;
  pace: Pace;
  start: IsoDate;
  startWeek: number;
  skips: readonly IsoDate[];
  done: ReadonlySet<string>;
  dropped: ReadonlySet<string>;
  /** The first date of the window. */
  from: IsoDate;
  /** How many dates; null: until the plan ends. */
  days: number | null;
}

export interface CalendarDay {
  date: IsoDate;
  day: PlanDay;
  /** The day's blocks for the plan, in plan order, without those let go. */
  blocks: Block[];
}

/**
 * The plan days of the window's dates. Calendar pace: the day the calendar gives each date.
 * Progress pace: the first unfinished day on `from` (or the start, if later), the next on each
 * following date. Rest days, dates before the start and after the plan's end hold none.
 */
export function calendarDays(input: CalendarInput): CalendarDay[] {
  const sequence = planSequence(input.track, input.startWeek);
  const skips = new Set(input.skips);
  const first = compareDates(input.from, input.start) < 0 ? input.start : input.from;
  const next = input.pace === 'progress'
    ? schedule({ ...input, date: first, skips: input.skips }).status.actualIndex
    : 0;
  const out: CalendarDay[] = [];
  let progressIndex = next;
  const last = input.days === null ? null : addDays(input.from, input.days - 1);
  for (let date = first; last === null || compareDates(date, last) <= 0; date = addDays(date, 1)) {
    if (skips.has(date)) continue;
    const index = input.pace === 'calendar' ? calendarIndex(input.start, date, input.skips) : progressIndex++;
    const day = sequence[index];
    if (!day) break; // The plan has ended.
    out.push({ date, day, blocks: blocksFor(day.dayRef, input.plan).filter((b) => !input.dropped.has(b.id)) });
  }
  return out;
}
