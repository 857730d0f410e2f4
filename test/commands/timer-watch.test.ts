// The live view on a terminal of the test's own: the bar drawn and redrawn, the keys (p, d, q,
// Ctrl+C), the bell once at the end of the box, and raw mode left on no way out.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startTimer } from '../../src/commands/timer.js';
import { watch, type Terminal } from '../../src/commands/timer-watch.js';
import { stripColor } from '../../src/render/color.js';
import { renderTimerBar } from '../../src/render/timer-bar.js';
import { makeStyle } from '../../src/render/color.js';
import type { TimerState } from '../../src/timer/report.js';
import { testContext } from '../helpers/cli.js';
import { isoDate } from '../helpers/dates.js';
import { logOf, setUp } from './setup.js';

class FakeTerminal {
  raw: boolean[] = [];
  written = '';
  paused = false;
  readonly events = new EventEmitter();
  readonly term: Terminal = {
    input: {
      isTTY: true,
      setRawMode: (mode: boolean) => {
        this.raw.push(mode);
        return this.term.input as never;
      },
      on: ((event: string, fn: (...a: unknown[]) => void) => this.events.on(event, fn)) as never,
      off: ((event: string, fn: (...a: unknown[]) => void) => this.events.off(event, fn)) as never,
      pause: (() => ((this.paused = true), this.term.input)) as never,
      resume: (() => ((this.paused = false), this.term.input)) as never,
    },
    output: {
      columns: 80,
      rows: 24,
      write: ((text: string) => ((this.written += text), true)) as never,
      on: (() => this.term.output) as never,
      off: (() => this.term.output) as never,
    },
  };
  key(k: string): void {
    this.events.emit('data', Buffer.from(k));
  }
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const start = new Date(2026, 10, 25, 10, 0);
const at = (seconds: number): Date => new Date(start.getTime() + seconds * 1000);

async function running(ref = '4'): Promise<string> {
  const home = await setUp({ start: '2026-11-23' });
  await startTimer(testContext({ home, now: start }).ctx, { ref });
  return home;
}

describe('coach focus', () => {
  it('draws the bar, rings the bell once as the box ends, pauses on p and leaves the timer running on q', async () => {
    // Block 4 is a 30-minute Review: the view opens 1 s before its end.
    const home = await running('4');
    const t = testContext({ home, now: at(30 * 60 - 1), interactive: true });
    const term = new FakeTerminal();
    const done = watch(t.ctx, {}, term.term);
    await wait(200);
    expect(stripColor(term.written)).toContain('29:59 of 30 min');
    expect(term.written).not.toContain('\x07');
    await wait(1500);
    expect(term.written.split('\x07')).toHaveLength(2);
    expect(stripColor(term.written)).toMatch(/30:0\d · 0:0\d over/);
    await wait(600);
    expect(term.written.split('\x07')).toHaveLength(2);

    term.key('p');
    await wait(300);
    expect(logOf(home).runningTimer()?.pausedAt).not.toBeNull();
    expect(stripColor(term.written)).toContain('❚❚ paused');
    term.key('q');
    expect(await done).toBe('quit');
    expect(term.raw).toEqual([true, false]);
    expect(term.paused).toBe(true);
    expect(t.out()).toContain('The timer keeps running');
    expect(logOf(home).runningTimer()).toMatchObject({ stoppedAt: null });
  });

  it.each([['Ctrl+C', '\x03'], ['Escape', '\x1b']])('leaves on %s with the terminal restored and the timer running', async (_name, key) => {
    const home = await running();
    const term = new FakeTerminal();
    const done = watch(testContext({ home, now: at(60), interactive: true }).ctx, {}, term.term);
    await wait(100);
    term.key(key);
    expect(await done).toBe('quit');
    expect(term.raw).toEqual([true, false]);
    expect(logOf(home).runningTimer()).not.toBeNull();
  });

  it('stops the timer and marks the block done on d', async () => {
    const home = await running('2');
    const t = testContext({ home, now: at(45 * 60), interactive: true });
    const term = new FakeTerminal();
    const done = watch(t.ctx, {}, term.term);
    await wait(100);
    term.key('d');
    expect(await done).toBe('done');
    expect(term.raw).toEqual([true, false]);
    expect(t.out()).toContain('Stopped Block 2 (LLD) after 45m; marked it done.');
    expect(logOf(home).completions().map((c) => [c.blockId, c.minutes])).toEqual([['go.w11.d3.4h.2', 45]]);
  });

  it('ends when the timer is stopped elsewhere', async () => {
    const home = await running();
    const term = new FakeTerminal();
    const t = testContext({ home, now: at(60), interactive: true });
    const done = watch(t.ctx, {}, term.term);
    await wait(100);
    logOf(home, at(61)).changeTimers(null, [{ kind: 'cancel', id: logOf(home).runningTimer()?.id ?? '' }], 'cancelled');
    expect(await done).toBe('gone');
    expect(term.raw).toEqual([true, false]);
  });
});

describe('the bar', () => {
  const state = (planned: { min: number; max: number } | null, paused = false): TimerState => ({
    id: 'x', blockId: 'b', track: 'go', week: 11, day: 1, plan: '4h', date: isoDate('2026-11-25'), label: 'Block 1', category: 'HLD',
    title: 'A title long enough to be cut in a narrow terminal, with more words than fit', planned,
    state: paused ? 'paused' : 'running', startedAt: start.toISOString(), pausedAt: null, stoppedAt: null, minutes: 0, outcome: null,
  });
  const plain = makeStyle(0);

  it.each([
    // planned, ms counted, filled cells of 40, text
    [{ min: 60, max: 75 }, 0, 0, '0:00 of 60–75 min'],
    [{ min: 60, max: 75 }, 37.5 * 60_000, 20, '37:30 of 60–75 min'],
    [{ min: 60, max: 75 }, 75 * 60_000, 40, '1:15:00 · 0:00 over'],
    [{ min: 30, max: 30 }, 42 * 60_000, 40, '42:00 · 12:00 over'],
    [null, 5 * 60_000, 0, '5:00 (no planned time)'],
  ])('fills toward the upper end of %j', (planned, ms, filled, text) => {
    const frame = renderTimerBar(plain, state(planned), ms, 80);
    const bar = frame.split('\n')[1] ?? '';
    expect(bar.split('█').length - 1).toBe(filled);
    expect(bar.split('░').length - 1).toBe(40 - filled);
    expect(bar).toContain(text);
  });

  it('fits 60 and 80 columns and names the keys', () => {
    for (const columns of [60, 80]) {
      for (const line of renderTimerBar(plain, state({ min: 60, max: 60 }, true), 90_000, columns).split('\n')) {
        expect(line.length).toBeLessThanOrEqual(columns);
      }
    }
    expect(renderTimerBar(plain, state({ min: 60, max: 60 }, true), 0, 80)).toContain('p resume · d done · q leave it running');
  });
});
