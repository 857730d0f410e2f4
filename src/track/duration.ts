// Durations as track files write them: `60 min`, `60–75 min`, `60 - 75 min`, `1.5 h`, `1h30`,
// `45-60 minutes`, `45 min – 1 h`, `~1h`.
import { lazyPattern } from '../text/clusters.js';
import type { Minutes } from './model.js';

// A range's dash may have spaces around it (`60 - 75 min`), but a spaced dash after a word
// separates a label from the duration: `(Timed Set 1 – 90 min)` is 90 minutes, not 1–90. After a
// word, a spaced range in minutes is still a range when it reads as one (`HLD 60 - 75 min`): see
// `readsAsRange`.
// `2 extra hours` is two hours too.
const DURATION =
  /(?<![\d.])(\d+(?:\.\d+)?)(?:(\s*[-–—]\s*|\s+to\s+)(\d+(?:\.\d+)?))?\s*(?:(?:extra|more|additional)\s+)?(minutes?|mins?|m|hours?|hrs?|hr|h)(?![a-z])/gi;

// `1h 30m`, `1 h 30 min`, `2 hours 15 minutes`, `1h30`: one duration, not two. Minutes without
// their unit only as two digits right after the `h`, as a clock writes them.
const HOURS_MINUTES =
  /(?<![\d.])(\d+)\s*(?:(?:hours?|hrs?|h)\s*(?:and\s+)?(\d+)\s*(?:minutes?|mins?|m)(?![a-z])|h(\d{2})(?![\d.a-z]))/gi;

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

/**
 * Whether `first – second` in minutes after a word is a range rather than a label's number and a
 * duration: a label numbers its sets and parts from 1 (`Set 1 – 90 min`, `Problem 2 - 30 min`),
 * while a range starts at ten minutes or more and ends within three times its start (`HLD 60 - 75
 * min`). Hours keep the label reading: `Set 1 – 2 h` is two hours.
 */
function readsAsRange(first: number, second: number, unit: string): boolean {
  return !unit.toLowerCase().startsWith('h') && first >= 10 && first <= second && second <= first * 3;
}

/** True when the text before `at` ends in a word (spaces aside): `Set 1` rather than `– 60`. */
function followsWord(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  return /[\p{L}\d]/u.test(text.charAt(i - 1));
}

/** All plausible durations in `text`, in order of appearance. */
export function findDurations(text: string): DurationMatch[] {
  const found: DurationMatch[] = [];
  for (const m of text.matchAll(HOURS_MINUTES)) {
    const minutes = Number(m[1]) * 60 + Number(m[2] ?? m[3]);
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
    let index = m.index ?? 0;
    if (taken(index)) continue;
    const unit = m[4] ?? 'min';
    let first = m[1] ?? '0';
    let second = m[3];
    const dash = m[2] ?? '';
    if (
      second !== undefined &&
      /^\s+[-–—]|[-–—]\s+$/.test(dash) &&
      followsWord(text, index) &&
      !readsAsRange(Number(first), Number(second), unit)
    ) {
      // `Set 1 – 90 min`: the first number is the label's; the duration starts at the second.
      index += first.length + dash.length;
      first = second;
      second = undefined;
    }
    const a = toMinutes(first, unit);
    const b = second === undefined ? a : toMinutes(second, unit);
    const min = Math.min(a, b);
    const max = Math.max(a, b);
    if (min <= 0 || max > 24 * 60) continue;
    found.push({ minutes: { min, max }, index, length: (m.index ?? 0) + m[0].length - index });
  }
  return joinRanges(text, found.sort((a, b) => a.index - b.index)).map((d) => withApproximation(text, d));
}

// What joins the two ends of a range that carry their own units: `45 min – 1 h`, `1h-1h30`.
const RANGE_JOIN = /^\s*(?:[-–—]|to)\s*$/i;

/**
 * Two durations joined by a dash or "to" are one range when the second is the longer, each end
 * in its own unit (`45 min – 1 h` is 45–60 minutes); `1 h – 30 min` stays two durations.
 */
function joinRanges(text: string, found: readonly DurationMatch[]): DurationMatch[] {
  const out: DurationMatch[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    const end = prev ? prev.index + prev.length : 0;
    if (prev && prev.minutes.min === prev.minutes.max && d.minutes.min > prev.minutes.max && RANGE_JOIN.test(text.slice(end, d.index))) {
      out[out.length - 1] = { minutes: { min: prev.minutes.min, max: d.minutes.max }, index: prev.index, length: d.index + d.length - prev.index };
    } else out.push(d);
  }
  return out;
}

// A sign or word that makes a duration approximate (`~1h`, `approx. 30 min`): part of the
// duration, so that it never stays behind in a category or a label.
const APPROXIMATELY = lazyPattern(String.raw`(?<!\p{L})(?:~|≈|approx\.?|approximately|ca\.|circa|about|around|roughly)\s*$`, 'iu');

function withApproximation(text: string, d: DurationMatch): DurationMatch {
  // A short window: the longest of the words fits, and a long line is not scanned again.
  const from = Math.max(0, d.index - 16);
  const m = APPROXIMATELY().exec(text.slice(from, d.index));
  return m ? { ...d, index: from + m.index, length: d.length + (d.index - from - m.index) } : d;
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

// A number closing a category, with a dash or colon between it and the words: what is left
// of a duration that was not read (`HLD – 60` of `HLD – 60 : 75 min`, `DSA – 1:30`).
// A number that opens a category (`2 - 3 problems`) is the category's own.
const STRAY_NUMBER = /(?:^|[–—:-]\s*)\d[\d:.,]*$/;

/** True when a category holds what looks like part of a duration that could not be read. */
export function holdsUnreadDuration(category: string): boolean {
  return STRAY_NUMBER.test(category.trim());
}
