// `coach init`: choose the track, plan, start date, starting week, pace and content folder.
// Interactive on a terminal, fully by flags otherwise; the log is always kept.
import path from 'node:path';
import { chooseTrack, chooseWeek, loadContent } from '../catalog.js';
import type { OptionsOf } from '../cli/options.js';
import type { declareInit } from '../cli/daily.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { BUNDLED_CONTENT } from '../paths.js';
import { renderInit } from '../render/init.js';
import { DATE_RANGE, inDateRange, resolveDate, studyDate, type IsoDate } from '../schedule/dates.js';
import type { Pace } from '../schedule/scheduler.js';
import { clearedRows, DEFAULT_ROLLOVER, PACES, toRows, type Settings } from '../log/settings.js';
import { goalOptions } from './init-goals.js';
import { applyTargetFlags } from '../practice/targets.js';
import { withLog } from '../session.js';
import { readSettings } from '../store/settings.js';
import type { Plan } from '../track/model.js';

export type InitOptions = OptionsOf<typeof declareInit>;

const FLAGS = '--track ID --plan 4h|6h --start YYYY-MM-DD --week N --pace calendar|progress --content DIR (or --yes for the defaults)';

export async function init(ctx: Context, opts: InitOptions): Promise<Settings> {
  // Read now, write at the end: a refused or abandoned init leaves no log behind.
  const existing = await readSettings(ctx.dataDir);
  // Questions only for what the flags leave open, and only when nothing says "use the defaults".
  const ask = ctx.interactive && !opts.yes;
  // Checked before anything is asked or written.
  const goals = goalOptions(opts);
  const targets = opts.target ? applyTargetFlags(existing?.targets ?? {}, opts.target) : (existing?.targets ?? {});
  // Without a terminal on an existing log, the flags given change those settings and no other.
  if (!ctx.interactive && !opts.yes && !existing) {
    const missing = (['track', 'plan', 'start', 'week', 'pace'] as const).filter((k) => opts[k] === undefined).map((k) => `--${k}`);
    if (missing.length > 0) {
      throw new UsageError(`missing ${missing.join(', ')} (no terminal to ask on); pass them, or --yes to take the defaults:\n  coach init ${FLAGS}`);
    }
  }
  if (existing && ask) {
    const go = await ctx.prompts.confirm('confirm', 'coach is already set up. Change the settings? Your log is kept.', true);
    if (!go) {
      ctx.stdout.write(renderInit(ctx.stdout.style, { outcome: 'unchanged' }));
      return existing;
    }
  }

  // The same order as every other command (--content, COACH_CONTENT, the saved folder), and the
  // folder is saved with the track chosen from it, so later runs find that track without either.
  const given = opts.content || ctx.env.COACH_CONTENT;
  let content = given ? path.resolve(ctx.cwd, given) : (existing?.content ?? null);
  if (ask && !opts.content) {
    const answer = await ctx.prompts.input('content', 'Track folder (leave empty for the bundled Go track)', { initial: content ?? '' });
    content = answer.trim() ? path.resolve(ctx.cwd, answer.trim()) : null;
  }
  const { catalog } = await loadContent(ctx, content ?? BUNDLED_CONTENT, null);

  let trackId = opts.track;
  if (trackId === undefined && ask && catalog.tracks.length > 1) {
    trackId = await ctx.prompts.select('track', 'Track', catalog.tracks.map((t) => ({ name: `${t.id} (${t.title})`, value: t.id })), existing?.track ?? undefined);
  }
  const track = await chooseTrack(catalog, trackId ?? (existing?.track && catalog.tracks.some((t) => t.id === existing.track) ? existing.track : undefined));
  // The saved week stays the default while it is still a week of the chosen track.
  const savedWeek = existing?.track === track.id && track.weeks.some((w) => w.number === existing.week) ? existing.week : null;

  let week = opts.week === undefined ? undefined : chooseWeek(track, opts.week).number;
  if (week === undefined && ask && track.weeks.length > 1) {
    week = await ctx.prompts.select('week', 'Start at week', track.weeks.map((w) => ({ name: `week ${w.number}`, value: w.number })), savedWeek ?? undefined);
  }
  week ??= savedWeek ?? track.weeks[0]?.number ?? 1;

  let plan = opts.plan;
  if (plan === undefined && ask) {
    plan = await ctx.prompts.select<Plan>('plan', 'Daily plan', [
      { name: '4 hours a day', value: '4h' },
      { name: '6 hours a day (the 4-hour plan plus additions)', value: '6h' },
    ], existing?.plan);
  }
  plan ??= existing?.plan ?? '4h';

  let pace = opts.pace;
  if (pace === undefined && ask) {
    pace = await ctx.prompts.select<Pace>('pace', 'Pace', [
      { name: 'calendar: one plan day per calendar day from the start date', value: 'calendar' },
      { name: 'progress: today is the first day with unfinished blocks', value: 'progress' },
    ], existing?.pace);
  }
  pace ??= existing?.pace ?? 'calendar';

  const rollover = opts.rollover ?? existing?.rollover ?? DEFAULT_ROLLOVER;
  const today = studyDate(ctx.now, rollover);
  let startText = opts.start;
  if (startText === undefined && ask) {
    startText = await ctx.prompts.input('start', 'Start date (YYYY-MM-DD)', {
      initial: existing?.start ?? today,
      validate: (v) => {
        const date = resolveDate(v, today);
        return date && inDateRange(date) ? true : `Enter a date in ${DATE_RANGE} as YYYY-MM-DD (or today)`;
      },
    });
  }
  const start = resolveDate(startText ?? existing?.start ?? today, today) ?? today;
  if (!inDateRange(start)) throw new UsageError(`--start ${start} is outside ${DATE_RANGE}, the dates coach keeps to`);

  const target = goals.target === undefined ? (existing?.target ?? null) : goals.target;
  // Only when this run sets either: settings saved before (or imported) are not this run's to refuse.
  if (goals.target !== undefined || startText !== undefined) checkTargetAfterStart(target, start, goals.target !== undefined);

  const settings = {
    track: track.id, plan, start, week, pace, content, rollover,
    target,
    hours: goals.hours === undefined ? (existing?.hours ?? null) : goals.hours,
    optional: goals.optional ?? existing?.optional ?? [],
    dsa: opts.dsa ?? existing?.dsa ?? null,
    targets,
    revisitCap: opts.revisitCap ?? existing?.revisitCap ?? null,
  } satisfies Settings;
  // Forgetting the last override leaves none to save: stored as "" (none), as `none` does for the others.
  const cleared = [...goals.cleared, ...(Object.keys(targets).length === 0 && opts.target ? ['targets' as const] : [])];
  // With FSRS: a new rollover hour moves every card's due date (a study date).
  await withLog(ctx, (store) => store.setSettings({ ...clearedRows(cleared), ...toRows(settings) }), { cards: true });
  ctx.stdout.write(renderInit(ctx.stdout.style, { outcome: existing ? 'updated' : 'set-up', settings }));
  return settings;
}

/**
 * A target date is a day to be ready by, so it must come after the first study day: the flag
 * just given is named, the target when given, else the start that moved past the saved one.
 */
function checkTargetAfterStart(target: IsoDate | null, start: IsoDate, targetGiven: boolean): void {
  if (target === null || target > start) return;
  if (targetGiven) {
    throw new UsageError(`--target-date ${target} is not after the start date ${start}; give a later date as YYYY-MM-DD (or none to forget it)`);
  }
  throw new UsageError(`--start ${start} is not before the target date ${target}; give an earlier start, or a later --target-date (or --target-date none)`);
}

export { PACES };
