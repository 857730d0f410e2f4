// The planned-vs-actual lines of `coach review` and `coach progress`: per category and overall,
// the actual minutes against the planned ones and the ratio ("DSA 5h 36m of 4h · 1.4×").
import type { PlannedActual, PlannedVsActual } from '../review/planned-actual.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { categoryCap, cut, formatHours, padEnd, plural, width } from './format.js';

/** `1.4×`, or `–` without a ratio. */
export const ratioText = (r: number | null): string => (r === null ? '–' : `${r.toFixed(1)}×`);

function row(s: Style, name: string, r: PlannedActual, nameWidth: number): string {
  // Padded before it is coloured, so the columns line up.
  const text = padEnd(ratioText(r.ratio), 5);
  const ratio = r.ratio === null ? s.dim(text) : (r.ratio > 1.1 ? s.yellow : s.green)(text);
  const figures = r.timed === 0 ? s.dim('no timed blocks') : `${formatHours(r.actual)} of ${formatHours(r.planned)} planned · ${plural(r.timed, 'block')}`;
  return `  ${padEnd(name, nameWidth)}  ${ratio}  ${figures}`;
}

/**
 * The section, or nothing while no block done has minutes. Blocks done without minutes are named
 * as left out, so a ratio over a few blocks is read for what it is.
 */
export function renderPlannedActual(s: Style, p: PlannedVsActual, columns: number): string[] {
  if (p.overall.timed === 0) return [];
  const cap = Math.min(categoryCap(columns), 16);
  const names = p.categories.map((c) => cut(sanitizeLine(c.category ?? ''), cap));
  const nameWidth = Math.max(3, ...names.map(width));
  const out = [s.bold('Planned vs actual') + s.dim(' (against the middle of each plan)')];
  p.categories.forEach((c, i) => out.push(row(s, names[i] ?? '', c, nameWidth)));
  out.push(row(s, 'All', p.overall, nameWidth));
  const left = [
    ...(p.overall.untimed ? [`${plural(p.overall.untimed, 'block')} done without minutes`] : []),
    ...(p.overall.unplanned ? [`${plural(p.overall.unplanned, 'block')} without a planned time`] : []),
  ];
  if (left.length) out.push(s.dim(`  Left out: ${left.join(', ')}.`));
  return out;
}
