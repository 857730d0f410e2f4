// Everything a daily command needs at once: the log (when there is one), the learner's settings,
// the track they follow and the study date. Defaults stand in until `coach init` has run.
import { chooseTrack, loadContent } from './catalog.js';
import type { Context } from './context.js';
import { UsageError } from './errors.js';
import { BUNDLED_CONTENT } from './paths.js';
import { sanitizeLine } from './text/sanitize.js';
import { compareDates, resolveDate, studyDate, type IsoDate } from './schedule/dates.js';
import type { ScheduleInput } from './schedule/scheduler.js';
import { attach, doneIds, type Attachment } from './log/attach.js';
import type { Completion, Drop } from './log/types.js';
import { DEFAULT_ROLLOVER, toRows, type Settings } from './log/settings.js';
import { hasLog, settingsOf } from './store/settings.js';
import type { Store } from './store/store.js';
import { noteLogOpenedForWriting } from './status/written.js';
import { checkUnreadable, shownPath, StartWeekUnreadable, type UnreadablePolicy } from './session-files.js';
import type { UnreadableFile } from './track/curriculum.js';
import type { Curriculum } from './track/load.js';
import type { Plan, Track } from './track/model.js';

export interface Session {
  /** Null until something is written when no log exists yet (see `writableStore`). */
  store: Store | null;
  settings: Settings & { start: IsoDate; week: number };
  /** The saved plan (or the default's), which `settings.plan` shows unless `--plan` names another for this run. */
  savedPlan: Plan;
  /** False while defaults stand in for `coach init`. */
  initialised: boolean;
  /** The defaults in use before `coach init`, saved by the first write. */
  defaults: Settings | null;
  track: Track;
  catalog: Curriculum;
  content: string;
  /** Files of the content that cannot be read: any may be a week the plan leaves out (see `SessionOptions.unreadable`). */
  unreadable: UnreadableFile[];
  /** The study date the command is about: `--date`, resolved, else today. */
  date: IsoDate;
  /** The current study date, from the context's clock and the rollover hour. */
  today: IsoDate;
}

export interface SessionOptions {
  content?: string;
  /** `YYYY-MM-DD`, `today` or `yesterday` (see `resolveDate`). */
  date?: string;
  /** The command logs what was done on `date`: a date after today is refused. */
  notAfterToday?: boolean;
  plan?: Plan;
  /**
   * Only browsing the track (`coach plan --week N`): a saved start week the track no longer has
   * is then no error, since nothing is placed on the calendar.
   */
  browse?: boolean;
  /** The track's texts are read as they are asked for: the command reads it inside `catalog.settle`. */
  lazy?: boolean;
  /**
   * What a track file that cannot be read means to the command (see `UnreadablePolicy`): `warn` unless
   * said. The same goes for a saved track the folder of --content or COACH_CONTENT lacks: views show
   * that folder's first track and say so, a command that writes against the plan refuses.
   */
  unreadable?: UnreadablePolicy;
}

/** The scheduler's input for this session, but for the completed blocks (see `attachLog`). */
export function planOf(session: Session): Omit<ScheduleInput, 'done'> {
  const { track, settings, date, store } = session;
  return { track, plan: settings.plan, pace: settings.pace, start: settings.start, startWeek: settings.week, date, skips: store?.skips() ?? [] };
}

/** Reads of the log a command makes more than once, kept per store until it writes. */
const kept = new WeakMap<Store, { writes: number; values: Map<string, unknown> }>();

function keep<T>(store: Store, key: string, read: () => T): T {
  let entry = kept.get(store);
  if (!entry || entry.writes !== store.writeCount) {
    entry = { writes: store.writeCount, values: new Map() };
    kept.set(store, entry);
  }
  if (!entry.values.has(key)) entry.values.set(key, read());
  return entry.values.get(key) as T;
}

/**
 * The log's completions of the session's track, read once however many views ask (the same list,
 * so `attach` matches it once too). Never to be changed by a caller.
 */
export function trackCompletions(session: Session): readonly Completion[] {
  const { store, track } = session;
  return store ? keep(store, `completions ${track.id}`, () => store.completions({ track: track.id })) : [];
}

/** The log's drops of the session's track, read once as `trackCompletions`. */
export function trackDrops(session: Session): readonly Drop[] {
  const { store, track } = session;
  return store ? keep(store, `drops ${track.id}`, () => store.drops({ track: track.id })) : [];
}

