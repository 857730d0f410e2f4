// Finding the learner's tracks for a command: which content folder, which track, which week.
import { UsageError } from './errors.js';
import { plural } from './render/format.js';
import { sanitizeLine } from './text/sanitize.js';
import type { Context } from './context.js';
import { contentPath } from './paths.js';
import { loadCatalog, type Curriculum } from './track/load.js';
import type { Track, Week } from './track/model.js';

export interface Loaded {
  content: string;
  catalog: Curriculum;
}

/** Loads the content folder chosen by --content, COACH_CONTENT, the saved setting or the bundled track. */
export async function loadContent(ctx: Context, flag: string | undefined, saved?: string | null): Promise<Loaded> {
  const content = contentPath(flag, ctx.env, saved, ctx.cwd);
  const catalog = await loadCatalog(content, ctx.dataDir);
  if (catalog.tracks.length === 0) {
    const { errors } = catalog;
    const shown = sanitizeLine(content);
    throw new UsageError(
      `no tracks found in ${shown}` +
        (errors > 0 ? ` (${plural(errors, 'file error')}; run coach validate ${shown})` : '') +
        '\nPoint --content at a folder of track files (see the README for the format).',
    );
  }
  return { content, catalog };
}

/**
 * The track named by `id`, else the only or first track, read in full; `lazy`: its texts read as
 * they are asked for (see `Curriculum.lazyTrack`).
 */
export async function chooseTrack(catalog: Curriculum, id: string | undefined | null, lazy = false): Promise<Track> {
  const first = catalog.tracks[0];
  const read = (chosen: string): Promise<Track> => (lazy ? catalog.lazyTrack(chosen) : catalog.track(chosen));
  if (!id) {
    if (!first) throw new UsageError('no tracks found');
    return read(first.id);
  }
  if (!catalog.tracks.some((t) => t.id === id)) {
    const known = catalog.tracks.map((t) => sanitizeLine(t.id)).join(', ');
    throw new UsageError(`unknown track "${sanitizeLine(id)}"; tracks here: ${known}`);
  }
  return read(id);
}

export function chooseWeek(track: Track, week: number | undefined): Week {
  const first = track.weeks[0];
  if (week === undefined) {
    if (!first) throw new UsageError(`track "${sanitizeLine(track.id)}" has no weeks`);
    return first;
  }
  const found = track.weeks.find((w) => w.number === week);
  if (!found) {
    throw new UsageError(`track "${sanitizeLine(track.id)}" has no week ${week}; its weeks: ${track.weeks.map((w) => w.number).join(', ')}`);
  }
  return found;
}
