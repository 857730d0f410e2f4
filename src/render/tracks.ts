// The text of `coach tracks`: one entry per track with its weeks, days and planned hours per plan.
import type { Minutes, Plan } from '../track/model.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { formatHoursRange, padEnd, plural } from './format.js';

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

export function renderTracks(s: Style, v: TracksView): string {
  const lines = [s.dim(`Tracks in ${sanitizeLine(v.content)}`), ''];
  const idWidth = Math.max(...v.tracks.map((t) => t.id.length), 5);
  for (const t of v.tracks) {
    const hours = t.planned.map(([plan, minutes]) => `${plan} ${formatHoursRange(minutes)}`).join(' · ');
    const weeks = t.weeks.length === 1 ? `week ${t.weeks[0]}` : `weeks ${t.weeks.join(', ')}`;
    lines.push(`${s.bold(padEnd(sanitizeLine(t.id), idWidth))}  ${sanitizeLine(t.title)}`);
    lines.push(`${' '.repeat(idWidth)}  ${weeks} · ${t.days} days · ${hours}`);
  }
  if (v.problems > 0) lines.push('', s.yellow(`${plural(v.problems, 'problem')} in the track files: run coach validate`));
  return lines.join('\n') + '\n';
}