/** The log's completions of the session's track, each matched to the block it marks done (see `attach`). */
export function attachLog(session: Session): Attachment {
  return attach(session.track, trackCompletions(session));
}

/** Ids of the blocks the log lets go (`coach drop`), matched to the track as completions are. */
export function droppedIds(session: Session): Set<string> {
  return doneIds(attach(session.track, trackDrops(session)));
}

/**
 * Reads the log (when there is one) and the content; writes nothing. A command that writes asks
 * for `writableStore` once its input is known to be good.
 */
export async function openSession(ctx: Context, opts: SessionOptions): Promise<Session> {
  // Read-only, so reading works on a read-only or full disk; `writableStore` reopens it to write.
  const store = hasLog(ctx.dataDir) ? await openLog(ctx, { readonly: true }) : null;
  let session: Session | undefined;
  try {
    const saved = store ? settingsOf(store) : null;
    const { content, catalog } = await loadContent(ctx, opts.content, saved?.content);
    const policy = opts.unreadable ?? 'warn';
    const chosenHere = Boolean(opts.content || ctx.env.COACH_CONTENT);
    const lost = saved?.track && !catalog.tracks.some((t) => t.id === saved.track) ? saved.track : null;
    // The learner's track is not in this folder: its id was changed, or --content points elsewhere.
    // A write would log against another track, and a folder that is the saved one should have it.
    if (lost !== null && (!chosenHere || policy === 'refuse')) throw new UsageError(lostTrack(lost, content, catalog, ctx.cwd, policy === 'refuse'));
    const track = await chooseTrack(catalog, chosenHere ? pickSame(catalog.tracks, saved?.track) : saved?.track, opts.lazy);
    if (lost !== null && policy === 'warn') {
      ctx.stderr.write(ctx.stderr.style.yellow(`coach: your track "${sanitizeLine(lost)}" is not in ${shownPath(content, ctx.cwd)}; showing "${sanitizeLine(track.id)}" instead`) + '\n');
    }
    const unreadable = await catalog.unreadable(track.id);
    const rollover = saved?.rollover ?? DEFAULT_ROLLOVER;
    const today = studyDate(ctx.now, rollover);
    const date = opts.date === undefined ? today : resolveDate(opts.date, today);
    if (date === null) {
      throw new UsageError(`--date ${sanitizeLine(opts.date ?? '')} is not a calendar date; write it as YYYY-MM-DD, today or yesterday`);
    }
    if (opts.notAfterToday && compareDates(date, today) > 0) {
      throw new UsageError(`--date ${date} is after today's study date, ${today}: log it on the day. Nothing was logged.`);
    }
    const firstWeek = track.weeks[0]?.number;
    if (firstWeek === undefined) throw new UsageError(`track "${sanitizeLine(track.id)}" has no weeks`);
    const settings = {
      track: track.id,
      plan: saved?.plan ?? '4h',
      start: saved?.start ?? today,
      week: saved?.track === track.id && saved.week !== null ? saved.week : firstWeek,
      pace: saved?.pace ?? 'calendar',
      content: saved?.content ?? null,
      rollover,
      target: saved?.target ?? null,
      hours: saved?.hours ?? null,
      optional: saved?.optional ?? [],
      dsa: saved?.dsa ?? null,
      targets: saved?.targets ?? {},
      revisitCap: saved?.revisitCap ?? null,
    } satisfies Settings;
    if (!opts.browse && !track.weeks.some((w) => w.number === settings.week)) {
      // A file that cannot be read may be that week: fixing it is the cure, not choosing another.
      if (unreadable.length > 0) throw new StartWeekUnreadable(settings.week, track.id, unreadable, ctx.cwd, today);
      // Renamed or removed since `coach init`: the plan would start nowhere.
      throw new UsageError(
        `week ${settings.week} is no longer in track "${sanitizeLine(track.id)}" (its weeks: ${track.weeks.map((w) => w.number).join(', ')}); ` +
          'choose a start week with coach init --week N',
      );
    }
    checkUnreadable(ctx, unreadable, opts.unreadable ?? 'warn');
    session = {
      store,
      settings: { ...settings, plan: opts.plan ?? settings.plan },
      savedPlan: settings.plan,
      initialised: saved !== null,
      // The folder goes with the track id, or a later run without --content could not find the track.
      defaults: saved ? null : { ...settings, content: content === BUNDLED_CONTENT ? null : content },
      track,
      catalog,
      content,
      unreadable,
      date,
      today,
    };
    return session;
  } catch (err) {
    (session?.store ?? store)?.close();
    throw err;
  }
}

