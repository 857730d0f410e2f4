// `coach focus` (and `coach start --watch`): the running timer in the foreground, a bar redrawn in
// place by log-update, keys read in raw mode. Every way out restores the terminal; only `d` stops
// the timer, every other way leaves it running in the log.
import type { OptionsOf } from '../cli/options.js';
import type { declareFocus } from '../cli/timer.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { boxMs, renderTimerBar } from '../render/timer-bar.js';
import { openLog } from '../session.js';
import { hasLog } from '../store/settings.js';
import { elapsed } from '../timer/clock.js';
import { timerState, type TimerReport } from '../timer/report.js';
import { pause, resume, startTimer, stop, type StartOptions } from './timer.js';

export type FocusOptions = OptionsOf<typeof declareFocus, 'ref'>;

/** The terminal the view runs on: the process's own unless a test gives another. */
export interface Terminal {
  input: Pick<NodeJS.ReadStream, 'on' | 'off' | 'pause' | 'resume' | 'setRawMode' | 'isTTY'>;
  output: Pick<NodeJS.WriteStream, 'write' | 'columns' | 'rows' | 'on' | 'off'>;
}

type End = 'quit' | 'done' | 'gone';

const NEEDS_TTY = 'the live view needs a terminal (stdin and stdout); coach start REF starts the timer and coach stop stops it';

/** `coach start`: start the timer (or show it), then with `--watch` stay with it in the live view. */
export async function start(ctx: Context, opts: StartOptions): Promise<TimerReport> {
  if (opts.watch && !ctx.interactive) throw new UsageError(`--watch: ${NEEDS_TTY}`);
  const report = await startTimer(ctx, opts);
  if (opts.watch && report.timer) await watch(ctx, opts);
  return report;
}

/** `coach focus [REF]`: `coach start REF --watch`, or the live view of the timer running. */
export async function focus(ctx: Context, opts: FocusOptions): Promise<void> {
  if (!ctx.interactive) throw new UsageError(NEEDS_TTY);
  if (opts.ref !== undefined) await start(ctx, { ...opts, watch: true });
  else await watch(ctx, opts);
}

/** Watch the running timer until the learner leaves (q, Ctrl+C), stops it (d) or it stops elsewhere. */
export async function watch(ctx: Context, opts: { content?: string; plan?: FocusOptions['plan'] }, terminal?: Terminal): Promise<End> {
  if (!ctx.interactive) throw new UsageError(NEEDS_TTY);
  if (!hasLog(ctx.dataDir)) throw new UsageError('no timer is running; start one with coach focus 1 (a number from coach today)');
  const term: Terminal = terminal ?? { input: process.stdin, output: process.stdout };
  const { createLogUpdate } = await import('log-update');
  const draw = createLogUpdate(term.output as NodeJS.WriteStream);
  // The context's moment, moved on by a monotonic clock: a pinned clock in tests still advances.
  const t0 = performance.now();
  const now = (): Date => new Date(ctx.now.getTime() + (performance.now() - t0));
  const quiet = (): Context => ({ ...ctx, now: now(), stdout: { ...ctx.stdout, write: () => undefined } });
  const store = await openLog(ctx, { readonly: true });
  const first = store.runningTimer();
  if (!first) {
    store.close();
    throw new UsageError('no timer is running; start one with coach focus 1 (a number from coach today)');
  }
  const box = boxMs(first);
  // The bell marks the end of the box as it passes, not a box already over when the view opens.
  let belled = box === null || elapsed(first, now()).ms >= box;

  const how = await new Promise<End>((resolve, reject) => {
    let finished = false;
    let busy = false;
    const tick = (): void => {
      const t = store.runningTimer();
      if (!t) return end('gone');
      const at = now();
      const { ms } = elapsed(t, at);
      if (!belled && box !== null && ms >= box) {
        term.output.write('\x07');
        belled = true;
      }
      draw(renderTimerBar(ctx.stdout.style, timerState(t, at), ms, term.output.columns ?? ctx.stdout.columns));
    };
    const toggle = async (): Promise<void> => {
      const t = store.runningTimer();
      if (!t) return end('gone');
      await (t.pausedAt ? resume : pause)(quiet(), {});
      tick();
    };
    const onKey = (data: Buffer | string): void => {
      const key = data.toString();
      if (key === '\x03' || key === 'q' || key === 'Q' || key === '\x1b') return end('quit');
      if (key === 'd' || key === 'D') return end('done');
      if ((key === 'p' || key === 'P' || key === ' ') && !busy) {
        busy = true;
        toggle().then(() => (busy = false), (err: unknown) => end('quit', err));
      }
    };
    const onSignal = (): void => end('quit');
    const timer = setInterval(tick, 500);
    function end(result: End, err?: unknown): void {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      term.input.off('data', onKey);
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(sig, onSignal);
      // Restored before anything else runs, so no way out leaves the terminal raw.
      term.input.setRawMode(false);
      term.input.pause();
      draw.done();
      store.close();
      if (err === undefined) resolve(result);
      else reject(err);
    }
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, onSignal);
    term.input.setRawMode(true);
    term.input.resume();
    term.input.on('data', onKey);
    try {
      tick();
    } catch (err) {
      end('quit', err);
    }
  });
  const after = { ...ctx, now: now() };
  if (how === 'done') await stop(after, { content: opts.content, plan: opts.plan });
  else if (how === 'gone') ctx.stdout.write('The timer was stopped or cancelled elsewhere.\n');
  else ctx.stdout.write('The timer keeps running: coach stop logs it, coach focus comes back to it.\n');
  return how;
}
