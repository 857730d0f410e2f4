// `coach init`'s options for a deadline: the target date, the hours per weekday and the categories
// the forecast may propose dropping. `none` forgets a setting; an option left out keeps it.
import { UsageError } from '../errors.js';
import { isCategory } from '../log/settings.js';
import { DATE_RANGE, inDateRange, parseIsoDate, type IsoDate } from '../schedule/dates.js';
import { parseHours, type WeeklyHours } from '../schedule/hours.js';
import { sanitizeLine } from '../text/sanitize.js';

export interface GoalFlags {
  targetDate?: string;
  hours?: string;
  optional?: string[];
}

export interface Goals {
  /** undefined: keep what is saved; null: forget it. */
  target?: IsoDate | null;
  hours?: WeeklyHours | null;
  optional?: string[];
  /** Settings to store as unset. */
  cleared: ('target' | 'hours' | 'optional')[];
}

const NONE = 'none';

/** The goal flags checked and parsed; a bad one is a usage error before anything is written. */
export function goalOptions(opts: GoalFlags): Goals {
  const goals: Goals = { cleared: [] };
  if (opts.targetDate !== undefined) {
    const text = opts.targetDate.trim();
    if (text.toLowerCase() === NONE) {
      goals.target = null;
      goals.cleared.push('target');
    } else {
      const date = parseIsoDate(text);
      if (!date) throw new UsageError(`--target-date ${sanitizeLine(text)} is not a calendar date; write it as YYYY-MM-DD (or none to forget it)`);
      if (!inDateRange(date)) throw new UsageError(`--target-date ${date} is outside ${DATE_RANGE}, the dates coach keeps to`);
      goals.target = date;
    }
  }
  if (opts.hours !== undefined) {
    const text = opts.hours.trim();
    if (text.toLowerCase() === NONE) {
      goals.hours = null;
      goals.cleared.push('hours');
    } else {
      const hours = parseHours(text);
      if (!hours) {
        throw new UsageError(`--hours ${sanitizeLine(text)}: give hours for every day (4) or by weekday (mon-fri=3,sat=6,sun=0), 0–24 each, at least one above 0`);
      }
      goals.hours = hours;
    }
  }
  if (opts.optional !== undefined) {
    const list = opts.optional.flatMap((o) => o.split(',')).map((o) => o.trim()).filter((o) => o !== '');
    if (list.length === 1 && list[0]?.toLowerCase() === NONE) {
      goals.optional = [];
      goals.cleared.push('optional');
    } else {
      const bad = list.find((c) => !isCategory(c));
      if (bad !== undefined || list.length === 0) throw new UsageError(`--optional takes categories such as Refactor or Pseudo-code (or none)`);
      goals.optional = [...new Set(list)];
    }
  }
  return goals;
}
