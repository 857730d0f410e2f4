// A week's outline: what the schedule needs of every week of a track (its days, and each block's
// category and minutes), kept in the parse cache's index so that a warm `coach today` reads the
// entries of only the weeks it shows. The index holds it twice: a summary of a few numbers (the day
// numbers and the week's sums), read for every week, and the outline itself, read for a week only
// when its blocks are asked for. Block ids follow from the outline as the parser makes them
// (`<track>.w<week>.d<day>.<plan>.<n>`); the blocks' labels and titles (`textsOf`) are kept apart.
import { plannedMinutes, type Block, type Minutes, type Plan, type Week } from './model.js';

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

/**
 * Each block's label and title, two strings a block in the order the week's outline lists its
 * blocks: what the matching rule (src/log/attach.ts) compares logged completions with, kept
 * beside the week's entry (see cache-files.ts) so that matching reads neither the entry nor a
 * bigger index.
 */
export function textsOf(week: Week): string[] {
  const texts: string[] = [];
  for (const d of week.days) for (const b of [...d.blocks4h, ...d.additions6h]) texts.push(b.label, b.title);
  return texts;
}

/** True when `v` is the texts (`textsOf`) of a week of `blocks` blocks: no more, no fewer, all strings. */
export function isTexts(v: unknown, blocks: number): v is string[] {
  if (!Array.isArray(v) || v.length !== 2 * blocks) return false;
  for (let t = 0; t < v.length; t++) if (typeof v[t] !== 'string') return false;
  return true;
}

/**
 * Where in a week's texts the label of the block whose numbers start at `at` in `outline.days`
 * is, that block in the day `dayIndex` of the week: each day before the block's and its own take
 * 3 numbers ahead of their blocks' 3 each, so the blocks before it are `at / 3 - dayIndex - 1`.
 */
export const textAt = (at: number, dayIndex: number): number => 2 * (at / 3 - dayIndex - 1);

/** How many blocks an outline lists, its days starting at `starts` (see `dayStarts`). */
export const outlineBlocks = (outline: Outline, starts: readonly number[]): number => outline.days.length / 3 - starts.length;

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

/**
 * What the index keeps of every week: its day numbers in the week's order, and its blocks and
 * their minutes summed (`plannedMinutes`) for the 4-hour plan and for the 6-hour additions:
 * `[blocks, min, max, blocks, min, max]`. A forecast over hundreds of weeks adds these up.
 */
export interface Summary {
  days: number[];
  sums: number[];
}

/** The summary of a parsed week. */
export function summaryOf(week: Week): Summary {
  const four = week.days.flatMap((d) => d.blocks4h);
  const six = week.days.flatMap((d) => d.additions6h);
  const m4 = plannedMinutes(four);
  const m6 = plannedMinutes(six);
  return { days: week.days.map((d) => d.number), sums: [four.length, m4.min, m4.max, six.length, m6.min, m6.max] };
}

/** The summary an outline gives: the same as `summaryOf` the week it was made of. */
function summaryOfOutline(outline: Outline): Summary {
  const { days } = outline;
  const numbers: number[] = [];
  const four = { blocks: 0, min: 0, max: 0 };
  const six = { blocks: 0, min: 0, max: 0 };
  for (const at of dayStarts(outline)) {
    numbers.push(days[at] as number);
    const b4 = days[at + 1] as number;
    for (let n = 0, j = at + 3; n < b4 + (days[at + 2] as number); n++, j += 3) {
      const sum = n < b4 ? four : six;
      sum.blocks++;
      // -1 -1: no minutes, which count 0.
      if ((days[j + 1] as number) >= 0) {
        sum.min += days[j + 1] as number;
        sum.max += days[j + 2] as number;
      }
    }
  }
  return { days: numbers, sums: [four.blocks, four.min, four.max, six.blocks, six.min, six.max] };
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);
const sameSummary = (a: Summary, b: Summary): boolean => sameNumbers(a.days, b.days) && sameNumbers(a.sums, b.sums);

/** Whether `outline` is of the week `summary` was made of: a check of an index read in two parts. */
export const fitsSummary = (outline: Outline, summary: Summary): boolean => sameSummary(summaryOfOutline(outline), summary);

/** Whether `week` (a cache entry's) is the week `summary` was made of: a parse of the same text. */
export const weekFits = (week: Week, summary: Summary): boolean => sameSummary(summaryOf(week), summary);

/** True when `v` has the shape of a summary. Few numbers a week: it runs over every week of the index. */
export function isSummary(v: unknown): v is Summary {
  if (typeof v !== 'object' || v === null) return false;
  const { days, sums } = v as Record<string, unknown>;
  if (!Array.isArray(days) || !Array.isArray(sums) || sums.length !== 6) return false;
  for (let i = 0; i < days.length; i++) if (!isSpan(days[i])) return false;
  for (let i = 0; i < 6; i++) if (!isCount(sums[i])) return false;
  return true;
}

/**
 * How many blocks the week has for `plan` (see `blocksFor`) and their planned minutes summed, as
 * `plannedMinutes` sums them, from its summary.
 */
export function summaryPlanned(summary: Summary, plan: Plan): { blocks: number; minutes: Minutes } {
  // Read by place, not destructured: this runs for every week of a long track, before the code is hot.
  const s = summary.sums;
  if (plan === '4h') return { blocks: s[0] ?? 0, minutes: { min: s[1] ?? 0, max: s[2] ?? 0 } };
  return { blocks: (s[0] ?? 0) + (s[3] ?? 0), minutes: { min: (s[1] ?? 0) + (s[4] ?? 0), max: (s[2] ?? 0) + (s[5] ?? 0) } };
}

