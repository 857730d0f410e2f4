// Everything a daily command needs at once: the log (when there is one), the learner's settings,
// the track they follow and the study date. Defaults stand in until `coach init` has run.
import { chooseTrack, loadContent } from './catalog.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { BUNDLED_CONTENT } from './paths.js';
import { studyDate, type IsoDate } from './schedule/dates.js';
import { DEFAULT_ROLLOVER, hasLog, settingsOf, toRows, type Settings } from './settings.js';
import type { Store } from './store/store.js';
import type { Catalog } from './track/assemble.js';
import type { Plan, Track } from './track/model.js';

export interface Session {
  /** Null until something is written when no log exists yet (see `writableStore`). */
  store: Store | null;
  settings: Settings & { start: string; week: number };
  /** False while defaults stand in for `coach init`. */
  initialised: boolean;
  /** The defaults in use before `coach init`, saved by the first write. */
  defaults: Settings | null;
  track: Track;
  catalog: Catalog;
  content: string;
  date: IsoDate;
}

export interface SessionOptions {
  content?: string;
  date?: string;
  plan?: Plan;
  /** Open (and create) the log at once, even before `coach init`: for commands that always write. */
  write?: boolean;
}

export async function openSession(ctx: Context, opts: SessionOptions): Promise<Session> {
  const store = hasLog(ctx.dataDir) ? await openLog(ctx.dataDir) : null;
  let session: Session | undefined;
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
    session = {
      store,
      settings: { ...settings, plan: opts.plan ?? settings.plan },
      initialised: saved !== null,
      // The folder goes with the track id, or a later run without --content could not find the track.
      defaults: saved ? null : { ...settings, content: content === BUNDLED_CONTENT ? null : content },
      track,
      catalog,
      content,
      date: opts.date ?? today,
    };
    if (opts.write) await writableStore(ctx, session);
    return session;
  } catch (err) {
    (session?.store ?? store)?.close();
    throw err;
  }
}

/**
 * The log, ready for a write: created if there is none yet. Before `coach init` the defaults in
 * use are saved with the first write, fixing today as the start so the plan does not slide each
 * day. Commands call this only once their input is known to be good, so a refused command
 * leaves no file behind.
 */
export async function writableStore(ctx: Context, session: Session): Promise<Store> {
  session.store ??= await openLog(ctx.dataDir);
  if (session.defaults) {
    session.store.setSettings(toRows(session.defaults));
    session.defaults = null;
  }
  return session.store;
}

async function openLog(dataDir: string): Promise<Store> {
  const { openStore } = await import('./store/store.js');
  return openStore(dataDir);
}

/** With content chosen on the command line, keep the saved track only if that folder has it. */
function pickSame(tracks: readonly Track[], id: string | null | undefined): string | undefined {
  return id && tracks.some((t) => t.id === id) ? id : undefined;
}
