// The text of `coach done`: the blocks just marked, the ones corrected, the ones that already were, and how to undo.
import type { Completion } from '../log/types.js';
import type { IsoDate } from '../schedule/dates.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { formatMinutes } from './format.js';
import { fitText } from './wrap.js';

export interface DoneView {
  /** The study date the blocks were logged for. */
  date: IsoDate;
  added: readonly Completion[];
  /** Completions of blocks done before whose minutes or note were just corrected. */
  updated?: readonly Completion[];
  /** Ids of blocks that were done before. */
  already: readonly string[];
  /** The checklist had nothing left to offer: every block of today was done. */
  allDone?: boolean;
  /** Today's plan day; a block of another day is confirmed with its week and day. */
  current?: { week: number; day: number } | null;
}

export function renderDone(s: Style, v: DoneView, columns = 80): string {
  const updated = v.updated ?? [];
  if (v.added.length === 0 && updated.length === 0 && v.already.length === 0) {
    return (v.allDone ? 'Every block for today is already done.\n' : '') + 'Nothing marked.\n';
  }
  const elsewhere = (c: Completion): boolean =>
    v.current !== undefined && (v.current === null || c.week !== v.current.week || c.day !== v.current.day);
  const lines = v.added.map((c) =>
    `${s.green('✔')} ${sanitizeLine(c.label)} ${s.cyan(sanitizeLine(c.category))} ${formatMinutes(c.planned)}  ` +
      `${elsewhere(c) ? `week ${c.week} day ${c.day}  ` : ''}${sanitizeLine(c.title)}`);
  for (const c of updated) {
    const what = [`${c.minutes === null ? 'no' : c.minutes} min`, ...(c.note === null ? [] : [`note "${sanitizeLine(c.note)}"`])].join(', ');
    lines.push(`${s.yellow('✎')} ${sanitizeLine(c.label)} ${s.cyan(sanitizeLine(c.category))} was done on ${c.date}; updated: ${what}`);
  }
  for (const id of v.already) lines.push(s.dim(`  already done: ${sanitizeLine(id)}`));
  if (v.added.length > 0) lines.push(s.dim(`Logged for ${v.date}. Undo with coach undo.`));
  else if (updated.length > 0) lines.push(s.dim('Undo with coach undo.'));
  // A block's title is the track's, of any length: it wraps at a word, under the block.
  return fitText(lines.join('\n'), columns) + '\n';
}
