// A week's outline: what the schedule needs of every week of a track (its days, and each block's
// category and minutes) in a few hundred bytes, kept in the parse cache's index so that a warm
// `coach today` reads the texts of only the weeks it shows. Block ids follow from the outline as
// the parser makes them (`<track>.w<week>.d<day>.<plan>.<n>`).
import type { Block, Minutes, Week } from './model.js';

/**
 * The week's categories, and its days as one run of numbers: for each day its number, how many
 * 4-hour blocks and 6-hour additions it has, then for each block its category (an index into
 * `categories`) and its minutes (-1 -1 when the track gives none). Numbers only, so reading the
 * index of a 500-week track makes a few objects a week, not hundreds.
 */
export interface Outline {
  categories: string[];
  days: number[];
}

/** The outline of a parsed week, its days in the week's order. */
export function outlineOf(week: Week): Outline {
  const categories: string[] = [];
  const days: number[] = [];
  const block = (b: Block): void => {
    let c = categories.indexOf(b.category);
    if (c === -1) c = categories.push(b.category) - 1;
    days.push(c, b.minutes?.min ?? -1, b.minutes?.max ?? -1);
  };
  for (const d of week.days) {
    days.push(d.number, d.blocks4h.length, d.additions6h.length);
    d.blocks4h.forEach(block);
    d.additions6h.forEach(block);
  }
  return { categories, days };
}

/** Where each day starts in `outline.days`. */
export function dayStarts(outline: Outline): number[] {
  const starts: number[] = [];
  const { days } = outline;
  for (let i = 0; i < days.length; i += 3 + 3 * ((days[i + 1] as number) + (days[i + 2] as number))) starts.push(i);
  return starts;
}

// One object for each span of minutes: a long track has tens of thousands of blocks and a few spans.
const spans = new Map<number, Readonly<Minutes>>();

/** The minutes at `at` in `outline.days`: null for -1. Shared between blocks: never to be changed. */
export function outlineMinutes(days: readonly number[], at: number): Minutes | null {
  const min = days[at] as number;
  if (min < 0) return null;
  const max = days[at + 1] as number;
  const key = min * 65_536 + max;
  let span = spans.get(key);
  if (!span) spans.set(key, (span = Object.freeze({ min, max })));
  return span as Minutes;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const isSpan = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * True when `v` has the shape of an outline, every count and index in range. One plain loop with
 * no allocation: it runs over every week of the index on each warm start, before the code is hot.
 */
export function isOutline(v: unknown): v is Outline {
  if (typeof v !== 'object' || v === null) return false;
  const { categories, days } = v as Record<string, unknown>;
  if (!Array.isArray(categories) || !Array.isArray(days)) return false;
  for (let c = 0; c < categories.length; c++) if (typeof categories[c] !== 'string') return false;
  const length = days.length;
  const kinds = categories.length;
  let i = 0;
  while (i < length) {
    const b4: unknown = days[i + 1];
    const a6: unknown = days[i + 2];
    if (!isSpan(days[i]) || !isCount(b4) || !isCount(a6)) return false;
    const end = i + 3 + 3 * (b4 + a6);
    if (end > length) return false;
    for (let j = i + 3; j < end; j += 3) {
      const c: unknown = days[j];
      const min: unknown = days[j + 1];
      const max: unknown = days[j + 2];
      if (!isCount(c) || c >= kinds || !isSpan(min) || !isSpan(max)) return false;
      if ((min < 0 || max < 0) && (min !== -1 || max !== -1)) return false;
    }
    i = end;
  }
  return true;
}

/** Whether `week`'s days and blocks are the ones `outline` lists: a parse of the same text. */
export function fitsOutline(week: Week, outline: Outline): boolean {
  const starts = dayStarts(outline);
  if (week.days.length !== starts.length) return false;
  return week.days.every((d, i) => {
    const at = starts[i] as number;
    return d.number === outline.days[at] && d.blocks4h.length === outline.days[at + 1] && d.additions6h.length === outline.days[at + 2];
  });
}
