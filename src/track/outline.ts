// A week's outline: what the schedule needs of every week of a track (its days, and each block's
// category and minutes) in a few hundred bytes, kept in the parse cache's index so that a warm
// `coach today` reads the texts of only the weeks it shows. Block ids follow from the outline as
// the parser makes them (`<track>.w<week>.d<day>.<plan>.<n>`).
import type { Block, Minutes, Week } from './model.js';

/** A block: its category, and its minutes when the track gives them. */
export type OutlineBlock = [category: string] | [category: string, min: number, max: number];

/** A day: its number, its 4-hour blocks and its 6-hour additions. */
export type OutlineDay = [number: number, blocks4h: OutlineBlock[], additions6h: OutlineBlock[]];

const blockOutline = (b: Block): OutlineBlock => (b.minutes ? [b.category, b.minutes.min, b.minutes.max] : [b.category]);

/** The outline of a parsed week, its days in the week's order. */
export function outlineOf(week: Week): OutlineDay[] {
  return week.days.map((d) => [d.number, d.blocks4h.map(blockOutline), d.additions6h.map(blockOutline)]);
}

export const outlineMinutes = (b: OutlineBlock): Minutes | null => (b.length === 3 ? { min: b[1], max: b[2] } : null);

// Checked field by field, as cache-shape.ts checks the rest of the index, since it runs on every warm start.
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isBlocks(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const b of v as unknown[]) {
    if (!Array.isArray(b) || typeof b[0] !== 'string') return false;
    if (b.length === 3 ? !isNumber(b[1]) || !isNumber(b[2]) : b.length !== 1) return false;
  }
  return true;
}

/** True when `v` has the shape of an outline. */
export function isOutline(v: unknown): v is OutlineDay[] {
  if (!Array.isArray(v)) return false;
  for (const d of v as unknown[]) {
    if (!Array.isArray(d) || d.length !== 3 || !isNumber(d[0]) || !isBlocks(d[1]) || !isBlocks(d[2])) return false;
  }
  return true;
}

/** Whether `week`'s days and blocks are the ones `outline` lists: a parse of the same text. */
export function fitsOutline(week: Week, outline: readonly OutlineDay[]): boolean {
  if (week.days.length !== outline.length) return false;
  return week.days.every((d, i) => {
    const o = outline[i] as OutlineDay;
    return d.number === o[0] && d.blocks4h.length === o[1].length && d.additions6h.length === o[2].length;
  });
}
