// `coach start`, `stop`, `pause`, `resume`, `cancel`: a focus timer on a block, kept in the log so a
// closed terminal loses nothing. Each write is one action `coach undo` reverts.
import { randomUUID } from 'node:crypto';
import type { OptionsOf } from '../cli/options.js';
import type { declareCancel, declarePause, declareResume, declareStart, declareStop } from '../cli/timer.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { Timer } from '../log/types.js';
import { printResult } from '../render/output.js';
import { renderTimer } from '../render/timer.js';
import { hasLog } from '../store/settings.js';
import type { Store, TimerStep } from '../store/store.js';
import { openLog, withSession, writableStore, type Session } from '../session.js';
import { sanitizeLine } from '../text/sanitize.js';
import { atTime, clockTime, elapsed, MAX_TIMER_HOURS, overlong } from '../timer/clock.js';
import { emptyReport, timerState, type TimerReport } from '../timer/report.js';
import { formatHours } from '../render/format.js';
import { locate, numbering } from './block-refs.js';

export type StartOptions = OptionsOf<typeof declareStart, 'ref'>;
export type StopOptions = OptionsOf<typeof declareStop>;

const NONE = 'no timer is running; start one with coach start 1 (a number from coach today)';
const name = (t: Timer): string => `${sanitizeLine(t.label)} (${sanitizeLine(t.category)})`;

/** The moment `--at` names on the current study day, refused when it is not a time or is still to come. */
function moment(ctx: Context, session: Pick<Session, 'today' | 'settings'>, at: string | undefined): Date {
  if (at === undefined) return ctx.now;
  const when = atTime(at, session.today, session.settings.rollover);
  if (!when) throw new UsageError(`--at ${sanitizeLine(at)} is not a time of day; write it as HH:MM, e.g. --at 14:05`);
  if (when.getTime() > ctx.now.getTime()) {
    throw new UsageError(`--at ${clockTime(when)} is later than now (${clockTime(ctx.now)}) on this study day; give a time that has passed`);
  }
  return when;
}

/**
 * The step that stops `t` at `end`: its minutes as counted, `--minutes` when given, or, for a timer
 * that has counted more than a day, what the learner says on a terminal (or a cancel).
 */
async function stopStep(ctx: Context, t: Timer, end: Date, opts: { keepOpen?: boolean; minutes?: number; at?: string }): Promise<{ step: TimerStep; clockBack: number | null }> {
  const e = elapsed(t, end);
  // A time the learner gave before the start is a mistake to refuse; the clock itself going back is not.
  if (opts.at !== undefined && end.getTime() < Date.parse(t.startedAt)) {
    throw new UsageError(`--at ${clockTime(end)} is before the timer started (${clockTime(new Date(t.startedAt))}); give a later time`);
  }
  const clockBack = e.clockBack === null || opts.at !== undefined ? null : Math.round(e.clockBack / 60_000);
  let minutes: number | null = opts.minutes ?? (e.minutes > 0 ? e.minutes : null);
  if (opts.minutes === undefined && overlong(e)) {
    const ran = formatHours(Math.round(e.ms / 60_000));
    if (!ctx.interactive) {
      throw new UsageError(
        `the timer on ${name(t)} has counted ${ran}, more than ${MAX_TIMER_HOURS} hours: log the time you worked with ` +
          'coach stop --minutes N, or throw the timer away with coach cancel. Nothing was logged.',
      );
    }
    const choice = await ctx.prompts.select('overlong', `The timer on ${name(t)} has counted ${ran}. What happened?`, [
      { name: 'I forgot to stop it: let me type the minutes I worked', value: 'minutes' as const },
      { name: 'Throw the timer away, logging nothing', value: 'cancel' as const },
    ]);
    if (choice === 'cancel') return { step: { kind: 'cancel', id: t.id }, clockBack };
    const typed = await ctx.prompts.input('minutes', 'Minutes you worked on it', {
      validate: (v) => (/^\s*[1-9]\d{0,4}\s*$/.test(v) ? true : 'a whole number of minutes, 1 or more'),
    });
    minutes = Number(typed.trim());
  }
  return { step: { kind: 'stop', id: t.id, at: end.toISOString(), minutes, keepOpen: opts.keepOpen === true }, clockBack };
}

function finish(ctx: Context, report: TimerReport, json: boolean | undefined): TimerReport {
  printResult(ctx.stdout, renderTimer, report, { json });
  return report;
}

/** Fill a report's stop fields from what the store did. */
function stopped(report: TimerReport, store: Store, before: Timer, step: TimerStep, result: ReturnType<Store['changeTimers']>, now: Date): void {
  const after = store.timers({ track: before.track }).find((t) => t.id === before.id);
  if (step.kind === 'cancel') report.cancelled = timerState(before, now);
  else if (after) report.stopped = timerState(after, now);
  report.markedDone = (result.done?.added.length ?? 0) > 0;
  report.corrected = (result.done?.updated.length ?? 0) > 0;
  report.carried = result.carried;
}

