// The text of `coach tracks`: one entry per track with its weeks, days and planned hours per plan.
import type { Minutes, Plan } from '../track/model.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { formatHoursRange, padEnd, plural } from './format.js';
import { fitPhrases } from './wrap.js';

/** Week numbers as runs: `1–8`, `11, 12`, `1–3, 5, 7–9` (a run of two stays two numbers). */
export function weekRuns(weeks: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < weeks.length;) {
    let j = i;
    while (j + 1 < weeks.length && (weeks[j + 1] as number) === (weeks[j] as number) + 1) j++;
    const [first, last] = [weeks[i] as number, weeks[j] as number];
    runs.push(j - i >= 2 ? `${first}–${last}` : weeks.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return runs.join(', ');
}

/** A track in brief: what `coach tracks --json` prints for each. */
export interface TrackSummary {
  id: string;
  title: string;
  weeks: number[];
  days: number;
}

export interface TrackEntry extends TrackSummary {
  /** Planned time of the whole track, per plan, in the order plans are listed. */
  planned: ReadonlyArray<readonly [Plan, Minutes]>;
}

export interface TracksView {
  /** The content folder the tracks come from. */
  content: string;
  tracks: readonly TrackEntry[];
  /** Errors in the track files. */
  problems: number;
}

export function renderTracks(s: Style, v: TracksView, columns = 80): string {
  const lines = [s.dim(`Tracks in ${sanitizeLine(v.content)}`), ''];
  const idWidth = Math.max(...v.tracks.map((t) => t.id.length), 5);
  for (const t of v.tracks) {
    const hours = t.planned.map(([plan, minutes], i) => `${plan} ${formatHoursRange(minutes)}${i < t.planned.length - 1 ? ' ·' : ''}`);
    const weeks = t.weeks.length === 1 ? `week ${t.weeks[0]}` : `weeks ${weekRuns(t.weeks)}`;
    lines.push(`${s.bold(padEnd(sanitizeLine(t.id), idWidth))}  ${sanitizeLine(t.title)}`);
    const indent = ' '.repeat(idWidth + 2);
    lines.push(...fitPhrases([`${weeks} ·`, `${plural(t.days, 'day')} ·`, ...hours], columns - indent.length).map((l) => indent + l));
  }
  if (v.problems > 0) lines.push('', s.yellow(`${plural(v.problems, 'problem')} in the track files: run coach validate`));
  return lines.join('\n') + '\n';
}
