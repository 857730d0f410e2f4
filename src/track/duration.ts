// Durations as track files write them: `60 min`, `60–75 min`, `1.5 h`, `45-60 minutes`.
import type { Minutes } from './model.js';

// A range dash is unspaced: in `(Timed Set 1 – 90 min)` the spaced dash separates a label
// from the duration, so that is 90 minutes, not 1–90.
const DURATION =
  /(?<![\d.])(\d+(?:\.\d+)?)(?:(?:[-–—]|\s+to\s+)(\d+(?:\.\d+)?))?\s*(minutes?|mins?|m|hours?|hrs?|hr|h)(?![a-z])/gi;

// `1h 30m`, `1 h 30 min`, `2 hours 15 minutes`: one duration, not two.
const HOURS_MINUTES = /(?<![\d.])(\d+)\s*(?:hours?|hrs?|h)\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?|m)(?![a-z])/gi;

export interface DurationMatch {
  minutes: Minutes;
  /** Index and length of the matched text in the input. */
  index: number;
  length: number;
}

function toMinutes(value: string, unit: string): number {
  const n = Number(value);
  return Math.round(unit.toLowerCase().startsWith('h') ? n * 60 : n);
}

/** All plausible durations in `text`, in order of appearance. */
export function findDurations(text: string): DurationMatch[] {
  const found: DurationMatch[] = [];
  for (const m of text.matchAll(HOURS_MINUTES)) {
    const minutes = Number(m[1]) * 60 + Number(m[2]);
    if (minutes > 0 && minutes <= 24 * 60) found.push({ minutes: { min: minutes, max: minutes }, index: m.index ?? 0, length: m[0].length });
  }
  // Both lists come in order of position, so one cursor over the first finds the overlaps:
  // linear, where testing each match against every earlier one was quadratic on long labels.
  const pairs = found.length;
  let next = 0;
  const taken = (i: number): boolean => {
    while (next < pairs && (found[next]?.index ?? 0) + (found[next]?.length ?? 0) <= i) next++;
    const f = found[next];
    return next < pairs && f !== undefined && i >= f.index;
  };
  for (const m of text.matchAll(DURATION)) {
    if (taken(m.index ?? 0)) continue;
    const unit = m[3] ?? 'min';
    const a = toMinutes(m[1] ?? '0', unit);
    const b = m[2] === undefined ? a : toMinutes(m[2], unit);
    const min = Math.min(a, b);
    const max = Math.max(a, b);
    if (min <= 0 || max > 24 * 60) continue;
    found.push({ minutes: { min, max }, index: m.index ?? 0, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The duration an item carries: the first one inside parentheses, else the first one at all. */
export function parseDuration(text: string): DurationMatch | null {
  const all = findDurations(text);
  if (all.length === 0) return null;
  // One pass: whether the nearest parenthesis before each match opens (not closes) a group.
  let open = false;
  let at = 0;
  for (const d of all) {
    for (; at < d.index; at++) {
      const c = text.charAt(at);
      if (c === '(') open = true;
      else if (c === ')') open = false;
    }
    if (open) return d;
  }
  return all[0] ?? null;
}
