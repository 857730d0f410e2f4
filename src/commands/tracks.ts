// `coach tracks`: the tracks in the content folder, their weeks, days and planned hours.
import { loadContent } from '../catalog.js';
import type { OptionsOf } from '../cli/options.js';
import type { declareTracks } from '../cli/track.js';
import type { Context } from '../context.js';
import { formatHoursRange, padEnd, plural } from '../render/format.js';
import { sanitizeLine } from '../text/sanitize.js';
import { blocksFor, plannedMinutes, PLANS, type Track } from '../track/model.js';

export type TracksOptions = OptionsOf<typeof declareTracks>;

export interface TrackSummary {
  id: string;
  title: string;
  weeks: number[];
  days: number;
}

export function summarize(track: Track): TrackSummary {
  return {
    id: track.id,
    title: track.title,
    weeks: track.weeks.map((w) => w.number),
    days: track.weeks.reduce((n, w) => n + w.days.length, 0),
  };
}

export async function tracks(ctx: Context, opts: TracksOptions): Promise<TrackSummary[]> {
  const { content, catalog } = await loadContent(ctx, opts.content);
  const list = catalog.tracks.map(summarize);
  if (opts.json) {
    ctx.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return list;
  }
  const s = ctx.stdout.style;
  const lines = [s.dim(`Tracks in ${content}`), ''];
  const idWidth = Math.max(...list.map((t) => t.id.length), 5);
  for (const track of catalog.tracks) {
    const sum = summarize(track);
    const days = track.weeks.flatMap((w) => w.days);
    const hours = PLANS.map((p) => `${p} ${formatHoursRange(plannedMinutes(days.flatMap((d) => blocksFor(d, p))))}`).join(' · ');
    const weeks = sum.weeks.length === 1 ? `week ${sum.weeks[0]}` : `weeks ${sum.weeks.join(', ')}`;
    lines.push(`${s.bold(padEnd(sanitizeLine(sum.id), idWidth))}  ${sanitizeLine(sum.title)}`);
    lines.push(`${' '.repeat(idWidth)}  ${weeks} · ${sum.days} days · ${hours}`);
  }
  const errors = catalog.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) lines.push('', s.yellow(`${plural(errors, 'problem')} in the track files: run coach validate`));
  ctx.stdout.write(lines.join('\n') + '\n');
  return list;
}
