// The calendar heatmap of `coach progress`: minutes studied per date over the last weeks, each
// date given a level 0–4 that the renderer draws as a character (and a green, with colour).
import { addDays, compareDates, weekday, type IsoDate } from '../schedule/dates.js';
import type { ProblemLog } from '../log/problem-log.js';
import type { Completion } from '../log/types.js';
import type { Block } from '../track/model.js';
import { minutesByDate } from './activity.js';
import { HEATMAP_WEEKS, LEVEL_MINUTES } from './constants.js';

export type Level = 0 | 1 | 2 | 3 | 4;

export interface HeatDay {
  date: IsoDate;
  minutes: number;
  problems: number;
  level: Level;
}

export interface Heatmap {
  /** A Monday, so every column of the grid is a whole week. */
  from: IsoDate;
  /** Today: the last column stops here. */
  to: IsoDate;
  days: HeatDay[];
}

export function levelOf(minutes: number, problems: number): Level {
  const level = LEVEL_MINUTES.filter((m) => minutes >= m).length as Level;
  // A day with problems but no block marked was still a study day: show it, faintly.
  return level === 0 && problems > 0 ? 1 : level;
}

/** The Monday of the week `date` falls in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export interface HeatmapInput {
  completions: readonly Completion[];
  problems: ProblemLog;
  /** The block each completion marks, by completion id (see `attach`), for its planned minutes. */
  blockOf?: ReadonlyMap<string, Block>;
  today: IsoDate;
  weeks?: number;
}

/** Every date from the Monday `weeks - 1` weeks before this one up to `today`. */
export function heatmap({ completions, problems, blockOf, today, weeks = HEATMAP_WEEKS }: HeatmapInput): Heatmap {
  const from = addDays(mondayOf(today), -7 * (weeks - 1));
  const minutes = minutesByDate(completions, blockOf);
  const solved = problems.perDate({ from, to: today });
  const days: HeatDay[] = [];
  for (let date = from; compareDates(date, today) <= 0; date = addDays(date, 1)) {
    const m = minutes.get(date) ?? 0;
    const n = solved.get(date) ?? 0;
    days.push({ date, minutes: m, problems: n, level: levelOf(m, n) });
  }
  return { from, to: today, days };
}
