// The focus timer's life cycle through the commands: start, pause, resume, stop, cancel, a second
// start, --at, a timer found by a later process, midnight and the rollover hour, a day-long timer
// and a clock set back; every write undone by coach undo.
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { today } from '../../src/commands/today.js';
import { cancel, pause, resume, startTimer, stop } from '../../src/commands/timer.js';
import { focus, start } from '../../src/commands/timer-watch.js';
import { undo } from '../../src/commands/undo.js';
import { UsageError } from '../../src/errors.js';
import { testContext, type Answers } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, logOf, setUp, weekFile } from './setup.js';

const id = (d: number, n: number): string => `go.w11.d${d}.4h.${n}`;
/** 25 Nov 2026 (plan day 3 from a start on the 23rd) at a local time; a later day with `day`. */
const local = (h: number, m = 0, day = 25): Date => new Date(2026, 10, day, h, m);
const ctxAt = (home: string, now: Date, opts: { interactive?: boolean; answers?: Answers } = {}) => testContext({ home, now, ...opts });

async function home(): Promise<string> {
  return setUp({ start: '2026-11-23' });
}

const completions = (h: string) => logOf(h).completions().map((c) => [c.blockId, c.date, c.minutes]);
const running = (h: string) => logOf(h).runningTimer();

describe('the timer life cycle', () => {
  it('starts, shows, stops with the minutes on the block, and undoes each step', async () => {
    const h = await home();
    const t = ctxAt(h, local(10));
    const started = await startTimer(t.ctx, { ref: '2' });
    expect(started.timer).toMatchObject({ blockId: id(3, 2), state: 'running', minutes: 0, planned: { min: 60, max: 60 } });
    expect(t.out()).toContain('Started Block 2 (LLD)');
    expect(t.out()).toContain('at 10:00');

    const shown = ctxAt(h, local(10, 25));
    const view = await startTimer(shown.ctx, { ref: undefined, json: true });
    expect(JSON.parse(shown.out())).toMatchObject({ action: 'show', timer: { blockId: id(3, 2), state: 'running', minutes: 25 } });
    expect(view.timer?.minutes).toBe(25);

    const s = ctxAt(h, local(10, 47));
    const stopped = await stop(s.ctx, {});
    expect(stopped.stopped).toMatchObject({ blockId: id(3, 2), state: 'stopped', minutes: 47, outcome: 'done' });
    expect(stopped.markedDone).toBe(true);
    expect(s.out()).toContain('Stopped Block 2 (LLD) after 47m; marked it done.');
    expect(completions(h)).toEqual([[id(3, 2), '2026-11-25', 47]]);
    expect(running(h)).toBeNull();

    await undo(ctxAt(h, local(11)).ctx, {});
    expect(completions(h)).toEqual([]);
    expect(running(h)).toMatchObject({ blockId: id(3, 2), stoppedAt: null, minutes: null });
    const u = ctxAt(h, local(11));
    await undo(u.ctx, {});
    expect(u.out()).toContain('started the timer on Block 2 (LLD)');
    expect(running(h)).toBeNull();
    expect(logOf(h).timers()).toEqual([]);
  });

  it('leaves pauses out, says when it is already paused or running, and undoes a pause', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '3' });
    const p = ctxAt(h, local(10, 20));
    const paused = await pause(p.ctx, {});
    expect(paused.timer).toMatchObject({ state: 'paused', minutes: 20 });
    expect(p.out()).toContain('Paused Block 3 (DSA)');

    const again = ctxAt(h, local(10, 25));
    expect((await pause(again.ctx, {})).notice).toContain('already paused');
    expect(again.out()).toBe('The timer on Block 3 (DSA) is already paused: coach resume continues it.\n');
    // Paused, the time stands still.
    expect((await startTimer(ctxAt(h, local(10, 29)).ctx, { ref: undefined })).timer?.minutes).toBe(20);

    const r = ctxAt(h, local(10, 30));
    expect((await resume(r.ctx, {})).timer).toMatchObject({ state: 'running', minutes: 20 });
    expect((await resume(ctxAt(h, local(10, 31)).ctx, {})).notice).toContain('running, not paused');

    await pause(ctxAt(h, local(10, 40)).ctx, {});
    await undo(ctxAt(h, local(10, 41)).ctx, {});
    expect(running(h)).toMatchObject({ pausedAt: null, pausedMs: 10 * 60_000 });

    await stop(ctxAt(h, local(11)).ctx, {});
    expect(completions(h)).toEqual([[id(3, 3), '2026-11-25', 50]]);
  });

  it('cancels, logging nothing; undo brings the timer back', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '1' });
    const c = ctxAt(h, local(10, 12));
    const r = await cancel(c.ctx, { json: true });
    expect(JSON.parse(c.out())).toMatchObject({ action: 'cancel', cancelled: { blockId: id(3, 1), minutes: 12 }, timer: null });
    expect(r.cancelled?.minutes).toBe(12);
    expect(running(h)).toBeNull();
    expect(completions(h)).toEqual([]);
    await undo(ctxAt(h, local(10, 13)).ctx, {});
    expect(running(h)).toMatchObject({ blockId: id(3, 1) });
  });

  it('stops the running timer when another block starts, saying so, in one action undo reverts', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '1' });
    const t = ctxAt(h, local(10, 40));
    const r = await startTimer(t.ctx, { ref: '2' });
    expect(r.stopped).toMatchObject({ blockId: id(3, 1), minutes: 40, outcome: 'done' });
    expect(r.timer).toMatchObject({ blockId: id(3, 2), state: 'running' });
    expect(t.out()).toMatch(/^■ Stopped Block 1 \(HLD\) after 40m; marked it done\.\n▶ Started Block 2 \(LLD\)/);
    expect(completions(h)).toEqual([[id(3, 1), '2026-11-25', 40]]);

    await undo(ctxAt(h, local(10, 41)).ctx, {});
    expect(completions(h)).toEqual([]);
    expect(running(h)).toMatchObject({ blockId: id(3, 1), stoppedAt: null });
    expect(logOf(h).timers()).toHaveLength(1);
  });

  it('says a block already timed is running, writing nothing', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '2' });
    const again = await startTimer(ctxAt(h, local(10, 5)).ctx, { ref: id(3, 2) });
    expect(again.notice).toContain('already running');
    expect(logOf(h).timers()).toHaveLength(1);
    expect(logOf(h).history().filter((a) => a.kind === 'timer')).toHaveLength(1);
  });

  it('takes --at for a start forgotten and a stop made late', async () => {
    const h = await home();
    const t = ctxAt(h, local(10));
    await startTimer(t.ctx, { ref: '2', at: '09:15' });
    expect(running(h)?.startedAt).toBe(local(9, 15).toISOString());
    await stop(ctxAt(h, local(11)).ctx, { at: '10:05' });
    expect(completions(h)).toEqual([[id(3, 2), '2026-11-25', 50]]);
  });

  it.each([
    ['start at a time to come', (h: string) => startTimer(ctxAt(h, local(10)).ctx, { ref: '2', at: '10:30' }), 'later than now (10:00)'],
    ['start at no time of day', (h: string) => startTimer(ctxAt(h, local(10)).ctx, { ref: '2', at: '9.75' }), 'not a time of day; write it as HH:MM'],
    ['start on no block', (h: string) => startTimer(ctxAt(h, local(10)).ctx, { ref: '99' }), 'no block 99'],
    ['stop with no timer', (h: string) => stop(ctxAt(h, local(10)).ctx, {}), 'no timer is running'],
    ['pause with no timer', (h: string) => pause(ctxAt(h, local(10)).ctx, {}), 'no timer is running'],
    ['--watch without a terminal', (h: string) => start(ctxAt(h, local(10)).ctx, { ref: '2', watch: true }), '--watch: the live view needs a terminal'],
    ['focus without a terminal', (h: string) => focus(ctxAt(h, local(10)).ctx, { ref: '2' }), 'the live view needs a terminal'],
  ])('refuses to %s, writing nothing', async (_what, run, message) => {
    const h = await home();
    const before = logOf(h).history().length;
    const err = await run(h).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(message);
    expect(logOf(h).timers()).toEqual([]);
    expect(logOf(h).history()).toHaveLength(before);
  });

  it('refuses a stop --at before the start or to come, writing nothing', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '2' });
    for (const [at, message] of [['09:30', 'before the timer started (10:00)'], ['11:30', 'later than now (11:00)']] as const) {
      const err = await stop(ctxAt(h, local(11)).ctx, { at }).catch((e: unknown) => e);
      expect((err as Error).message).toContain(message);
    }
    expect(running(h)).toMatchObject({ stoppedAt: null });
    expect(completions(h)).toEqual([]);
  });

  it('shows in coach today as one line while it runs or is paused', async () => {
    const h = await home();
    const before = ctxAt(h, local(10));
    await today(before.ctx, {});
    expect(before.out()).not.toContain('⏱');
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '2' });
    const t = ctxAt(h, local(10, 25));
    await today(t.ctx, {});
    expect(t.out()).toContain('⏱ Block 2 (LLD) running: 25m of 60 min · coach stop\n');
    await pause(ctxAt(h, local(10, 30)).ctx, {});
    const p = ctxAt(h, local(11));
    await today(p.ctx, {});
    expect(p.out()).toContain('⏱ Block 2 (LLD) paused: 30m of 60 min · coach stop\n');
  });

  it('is found by a later process: the log keeps it, not the terminal', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '4' });
    // A new context with a new log connection stands for a reboot in between.
    const r = await stop(testContext({ home: h, now: local(10, 31) }).ctx, { json: true });
    expect(r.stopped).toMatchObject({ blockId: id(3, 4), minutes: 31 });
  });
});