/** Start the timer on `opts.ref` (stopping another), or show the timer without a ref; `--watch` is the caller's (see timer-watch.ts). */
export async function startTimer(ctx: Context, opts: StartOptions): Promise<TimerReport> {
  // A ref is a block number of the plan: it could be another week's while a file cannot be read.
  const unreadable = opts.ref === undefined ? 'warn' : 'refuse';
  const report = await withSession(ctx, { content: opts.content, plan: opts.plan, unreadable }, async (session) => {
    const running = session.store?.runningTimer() ?? null;
    if (opts.ref === undefined) {
      const shown = emptyReport('show', running ? clockTime(new Date(running.startedAt)) : clockTime(ctx.now));
      shown.timer = running && timerState(running, ctx.now);
      if (running) shown.hint = running.pausedAt ? 'coach resume continues · coach stop logs it' : 'coach pause · coach stop · coach focus for a live bar';
      return shown;
    }
    const { block, week, day } = locate(session, numbering(session), opts.ref);
    const at = moment(ctx, session, opts.at);
    const report = emptyReport('start', clockTime(at));
    if (running && running.blockId === block.id && running.track === session.track.id) {
      report.timer = timerState(running, ctx.now);
      report.notice = `The timer on ${name(running)} is already ${running.pausedAt ? 'paused: coach resume continues it' : 'running'}.`;
      return report;
    }
    const steps: TimerStep[] = [];
    let first: { step: TimerStep; clockBack: number | null } | null = null;
    if (running && running.track !== session.track.id) {
      throw new UsageError(`the timer runs on a block of track "${sanitizeLine(running.track)}", not the one coach follows now; stop it first with coach stop --keep-open`);
    }
    if (running) {
      first = await stopStep(ctx, running, at, { at: opts.at });
      steps.push(first.step);
      report.clockBack = first.clockBack;
    }
    const row: Timer = {
      id: randomUUID(), blockId: block.id, date: session.today, track: session.track.id, week, day, plan: block.plan,
      label: block.label, category: block.category, title: block.title, planned: block.minutes,
      startedAt: at.toISOString(), pausedAt: null, pausedMs: 0, stoppedAt: null, minutes: null, outcome: null, createdAt: ctx.now.toISOString(),
    };
    steps.push({ kind: 'start', row });
    const store = await writableStore(ctx, session);
    const summary = `started the timer on ${name(row)}${running ? `, stopping the one on ${name(running)}` : ''}`;
    const result = store.changeTimers(session.track, steps, summary);
    if (running && first) stopped(report, store, running, first.step, result, ctx.now);
    report.timer = timerState(row, ctx.now);
    report.hint = opts.watch ? null : 'coach pause · coach stop · coach focus for a live bar';
    return report;
  });
  return finish(ctx, report, opts.json);
}

export async function stop(ctx: Context, opts: StopOptions): Promise<TimerReport> {
  const report = await withSession(ctx, { content: opts.content, plan: opts.plan }, async (session) => {
    const running = session.store?.runningTimer() ?? null;
    if (!running) throw new UsageError(NONE);
    if (!opts.keepOpen && running.track !== session.track.id) {
      throw new UsageError(`the timer runs on a block of track "${sanitizeLine(running.track)}", not the one coach follows now; pass --content for it, or coach stop --keep-open`);
    }
    const at = moment(ctx, session, opts.at);
    const report = emptyReport('stop', clockTime(at));
    const { step, clockBack } = await stopStep(ctx, running, at, { keepOpen: opts.keepOpen, minutes: opts.minutes, at: opts.at });
    report.clockBack = clockBack;
    if (step.kind === 'cancel') report.action = 'cancel';
    const store = await writableStore(ctx, session);
    const summary = step.kind === 'cancel' ? `cancelled the timer on ${name(running)}` : `stopped the timer on ${name(running)}`;
    const result = store.changeTimers(session.track, [step], summary);
    stopped(report, store, running, step, result, at);
    if (report.stopped && report.stopped.minutes === 0) report.hint = `No minutes logged. To give them: coach done ${running.blockId} --minutes N`;
    return report;
  });
  return finish(ctx, report, opts.json);
}

/** Pause, resume or cancel: the timer alone, no track needed. */
async function simple(ctx: Context, action: 'pause' | 'resume' | 'cancel', json: boolean | undefined): Promise<TimerReport> {
  if (!hasLog(ctx.dataDir)) throw new UsageError(NONE);
  const store = await openLog(ctx);
  try {
    const running = store.runningTimer();
    if (!running) throw new UsageError(NONE);
    const report = emptyReport(action, clockTime(ctx.now));
    const paused = running.pausedAt !== null;
    if ((action === 'pause' && paused) || (action === 'resume' && !paused)) {
      report.timer = timerState(running, ctx.now);
      report.notice = paused ? `The timer on ${name(running)} is already paused: coach resume continues it.` : `The timer on ${name(running)} is running, not paused.`;
      return finish(ctx, report, json);
    }
    const at = ctx.now.toISOString();
    const step: TimerStep = action === 'cancel' ? { kind: 'cancel', id: running.id } : { kind: action, id: running.id, at };
    store.changeTimers(null, [step], `${action === 'cancel' ? 'cancelled' : `${action}d`} the timer on ${name(running)}`);
    if (action === 'cancel') {
      report.cancelled = timerState(running, ctx.now);
      report.hint = 'coach undo brings it back';
    } else {
      const after = store.runningTimer();
      report.timer = after && timerState(after, ctx.now);
      const e = elapsed(running, ctx.now);
      if (e.clockBack !== null) report.clockBack = Math.round(e.clockBack / 60_000);
    }
    return finish(ctx, report, json);
  } finally {
    store.close();
  }
}

export const pause = (ctx: Context, opts: OptionsOf<typeof declarePause>): Promise<TimerReport> => simple(ctx, 'pause', opts.json);
export const resume = (ctx: Context, opts: OptionsOf<typeof declareResume>): Promise<TimerReport> => simple(ctx, 'resume', opts.json);
export const cancel = (ctx: Context, opts: OptionsOf<typeof declareCancel>): Promise<TimerReport> => simple(ctx, 'cancel', opts.json);
