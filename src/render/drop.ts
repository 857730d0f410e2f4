// The text of `coach drop`: the blocks let go, with their week and day, and those left as they were.
import type { DropResult } from '../log/types.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { formatMinutes, plural } from './format.js';

export function renderDrop(s: Style, r: DropResult): string {
  const lines = r.added.map((d) =>
    `${s.dim('–')} ${sanitizeLine(d.label)} ${s.cyan(sanitizeLine(d.category))} ${formatMinutes(d.planned)}  week ${d.week} day ${d.day}  ${sanitizeLine(d.title)}`);
  for (const id of r.done) lines.push(s.dim(`  already done, kept: ${sanitizeLine(id)}`));
  for (const id of r.already) lines.push(s.dim(`  already let go: ${sanitizeLine(id)}`));
  if (r.added.length > 0) lines.push(s.dim(`Let ${plural(r.added.length, 'block')} go. Undo with coach undo.`));
  else lines.push('Nothing dropped.');
  return lines.join('\n') + '\n';
}
