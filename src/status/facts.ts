// What `coach status` can say, as one plain object, and the providers that fill it from a session.
// Each provider adds the facts of one part of coach; a part that has nothing to say adds nothing.
import type { ProblemCount } from '../track/model.js';
import type { IsoDate } from '../schedule/dates.js';

/** A running (or paused) timer: what it is on, and its elapsed minutes as of `at`. */
export interface TimerFact {
  title: string;
  /** Planned minutes of what it times; null when nothing is planned. */
  planned: number | null;
  /** Minutes elapsed at the instant `at` (ISO 8601); a running timer adds the time since. */
  elapsed: { at: string; minutes: number };
  running: boolean;
}

export interface StatusFacts {
  /** The study date the facts are about. */
  date: IsoDate;
  /** Today's plan blocks: done, and planned (those let go and not done left out). */
  blocks?: { done: number; planned: number };
  /** Problems logged today against the day's target. */
  dsa?: { done: number; target: ProblemCount };
  timer?: TimerFact;
  /** Spaced-repetition reviews due today. */
  revisits?: { due: number };
  /** Track files that cannot be read: today's blocks and DSA target may be another week's, so they are left out. */
  unreadable?: number;
}

/**
 * One part's facts, from what the provider reads for itself: `T` is what the command has at hand
 * (the session and the day's view). Providers run in order; each returns only the fields it knows.
 */
export type FactProvider<T> = (input: T) => Partial<Omit<StatusFacts, 'date'>>;

/** The facts of `date` from every provider, later providers adding to earlier ones. */
export function collectFacts<T>(date: IsoDate, input: T, providers: readonly FactProvider<T>[]): StatusFacts {
  let facts: StatusFacts = { date };
  for (const provide of providers) facts = { ...facts, ...provide(input) };
  return facts;
}

/** Whether the facts have anything to show (the date alone is nothing). */
export function hasFacts(facts: StatusFacts): boolean {
  return facts.blocks !== undefined || facts.dsa !== undefined || facts.timer !== undefined || facts.revisits !== undefined || facts.unreadable !== undefined;
}
