// The text of the timer commands (`coach start`, `stop`, `pause`, `resume`, `cancel`): what the
// timer is on, how long it has counted, and what was logged.
import type { TimerReport, TimerState } from '../timer/report.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { cut, formatHours, formatMinutes } from './format.js';
import { fitText } from './wrap.js';

/** `Block 2 (LLD)`: the block a timer is on, by its label and category. */
export function timerName(t: Pick<TimerState, 'label' | 'category'>): string {
  return `${sanitizeLine(t.label)} (${sanitizeLine(t.category)})`;
}

/** The block's title under the line naming it, cut to the width. */
function titleLine(s: Style, t: TimerState, columns: number): string {
  return s.dim(`  ${cut(sanitizeLine(t.title), columns - 2)}`);
}

/** `23m of 60–75 min`, the elapsed time against the block's plan. */
export function timerProgress(t: TimerState): string {
  return `${formatHours(t.minutes)} of ${formatMinutes(t.planned)}`;
}

/** One line for `coach today`: the timer running or paused, and how to stop it. */
export function timerLine(s: Style, t: TimerState): string {
  const what = t.state === 'paused' ? 'paused' : 'running';
  return `${s.yellow('⏱')} ${timerName(t)} ${what}: ${timerProgress(t)} · coach stop`;
}

function stoppedLine(s: Style, r: TimerReport, t: TimerState): string {
  const after = t.minutes > 0 ? `after ${formatHours(t.minutes)}` : 'with no minutes counted';
  const how = t.outcome === 'open' ? 'kept open (not marked done)' : r.corrected ? 'corrected its entry' : r.markedDone ? 'marked it done' : 'it was done already';
  return `${s.green('■')} Stopped ${timerName(t)} ${after}; ${how}.`;
}

export function renderTimer(s: Style, r: TimerReport, columns = 80): string {
  const lines: string[] = [];
  if (r.stopped) lines.push(stoppedLine(s, r, r.stopped));
  if (r.carried > 0) lines.push(s.dim(`  with ${formatHours(r.carried)} kept open on it earlier: ${formatHours((r.stopped?.minutes ?? 0) + r.carried)} in all`));
  if (r.clockBack !== null) {
    lines.push(s.yellow(`  Your clock is ${formatHours(r.clockBack)} earlier than the timer's last moment (a clock set back?): that stretch counts nothing.`));
  }
  const t = r.timer;
  // A notice says why nothing was written: the action's own line would claim it was.
  switch (r.notice ? null : r.action) {
    case 'start':
      if (t) lines.push(`${s.green('▶')} Started ${timerName(t)} at ${r.at} · planned ${formatMinutes(t.planned)}`, titleLine(s, t, columns));
      break;
    case 'pause':
      if (t) lines.push(`${s.yellow('❚❚')} Paused ${timerName(t)} at ${timerProgress(t)}. coach resume continues.`);
      break;
    case 'resume':
      if (t) lines.push(`${s.green('▶')} Resumed ${timerName(t)} at ${timerProgress(t)}.`);
      break;
    case 'cancel':
      if (r.cancelled) lines.push(`${s.red('✕')} Cancelled the timer on ${timerName(r.cancelled)} (${formatHours(r.cancelled.minutes)}); nothing logged.`);
      break;
    default:
      break;
  }
  if (r.notice) lines.push(r.notice);
  if (r.action === 'show' && t) {
    lines.push(`${t.state === 'paused' ? 'Paused' : 'Running'}: ${timerName(t)} · ${timerProgress(t)} · since ${r.at}`, titleLine(s, t, columns));
  }
  if (r.action === 'show' && !t) lines.push('No timer is running. Start one: coach start 1');
  if (r.hint) lines.push(s.dim(r.hint));
  return lines.map((l) => fitText(l, columns)).join('\n') + '\n';
}
