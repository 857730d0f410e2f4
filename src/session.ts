// Everything a daily command needs at once: the log (when there is one), the learner's settings,
// the track they follow and the study date. Defaults stand in until `coach init` has run.
import { chooseTrack, loadContent } from './catalog.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { studyDate, type IsoDate } from './schedule/dates.js';
import { DEFAULT_ROLLOVER, hasLog, settingsOf, toRows, type Settings } from './settings.js';
import type { Store } from './store/store.js';
import type { Plan, Track } from './track/model.js';

export interface Session {
  store: Store | null;
  settings: Settings & { start: string; week: number };
  /** False while defaults stand in for `coach init`. */
  initialised: boolean;
  track: Track;
  content: string;
  date: IsoDate;
}

export interface SessionOptions {
  content?: string;
  date?: string;
  plan?: Plan;
  /** Open (and create) the log even before `coach init`: for commands that write. */
  write?: boolean;
}

export async function openSession(ctx: Context, opts: SessionOptions): Promise<Session> {
  let store: Store | null = null;
  if (opts.write || hasLog(ctx.dataDir)) {
    const { openStore } = await import('./store/store.js');
    store = openStore(ctx.dataDir);
  }
  try {
    const saved = store ? settingsOf(store) : null;
    const { content, catalog } = await loadContent(ctx, opts.content, saved?.content);
    const track = chooseTrack(catalog, opts.content || ctx.env.COACH_CONTENT ? pickSame(catalog.tracks, saved?.track) : saved?.track);
    const rollover = saved?.rollover ?? DEFAULT_ROLLOVER;
    const today = studyDate(ctx.now, rollover);
    const firstWeek = track.weeks[0]?.number;
    if (firstWeek === undefined) throw new UsageError(`track "${track.id}" has no weeks`);
    const settings = {
      track: track.id,
      plan: saved?.plan ?? '4h',
      start: saved?.start ?? today,
      week: saved?.track === track.id && saved.week !== null ? saved.week : firstWeek,
      pace: saved?.pace ?? 'calendar',
      content: saved?.content ?? null,
      rollover,
    } satisfies Settings;
    // The first write without init fixes today as the start, so the plan does not slide each day.
    if (store && opts.write && !saved) store.setSettings(toRows(settings));
    return {
      store,
      settings: { ...settings, plan: opts.plan ?? settings.plan },
      initialised: saved !== null,
      track,
      content,
      date: opts.date ?? today,
    };
  } catch (err) {
    store?.close();
    throw err;
  }
}

/** With content chosen on the command line, keep the saved track only if that folder has it. */
function pickSame(tracks: readonly Track[], id: string | null | undefined): string | undefined {
  return id && tracks.some((t) => t.id === id) ? id : undefined;
}
