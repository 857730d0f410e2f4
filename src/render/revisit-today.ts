// What `coach today` shows of the revisit cards: one line under the DSA line (`Revisit: 3 due —
// Two Sum, LRU Cache, +1 · coach revisit`), a hint under the day's DSA block to re-solve the due
// problems before new ones, and `"revisit":{"due","shown":[…]}` in its JSON.
import type { TodaysRevisits } from '../practice/card-reads.js';
import { SHORT_ID } from '../practice/cards.js';
import type { IsoDate } from '../schedule/dates.js';
import type { TodayView } from '../schedule/today-view.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { cut, width } from './format.js';

export interface WithRevisits {
  revisit: TodaysRevisits;
}

export function withRevisits<V extends object>(view: V, revisit: TodaysRevisits): V & WithRevisits {
  return { ...view, revisit };
}

export function revisitJson(r: TodaysRevisits): { due: number; shown: { id: string; kind: string; title: string; due: IsoDate }[] } {
  return { due: r.due, shown: r.shown.map((c) => ({ id: c.id.slice(0, SHORT_ID), kind: c.kind, title: c.title, due: c.due })) };
}

/** `Revisit: 3 due — Two Sum, LRU Cache, +1 · coach revisit`, as many titles as fit; none when nothing is due. */
export function revisitTodayLine(s: Style, r: TodaysRevisits, columns: number): string[] {
  if (r.due === 0) return [];
  const head = `Revisit: ${r.due} due — `;
  const tail = ' · coach revisit';
  // Each title a couple of dozen columns at most, so that more than one fits.
  const names = r.shown.map((c) => cut(sanitizeLine(c.title), 24));
  const list = (n: number, first = names[0] ?? ''): string =>
    [first, ...names.slice(1, n), ...(r.due > n ? [`+${r.due - n}`] : [])].join(', ');
  let n = names.length;
  while (n > 1 && width(head + list(n) + tail) > columns) n--;
  let text = list(n);
  // One title still too long: it is cut to what the line leaves.
  if (width(head + text + tail) > columns) {
    const rest = r.due > 1 ? `, +${r.due - 1}` : '';
    text = list(1, cut(names[0] ?? '', Math.max(6, columns - width(head + tail + rest))));
  }
  return [s.yellow(head + text) + s.dim(tail)];
}

/** The first block of the day still to do whose category is DSA: the due DSA problems go before new ones. */
export function revisitFirstBlock(v: TodayView): TodayView['blocks'][number] | null {
  return v.blocks.find((b) => !b.done && !b.dropped && b.category.trim().toLowerCase() === 'dsa') ?? null;
}

/** The line under that block: `↻ revisit first: Two Sum, LRU Cache`, cut to the width. */
export function revisitFirstLine(s: Style, r: TodaysRevisits, columns: number): string[] {
  const titles = r.shown.filter((c) => c.kind === 'dsa').map((c) => sanitizeLine(c.title));
  if (titles.length === 0) return [];
  const indent = '      ';
  return [indent + s.dim(cut(`↻ revisit first: ${titles.join(', ')}`, Math.max(12, columns - indent.length)))];
}
