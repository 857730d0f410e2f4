// Parsers for option values, run by commander while it reads the command line.
// Each throws InvalidArgumentError, which commander turns into a one-line usage error (exit 2).
import { InvalidArgumentError } from '@commander-js/extra-typings';
import { DIFFICULTIES, type Difficulty } from './log/entities.js';
import { DATE_RANGE, inDateRange, isDateWord, parseIsoDate } from './schedule/dates.js';
import { MAX_DAILY_DSA, MAX_REVISIT_CAP, parseDsaSetting } from './log/settings.js';
import { RATINGS, type Rating } from './practice/ratings.js';
import type { Plan, ProblemCount } from './track/model.js';

/** A whole number ≥ 1 (weeks, days, counts, minutes). */
export function positiveInt(what: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
      throw new InvalidArgumentError(`${what} must be a whole number of 1 or more.`);
    }
    return Number(value);
  };
}

/** Minutes one entry can stand for: a day's. Longer work is logged on the days it was done. */
export const MAX_MINUTES = 24 * 60;

/** Minutes spent, 1 to MAX_MINUTES. */
export function minutesArg(what: string): (value: string) => number {
  const whole = positiveInt(what);
  return (value) => {
    const n = whole(value);
    if (n > MAX_MINUTES) throw new InvalidArgumentError(`${what} must be at most ${MAX_MINUTES} (a day); log longer work on each day it was done.`);
    return n;
  };
}

/**
 * A calendar date written YYYY-MM-DD, or `today` / `yesterday`: a word is passed on as it is, and
 * the command resolves it against its clock (`resolveDate`).
 */
export function isoDate(value: string): string {
  const word = value.trim().toLowerCase();
  if (isDateWord(word)) return word;
  const date = parseIsoDate(value.trim());
  if (!date) throw new InvalidArgumentError('expected a real calendar date written YYYY-MM-DD, e.g. 2026-03-02, or today or yesterday.');
  if (!inDateRange(date)) throw new InvalidArgumentError(`expected a date in ${DATE_RANGE}, the dates coach keeps to.`);
  return date;
}

/** A difficulty, in any case: `Hard` is `hard`. */
export function difficulty(value: string): Difficulty {
  const v = value.trim().toLowerCase();
  const found = DIFFICULTIES.find((d) => d === v);
  // Worded as commander words its own choices, so the message is the same as before.
  if (!found) throw new InvalidArgumentError(`Allowed choices are ${DIFFICULTIES.join(', ')}.`);
  return found;
}

/** How a solve went, in any case: `Hard` is `hard`. */
export function rating(value: string): Rating {
  const v = value.trim().toLowerCase();
  const found = RATINGS.find((r) => r === v);
  if (!found) throw new InvalidArgumentError(`Allowed choices are ${RATINGS.join(', ')}.`);
  return found;
}

/** A daily cap on revisit cards, 1–MAX_REVISIT_CAP. */
export function revisitCap(value: string): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > MAX_REVISIT_CAP) throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_REVISIT_CAP}.`);
  return Number(v);
}

export function plan(value: string): Plan {
  const v = value.trim().toLowerCase();
  if (v === '4h' || v === '4') return '4h';
  if (v === '6h' || v === '6') return '6h';
  throw new InvalidArgumentError('plan must be 4h or 6h.');
}

/** Collects a repeatable option into an array. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** An hour of the day, 0–23. */
export function hour(value: string): number {
  const v = value.trim();
  if (!/^\d{1,2}$/.test(v) || Number(v) > 23) throw new InvalidArgumentError('expected an hour from 0 to 23.');
  return Number(v);
}

/** A daily DSA target: `3`, or a range `2-4`. */
export function dsaTarget(value: string): ProblemCount {
  const target = parseDsaSetting(value);
  if (!target) throw new InvalidArgumentError(`expected a number of problems from 1 to ${MAX_DAILY_DSA}, or a range such as 2-4.`);
  return target;
}

/** A time of day `HH:MM` (24-hour), as minutes after midnight. */
export function clockTime(value: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new InvalidArgumentError('expected a time of day HH:MM, e.g. 09:00 or 18:30.');
  return Number(m[1]) * 60 + Number(m[2]);
}
