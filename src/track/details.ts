// Which of a block's nested lines say more than its title: titles are often taken from the
// first line, so views and the target rule read the rest without counting that line twice.
import type { Block } from './model.js';

/** The line that opens (with the language after it) and closes a code block in a block's details. */
export const CODE_FENCE = '```';

/** Details minus a first line that only repeats the title (titles are taken from it when the label stands alone). */
export function detailsBelowTitle(b: Pick<Block, 'title' | 'details'>): string[] {
  const norm = (t: string) => t.trim().replace(/[.:;]+$/, '');
  const [first, ...rest] = b.details;
  if (first === undefined) return [];
  if (norm(first) === norm(b.title)) return rest;
  // A title made of a lead-in and its items ("Learn: A; B") says all the lines under it did.
  const items = rest.findIndex((d) => !d.startsWith('  '));
  const below = items === -1 ? rest : rest.slice(0, items);
  if (/:\s*$/.test(first) && b.title.startsWith(`${norm(first)}: `) && below.every((d) => !d.startsWith('    '))) {
    return items === -1 ? [] : rest.slice(items);
  }
  return b.details;
}
