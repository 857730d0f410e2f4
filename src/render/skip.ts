// The text of `coach skip`: the rest day, and what it does to the plan under the learner's pace.
import type { IsoDate } from '../schedule/dates.js';
import type { Pace } from '../schedule/scheduler.js';
import type { Style } from './color.js';
import { longDate } from './format.js';

export interface SkipView {
  date: IsoDate;
  /** False when the date already was a rest day. */
  added: boolean;
  pace: Pace;
}

export function renderSkip(_s: Style, v: SkipView): string {
  const when = longDate(v.date);
  if (!v.added) return `${when} is already a rest day.\n`;
  if (v.pace === 'calendar') return `${when} is a rest day; the rest of the plan moves back one day. Undo with coach undo.\n`;
  return `${when} is a rest day. (Progress pace: the plan simply continues where you left off.)\n`;
}
