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
  const taken = (i: number) => found.some((f) => i >= f.index && i < f.index + f.length);
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
  const inParens = all.find((d) => {
    const open = text.lastIndexOf('(', d.index);
    const close = text.lastIndexOf(')', d.index);
    return open > close;
  });
  return inParens ?? all[0] ?? null;
}