/**
 * The log, ready for a write: created if there is none yet, reopened for writing if the session
 * read it read-only. Before `coach init` the defaults in use are saved with the first write,
 * fixing today as the start so the plan does not slide each day; only settings still missing
 * then, so a `coach init` or `coach import` that saved its own in the meantime keeps them.
 * Commands call this only once their input is known to be good, so a refused command leaves no
 * file behind.
 */
export async function writableStore(ctx: Context, session: Session, opts: Pick<LogOptions, 'cards'> = {}): Promise<Store> {
  if (!session.store || session.store.readonly) {
    const store = await openLog(ctx);
    session.store?.close();
    session.store = store;
  }
  if (opts.cards) session.store.useCards((await import('./practice/fsrs.js')).replay);
  if (session.defaults) {
    session.store.saveMissingSettings(toRows(session.defaults));
    session.defaults = null;
  }
  return session.store;
}

/**
 * The log in the context's data folder, stamping writes with the context's clock: the one way
 * commands open it. SQLite is loaded only here, when a command needs the log. `readonly` opens
 * it without writing a byte, unless it must first be brought to this version's schema.
 */
export async function openLog(ctx: Pick<Context, 'dataDir' | 'now'>, opts: LogOptions = {}): Promise<Store> {
  const { openStore, OlderSchemaError } = await import('./store/store.js');
  const now = (): Date => ctx.now;
  const verify = opts.verify;
  // FSRS only for the commands that change a revisit card's history: `coach today` never loads it.
  const cards = opts.cards && !opts.readonly ? (await import('./practice/fsrs.js')).replay : undefined;
  if (!opts.readonly) {
    noteLogOpenedForWriting();
    return openStore(ctx.dataDir, { now, verify, cards });
  }
  try {
    // Read-only, so a log on a read-only disk or folder can still be read.
    return openStore(ctx.dataDir, { now, readonly: true, verify });
  } catch (err) {
    // A log from an older coach is updated first, as any other command would.
    if (!(err instanceof OlderSchemaError)) throw err;
    noteLogOpenedForWriting();
    return openStore(ctx.dataDir, { now, verify });
  }
}

export interface LogOptions {
  readonly?: boolean;
  /** Check every page of the log even when its state passed the check before (validate, import). */
  verify?: boolean;
  /** The command changes revisit cards' history (logs or removes a problem, undoes, imports, re-solves): keep them up to date. */
  cards?: boolean;
}

/** Runs `fn` with the log (see `openLog`) and closes it afterwards, whatever happens. */
export async function withLog<T>(ctx: Pick<Context, 'dataDir' | 'now'>, fn: (store: Store) => T | Promise<T>, opts: LogOptions = {}): Promise<T> {
  const store = await openLog(ctx, opts);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** Runs `fn` with a session (see `openSession`) and closes its log afterwards, whatever happens. */
export async function withSession<T>(ctx: Context, opts: SessionOptions, fn: (session: Session) => T | Promise<T>): Promise<T> {
  const session = await openSession(ctx, opts);
  try {
    return await fn(session);
  } finally {
    session.store?.close();
  }
}

/** The message for a saved track the content folder does not have (see `openSession`). */
function lostTrack(id: string, content: string, catalog: Curriculum, cwd: string, write: boolean): string {
  const tracks = catalog.tracks.map((t) => sanitizeLine(t.id));
  return (
    `your track "${sanitizeLine(id)}" is not in ${shownPath(content, cwd)} (its tracks: ${tracks.join(', ')})` +
    `${write ? ', so nothing was written' : ''}. If the track's id changed, switch to it with coach init --track ${tracks.length === 1 ? tracks[0] : 'ID'}; ` +
    `otherwise point --content at the folder that has "${sanitizeLine(id)}".`
  );
}

/** With content chosen on the command line, keep the saved track only if that folder has it. */
function pickSame(tracks: readonly { id: string }[], id: string | null | undefined): string | undefined {
  return id && tracks.some((t) => t.id === id) ? id : undefined;
}
