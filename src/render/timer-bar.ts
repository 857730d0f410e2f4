// The live view of `coach focus`: the block, a bar filling towards the planned minutes (the upper
// end of the range), the time counted, and the keys. Pure: the caller redraws it in place.
import type { TimerState } from '../timer/report.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { cut, formatMinutes } from './format.js';

/** `4:05`, `1:02:09`: a duration in ms as a clock shows it. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The end of the box in ms: the upper end of the planned range; null when the track gives none. */
export function boxMs(t: Pick<TimerState, 'planned'>): number | null {
  return t.planned && t.planned.max > 0 ? t.planned.max * 60_000 : null;
}

/** The frame for a timer that has counted `ms`, `columns` wide. */
export function renderTimerBar(s: Style, t: TimerState, ms: number, columns = 80): string {
  const box = boxMs(t);
  const size = Math.max(10, Math.min(40, columns - 28));
  const share = box === null ? 0 : Math.min(1, ms / box);
  const filled = Math.round(share * size);
  const over = box !== null && ms >= box;
  const bar = (over ? s.yellow : s.green)('█'.repeat(filled)) + s.dim('░'.repeat(size - filled));
  const head = t.state === 'paused' ? s.yellow('❚❚ paused') : s.green('▶');
  const counted = box === null ? `${clock(ms)} (no planned time)` : over ? `${clock(ms)} · ${clock(ms - box)} over` : `${clock(ms)} of ${formatMinutes(t.planned)}`;
  const title = `${sanitizeLine(t.label)} (${sanitizeLine(t.category)}) ${sanitizeLine(t.title)}`;
  return [
    `${head} ${cut(title, columns - 12)}`,
    `  ${bar}  ${counted}`,
    s.dim(`  p ${t.state === 'paused' ? 'resume' : 'pause'} · d done · q leave it running`),
  ].join('\n');
}
