// `coach tracks`: the tracks in the content folder, their weeks, days and planned hours.
import { loadContent } from '../catalog.js';
import type { OptionsOf } from '../cli/options.js';
import type { declareTracks } from '../cli/track.js';
import type { Context } from '../context.js';
import { printResult } from '../render/output.js';
import { renderTracks, type TrackSummary, type TracksView } from '../render/tracks.js';
import { withLog } from '../session.js';
import { hasLog, settingsOf } from '../store/settings.js';
import { plannedMinutesOf } from '../schedule/plan-totals.js';
import { PLANS, type Track } from '../track/model.js';

export type TracksOptions = OptionsOf<typeof declareTracks>;

export type { TrackSummary };

export function summarize(track: Track): TrackSummary {
  return {
    id: track.id,
    title: track.title,
    weeks: track.weeks.map((w) => w.number),
    days: track.weeks.reduce((n, w) => n + w.days.length, 0),
  };
}

export async function tracks(ctx: Context, opts: TracksOptions): Promise<TrackSummary[]> {
  // The folder saved by `coach init` counts here as for every other command; reading it writes nothing.
  const saved = hasLog(ctx.dataDir) ? await withLog(ctx, settingsOf, { readonly: true }) : null;
  const { content, catalog } = await loadContent(ctx, opts.content, saved?.content);
  const all = await Promise.all(catalog.tracks.map((t) => catalog.track(t.id)));
  const list = all.map(summarize);
  const view: TracksView = {
    content,
    tracks: all.map((track) => {
      const days = track.weeks.flatMap((w) => w.days);
      return { ...summarize(track), planned: PLANS.map((p) => [p, plannedMinutesOf(days, p)] as const) };
    }),
    problems: catalog.errors,
  };
  // --json keeps to the summaries: the planned hours are the text view's.
  printResult(ctx.stdout, renderTracks, view, { json: opts.json, toJson: () => list });
  return list;
}
