// The progress log the curriculum asks for (Date | Hours | DSA problems | Topics | Notes): one row
// per calendar date, with what was logged that date, whichever plan day it belongs to.
import { addDays, compareDates, type IsoDate } from '../schedule/dates.js';
import type { DatedDay } from '../schedule/week-dates.js';
import type { ProblemEntry } from '../log/problem-log.js';
import type { Completion } from '../log/types.js';
import type { Track } from '../track/model.js';
import { attach } from '../log/attach.js';
import { minutesByDate, problemsByDate } from './activity.js';

export interface LoggedDate {
  date: IsoDate;
  /** Minutes of the blocks marked done that date, as the heatmap counts them. */
  minutes: number;
  /** Problems logged that date. */
  dsa: number;
  /** The problems' topics, then the focus of each plan day worked on that date and of the day planned for it. */
  topics: string[];
  /** Notes kept with the blocks marked done that date. */
  notes: string[];
}

export interface ProgressLogInput {
  track: Track;
  /** The week's days with their dates; the rows run from the first date to the last, rest days included. */
  days: readonly DatedDay[];
  today: IsoDate;
  completions: readonly Completion[];
  problems: readonly ProblemEntry[];
}

/** One row per calendar date of the week, up to today: nothing is logged on a date still to come. */
export function progressLog({ track, days, today, completions, problems }: ProgressLogInput): LoggedDate[] {
  const first = days[0]?.date;
  const last = days[days.length - 1]?.date;
  if (first === undefined || last === undefined) return [];
  const end = compareDates(last, today) <= 0 ? last : today;
  const minutes = minutesByDate(completions, attach(track, completions).blockOf);
  const solved = problemsByDate(problems);
  const planned = new Map(days.map((d) => [d.date, d.day.dayRef.focus]));
  const rows: LoggedDate[] = [];
  for (let date = first; compareDates(date, end) <= 0; date = addDays(date, 1)) {
    const worked = completions.filter((c) => c.date === date);
    const problemsThen = solved.get(date) ?? [];
    const foci = [...worked.map((c) => focusOf(track, c)), planned.get(date) ?? ''];
    rows.push({
      date,
      minutes: minutes.get(date) ?? 0,
      dsa: problemsThen.length,
      topics: [...new Set([...problemsThen.flatMap((p) => p.topics), ...foci.filter(Boolean)])],
      notes: worked.flatMap((c) => (c.note ? [c.note] : [])),
    });
  }
  return rows;
}

/** The focus of the plan day a completion belongs to, or '' when the track no longer has it. */
function focusOf(track: Track, c: Completion): string {
  return track.weeks.find((w) => w.number === c.week)?.days.find((d) => d.number === c.day)?.focus ?? '';
}
