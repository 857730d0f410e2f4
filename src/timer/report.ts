// What the timer commands report, as text views and `--json` read it: the timer's block, its
// state and the minutes it has counted (or logged, once stopped).
import type { Timer } from '../log/types.js';
import type { IsoDate } from '../schedule/dates.js';
import type { Minutes, Plan } from '../track/model.js';
import { elapsed } from './clock.js';

export interface TimerState {
  id: string;
  blockId: string;
  track: string;
  week: number;
  day: number;
  plan: Plan;
  date: IsoDate;
  label: string;
  category: string;
  title: string;
  planned: Minutes | null;
  state: 'running' | 'paused' | 'stopped';
  startedAt: string;
  pausedAt: string | null;
  stoppedAt: string | null;
  /** Minutes counted so far (running, paused), or logged by the stop (null there: none counted). */
  minutes: number;
  /** How a stopped timer ended: the block marked done, or kept open. */
  outcome: 'done' | 'open' | null;
}

export interface TimerReport {
  action: 'start' | 'stop' | 'pause' | 'resume' | 'cancel' | 'show';
  /** The timer running or paused after the command; null when none is. */
  timer: TimerState | null;
  /** The timer this command stopped (`stop`, or a `start` on another block). */
  stopped: TimerState | null;
  /** The timer this command cancelled. */
  cancelled: TimerState | null;
  /** The stop marked its block done / corrected the minutes of the block already done. */
  markedDone: boolean;
  corrected: boolean;
  /** Minutes of earlier sessions kept open on the block, added to the stop's own. */
  carried: number;
  /** Minutes the clock went back by, when it did (see `elapsed`). */
  clockBack: number | null;
  /** Local HH:MM of the moment the command took (its start, pause or stop). */
  at: string;
  /** A line on what did not change ("already paused"), when nothing was written. */
  notice: string | null;
  hint: string | null;
}

/** The timer as the report shows it at `now`. */
export function timerState(t: Timer, now: Date): TimerState {
  const state = t.stoppedAt !== null ? 'stopped' : t.pausedAt !== null ? 'paused' : 'running';
  const minutes = t.stoppedAt !== null ? (t.minutes ?? 0) : elapsed(t, now).minutes;
  return {
    id: t.id, blockId: t.blockId, track: t.track, week: t.week, day: t.day, plan: t.plan, date: t.date,
    label: t.label, category: t.category, title: t.title, planned: t.planned,
    state, startedAt: t.startedAt, pausedAt: t.pausedAt, stoppedAt: t.stoppedAt, minutes, outcome: t.outcome,
  };
}

export function emptyReport(action: TimerReport['action'], at: string): TimerReport {
  return { action, timer: null, stopped: null, cancelled: null, markedDone: false, corrected: false, carried: 0, clockBack: null, at, notice: null, hint: null };
}
