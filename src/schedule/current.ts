// Which plan day and week a date belongs to: today's target, the week `review`, `plan` and
// `lesson` default to, and the day each date in `dsa stats`' window asks a target of.
import { calendarIndex, planSequence, schedule, type PlanDay, type Position, type ScheduleInput } from './scheduler.js';
import type { IsoDate } from './dates.js';
import type { Track } from '../track/model.js';

/**
 * The plan day a scheduler position stands for: today's plan day, the one after a rest day, the
 * first before the start and the last after the end. Null when the plan has no days.
 */
export function nearestPlanDay(sequence: readonly PlanDay[], position: Position): PlanDay | null {
  const index = position.kind === 'day' || position.kind === 'rest' ? position.index
    : position.kind === 'before-start' ? 0 : sequence.length - 1;
  return sequence[index] ?? null;
}

/** The learner's current plan day for `input.date`, in their pace (see `nearestPlanDay`). */
export function currentPlanDay(input: ScheduleInput): PlanDay | null {
  return nearestPlanDay(planSequence(input.track, input.startWeek), schedule(input).position);
}

/** The week of `currentPlanDay`: what `review`, `lesson` and `plan` show without --week. */
export function currentWeek(input: ScheduleInput): number | null {
  return currentPlanDay(input)?.week ?? null;
}

/**
 * The plan day the calendar gives `date`, clamped to the plan as `nearestPlanDay` is: for the
 * dates of a window looked back on, whatever the pace.
 */
export function planDayOn(sequence: readonly PlanDay[], start: IsoDate, skips: readonly IsoDate[], date: IsoDate): PlanDay | null {
  if (sequence.length === 0) return null;
  const index = Math.min(Math.max(calendarIndex(start, date, skips), 0), sequence.length - 1);
  return sequence[index] ?? null;
}

/** What the target rule reads for `date` (see `dailyDsaTarget`): a rest day, else `planDayOn`. */
export function targetDateOn(sequence: readonly PlanDay[], start: IsoDate, skips: readonly IsoDate[], date: IsoDate): PlanDay | 'rest' | null {
  return skips.includes(date) ? 'rest' : planDayOn(sequence, start, skips, date);
}

/** The plan's weeks in order, from the start week on. */
export function planWeeks(track: Track, startWeek: number): number[] {
  return [...new Set(planSequence(track, startWeek).map((d) => d.week))];
}
