// Calendar dates of a plan week: the review, `dsa list --week` and progress ask which dates
// the calendar gave each day of a week.
import type { IsoDate } from './dates.js';
import { dateOfPlanDay, planSequence, type PlanDay } from './scheduler.js';
import type { Track } from '../track/model.js';

export interface DatedDay {
  day: PlanDay;
  date: IsoDate;
}

/** The days of `week` with their calendar dates, or null when the plan does not include it. */
export function datedWeek(track: Track, startWeek: number, start: IsoDate, skips: readonly IsoDate[], week: number): DatedDay[] | null {
  const days = planSequence(track, startWeek).filter((d) => d.week === week);
  if (days.length === 0) return null;
  return days.map((day) => ({ day, date: dateOfPlanDay(day.index, start, skips) }));
}

/** First and last date of a plan week. */
export function weekRange(track: Track, startWeek: number, start: IsoDate, skips: readonly IsoDate[], week: number): { from: IsoDate; to: IsoDate } | null {
  const days = datedWeek(track, startWeek, start, skips, week);
  const first = days?.[0];
  const last = days?.[days.length - 1];
  return first && last ? { from: first.date, to: last.date } : null;
}