describe('the timer and the study day', () => {
  it('counts across midnight onto the study day it started on', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(23, 30)).ctx, { ref: '2' });
    await stop(ctxAt(h, local(0, 40, 26)).ctx, {});
    expect(completions(h)).toEqual([[id(3, 2), '2026-11-25', 70]]);
  });

  it('keeps the study day it started on across the rollover hour, and reads --at after midnight as that night', async () => {
    const h = await home();
    // 02:00 on the 26th is still study day 25 (rollover 4); 01:30 is that same night.
    await startTimer(ctxAt(h, local(2, 0, 26)).ctx, { ref: '3', at: '01:30' });
    expect(running(h)).toMatchObject({ startedAt: local(1, 30, 26).toISOString(), date: '2026-11-25' });
    // Stopped at 04:30, on study day 26.
    await stop(ctxAt(h, local(4, 30, 26)).ctx, {});
    expect(completions(h)).toEqual([[id(3, 3), '2026-11-25', 180]]);
  });
});

describe('a timer that ran too long, and a clock set back', () => {
  const dayLong = async (): Promise<string> => {
    const h = await home();
    await startTimer(ctxAt(h, local(9)).ctx, { ref: '2' });
    return h;
  };
  const nextDay = local(15, 0, 26);

  it('refuses to log 30 hours without a terminal, naming the two commands that resolve it', async () => {
    const h = await dayLong();
    const err = await stop(ctxAt(h, nextDay).ctx, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(
      'the timer on Block 2 (LLD) has counted 30h, more than 24 hours: log the time you worked with coach stop --minutes N, or throw the timer away with coach cancel. Nothing was logged.',
    );
    expect(completions(h)).toEqual([]);
    // A start on another block stops this one first, so it is refused too.
    await expect(startTimer(ctxAt(h, nextDay).ctx, { ref: '1' })).rejects.toThrow('more than 24 hours');
    await stop(ctxAt(h, nextDay).ctx, { minutes: 75 });
    expect(completions(h)).toEqual([[id(3, 2), '2026-11-25', 75]]);
  });

  it.each([
    [{ overlong: 'minutes', minutes: '80' }, [[id(3, 2), '2026-11-25', 80]], 'stop'],
    [{ overlong: 'cancel' }, [], 'cancel'],
  ])('asks on a terminal: %j', async (answers, logged, action) => {
    const h = await dayLong();
    const t = ctxAt(h, nextDay, { interactive: true, answers });
    const r = await stop(t.ctx, {});
    expect(r.action).toBe(action);
    expect(completions(h)).toEqual(logged);
    expect(running(h)).toBeNull();
  });

  it('never counts negative minutes when the clock goes back, and says so', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '2' });
    const t = ctxAt(h, local(9, 50));
    const r = await stop(t.ctx, {});
    expect(r.clockBack).toBe(10);
    expect(r.stopped?.minutes).toBe(0);
    expect(t.out()).toContain('Your clock is 10m earlier than the timer\'s last moment');
    expect(t.out()).toContain(`No minutes logged. To give them: coach done ${id(3, 2)} --minutes N`);
    // Marked done, with no minutes rather than a negative count.
    expect(completions(h)).toEqual([[id(3, 2), '2026-11-25', null]]);
  });
});

