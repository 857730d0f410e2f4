// The text of `coach show`: where a block sits in the track, its heading line, and every detail.
import type { Block } from '../track/model.js';
import { detailsBelowTitle } from '../track/details.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { renderDetails } from './details.js';
import { formatMinutes } from './format.js';
import { sameWords } from './plan.js';
import { fitText } from './wrap.js';

export interface ShownBlock {
  track: string;
  trackTitle: string;
  week: number;
  day: number;
  dayTitle: string;
  /** Its number in `coach today` when it was named by one, else null. */
  ref: number | null;
  done: boolean;
  block: Block;
}

export function renderShow(s: Style, v: ShownBlock, columns = 80): string {
  const b = v.block;
  const label = sameWords(b.label, b.category) ? '' : `${sanitizeLine(b.label)} · `;
  const out = [
    s.dim(`${sanitizeLine(v.trackTitle)} · week ${v.week} · day ${v.day}  ${sanitizeLine(v.dayTitle)}`),
    `${v.done ? s.green('✔') : '☐'} ${s.bold(`${label}${s.cyan(sanitizeLine(b.category))} · ${formatMinutes(b.minutes)}${b.plan === '6h' ? ' · +6h' : ''}`)}`,
    sanitizeLine(b.title),
  ];
  // The details wrap their own prose and keep code lines whole, so they stay out of fitText.
  const below = detailsBelowTitle(b);
  const details = below.length > 0 ? ['', ...renderDetails(s, below, '  ', columns)] : [];
  const hint = s.dim(v.done ? `Done. Id: ${b.id}` : `Mark it with: coach done ${v.ref ?? b.id}`);
  return [fitText(out.join('\n'), columns), ...details, '', fitText(hint, columns)].join('\n') + '\n';
}
