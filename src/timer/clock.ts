// The arithmetic of a focus timer: how long it has run, what `--at HH:MM` names, and when a timer
// has run too long to be believed. Pure: the moment "now" is always given.
import { addDays, startOfStudyDay, type IsoDate } from '../schedule/dates.js';
import type { Timer } from '../log/types.js';

/** A timer that has counted more than this many hours is asked about, never logged as it stands. */
export const MAX_TIMER_HOURS = 24;

const MINUTE = 60_000;

/** The moments of a timer that the clock reads: when it started, its pause so far, and whether it is paused now. */
export type TimerMoments = Pick<Timer, 'startedAt' | 'pausedAt' | 'pausedMs'>;

export interface Elapsed {
  /** Time counted, paused stretches left out; never negative. */
  ms: number;
  /** Whole minutes, rounded to the nearest. */
  minutes: number;
  /** Set when `now` is before a moment the timer recorded: the clock went back by this much. */
  clockBack: number | null;
}

/** How long the timer has counted at `now`: up to its pause when paused, less the pauses already resumed. */
export function elapsed(t: TimerMoments, now: Date): Elapsed {
  const started = Date.parse(t.startedAt);
  const end = t.pausedAt === null ? now.getTime() : Math.min(now.getTime(), Date.parse(t.pausedAt));
  const latest = t.pausedAt === null ? started : Date.parse(t.pausedAt);
  const back = latest - now.getTime();
  const ms = Math.max(0, end - started - t.pausedMs);
  return { ms, minutes: Math.round(ms / MINUTE), clockBack: back > 0 ? back : null };
}

/** Whether a timer has counted more than `MAX_TIMER_HOURS`. */
export function overlong(e: Elapsed): boolean {
  return e.ms > MAX_TIMER_HOURS * 60 * MINUTE;
}

/**
 * The moment `HH:MM` names on study date `day`: that local time on its calendar date, or on the
 * next one for an hour before the rollover (01:30 of a day that starts at 4 is after midnight).
 * Null when the text is not a time of day.
 */
export function atTime(text: string, day: IsoDate, rollover: number): Date | null {
  const m = /^\s*([01]?\d|2[0-3])[:.h]([0-5]\d)\s*$/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const date = hour < rollover ? addDays(day, 1) : day;
  // The study day's rollover moment sets the calendar date; the time is then set in local time, so
  // a DST change between the two moves nothing.
  const at = startOfStudyDay(date, 0);
  at.setHours(hour, minute, 0, 0);
  return at;
}

/** `HH:MM` local, for messages. */
export function clockTime(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