describe('keeping a block open and blocks already done', () => {
  it('keeps the minutes of --keep-open on the timer and adds them when a later stop marks the block done', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '2' });
    const k = ctxAt(h, local(10, 20));
    const kept = await stop(k.ctx, { keepOpen: true });
    expect(kept.stopped).toMatchObject({ minutes: 20, outcome: 'open' });
    expect(k.out()).toContain('kept open (not marked done)');
    expect(completions(h)).toEqual([]);

    await startTimer(ctxAt(h, local(14)).ctx, { ref: '2' });
    const s = ctxAt(h, local(14, 30));
    const r = await stop(s.ctx, {});
    expect(r.carried).toBe(20);
    expect(s.out()).toContain('with 20m kept open on it earlier: 50m in all');
    expect(completions(h)).toEqual([[id(3, 2), '2026-11-25', 50]]);
    expect(logOf(h).timers().map((t) => [t.minutes, t.outcome])).toEqual([[20, 'done'], [30, 'done']]);

    await undo(ctxAt(h, local(14, 31)).ctx, {});
    expect(logOf(h).timers().map((t) => [t.minutes, t.outcome])).toEqual([[20, 'open'], [null, null]]);
  });

  it('corrects the minutes of a block already done, as done --minutes does', async () => {
    const h = await home();
    await done(ctxAt(h, local(9)).ctx, { refs: ['2'], minutes: 30 });
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '2' });
    const s = ctxAt(h, local(10, 45));
    const r = await stop(s.ctx, {});
    expect(r.corrected).toBe(true);
    expect(s.out()).toContain('corrected its entry');
    expect(completions(h)).toEqual([[id(3, 2), '2026-11-25', 45]]);
    await undo(ctxAt(h, local(10, 46)).ctx, {});
    expect(completions(h)).toEqual([[id(3, 2), '2026-11-25', 30]]);
  });

  it('leaves a timer on another track to coach stop --keep-open, never marking a block of the wrong track', async () => {
    const h = await home();
    await startTimer(ctxAt(h, local(10)).ctx, { ref: '2' });
    const rust = contentDir({ 'rust/week-11.md': weekFile('rust', 11) });
    // Starting a block of that folder is refused before the timer is looked at: the learner's track is not there.
    const start = await startTimer(ctxAt(h, local(10, 30)).ctx, { ref: '1', content: rust }).catch((e: unknown) => e);
    expect(start).toBeInstanceOf(UsageError);
    expect((start as Error).message).toMatch(/^your track "go" is not in .* \(its tracks: rust\), so nothing was written/);
    const stopped = await stop(ctxAt(h, local(10, 30)).ctx, { content: rust }).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(UsageError);
    expect((stopped as Error).message).toContain('the timer runs on a block of track "go", not the one coach follows now');
    expect(running(h)).toMatchObject({ track: 'go', stoppedAt: null });
    const kept = await stop(ctxAt(h, local(10, 30)).ctx, { content: rust, keepOpen: true });
    expect(kept.stopped).toMatchObject({ minutes: 30, outcome: 'open' });
    expect(completions(h)).toEqual([]);
  });

  it('shows no timer in a folder without a log, creating nothing', async () => {
    const h = tempDir();
    const t = ctxAt(h, local(10));
    const r = await startTimer(t.ctx, { ref: undefined });
    expect(r.timer).toBeNull();
    expect(t.out()).toContain('No timer is running.');
  });
});
