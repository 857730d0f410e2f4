// Golden text of the timer commands and of the live view's frame, colours stripped, at 80 and 60
// columns.
import { describe, it } from 'vitest';
import { makeStyle } from '../../src/render/color.js';
import { renderPlannedActual } from '../../src/render/planned-actual.js';
import { renderTimer } from '../../src/render/timer.js';
import { renderTimerBar } from '../../src/render/timer-bar.js';
import { plannedVsActual } from '../../src/review/planned-actual.js';
import { emptyReport, type TimerReport, type TimerState } from '../../src/timer/report.js';
import { isoDate } from '../helpers/dates.js';
import { expectGolden } from './golden.js';

// With colour on, so the stripped text shows that colour codes never shift the columns.
const style = makeStyle(1);

const timer = (over: Partial<TimerState> = {}): TimerState => ({
  id: 't', blockId: 'go.w11.d3.4h.2', track: 'go', week: 11, day: 3, plan: '4h', date: isoDate('2026-11-25'),
  label: 'Block 2', category: 'LLD', title: 'Lay out the structs: FileService, a StorageProvider interface, and S3StorageProvider implementing it',
  planned: { min: 60, max: 60 }, state: 'running', startedAt: '2026-11-25T09:00:00.000Z', pausedAt: null, stoppedAt: null, minutes: 25, outcome: null, ...over,
});
const report = (action: TimerReport['action'], over: Partial<TimerReport>): TimerReport => ({ ...emptyReport(action, '10:00'), ...over });

const cases: Record<string, (columns: number) => string> = {
  'start-after-stop': (c) => renderTimer(style, report('start', {
    stopped: timer({ label: 'Block 1', category: 'HLD', state: 'stopped', minutes: 40, outcome: 'done' }), markedDone: true,
    timer: timer({ minutes: 0 }), hint: 'coach pause · coach stop · coach focus for a live bar',
  }), c),
  'stop-carried': (c) => renderTimer(style, report('stop', { stopped: timer({ state: 'stopped', minutes: 30, outcome: 'done' }), markedDone: true, carried: 20 }), c),
  'stop-clock-back': (c) => renderTimer(style, report('stop', {
    stopped: timer({ state: 'stopped', minutes: 0, outcome: 'done' }), markedDone: true, clockBack: 10, hint: 'No minutes logged. To give them: coach done go.w11.d3.4h.2 --minutes N',
  }), c),
  'stop-keep-open': (c) => renderTimer(style, report('stop', { stopped: timer({ state: 'stopped', minutes: 20, outcome: 'open' }) }), c),
  'show': (c) => renderTimer(style, report('show', { timer: timer({ state: 'paused' }), hint: 'coach resume continues · coach stop logs it' }), c),
  'show-none': (c) => renderTimer(style, report('show', {}), c),
  'cancel': (c) => renderTimer(style, report('cancel', { cancelled: timer({ minutes: 12 }), hint: 'coach undo brings it back' }), c),
  'bar-half': (c) => renderTimerBar(style, timer(), 30 * 60_000, c),
  'bar-over-paused': (c) => renderTimerBar(style, timer({ state: 'paused' }), 72 * 60_000 + 5_000, c),
  'planned-actual': (c) => renderPlannedActual(style, plannedVsActual([
    { category: 'DSA', planned: { min: 60, max: 60 }, minutes: 84 },
    { category: 'System design (HLD) and capacity', planned: { min: 60, max: 75 }, minutes: 60 },
    { category: 'Review', planned: { min: 30, max: 30 }, minutes: null },
  ]), c).join('\n'),
};

describe('timer views, golden text', () => {
  for (const [name, render] of Object.entries(cases)) {
    for (const columns of [80, 60]) it(`${name} at ${columns}`, () => expectGolden(`timer/${name}-${columns}`, render(columns)));
  }
});
