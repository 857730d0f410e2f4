// The status facts coach's parts provide, in one list: each reads what the command has at hand for
// today and returns the fields it knows (see `FactProvider`). A new part adds one entry.
import type { TodayView } from '../schedule/today-view.js';
import type { Session } from '../session.js';
import { elapsed } from '../timer/clock.js';
import type { FactProvider } from './facts.js';

/**
 * What a provider gets: the session, read-only, today's view of its plan, the moment the facts are
 * for, and how many revisit cards are due (read before, as reading them may compute the cards).
 */
export interface StatusInput {
  session: Session;
  today: TodayView;
  now: Date;
  revisitsDue: number;
}

/**
 * Track files that cannot be read (see `Curriculum.unreadable`): one may be a week the plan leaves
 * out, so the plan's counts below are not said while there is one.
 */
export const unreadableFacts: FactProvider<StatusInput> = ({ session }) =>
  session.unreadable.length > 0 ? { unreadable: session.unreadable.length } : {};

const planKnown = ({ session }: StatusInput): boolean => session.unreadable.length === 0;

/** Today's blocks done of those planned; a block let go counts only if done. Nothing on a day without blocks. */
export const blockFacts: FactProvider<StatusInput> = (input) => {
  const { today } = input;
  if (!planKnown(input)) return {};
  const planned = today.blocks.filter((b) => b.done || !b.dropped).length;
  return planned === 0 ? {} : { blocks: { done: today.blocks.filter((b) => b.done).length, planned } };
};

/** Problems logged today against the target: on a plan day, or any day something was logged. */
export const dsaFacts: FactProvider<StatusInput> = (input) =>
  planKnown(input) && (input.today.blocks.length > 0 || input.today.dsa.done > 0) ? { dsa: { done: input.today.dsa.done, target: input.today.dsa.target } } : {};

/**
 * The timer running or paused: what it times, the top of its block's planned range, and the time
 * counted so far (unrounded, so the line's minutes tick over when the timer's do).
 */
export const timerFacts: FactProvider<StatusInput> = ({ session, now }) => {
  const t = session.store?.runningTimer();
  if (!t) return {};
  return {
    timer: {
      title: t.title || t.label,
      planned: t.planned?.max ?? null,
      elapsed: { at: now.toISOString(), minutes: elapsed(t, now).ms / 60_000 },
      running: t.pausedAt === null,
    },
  };
};

/** Revisit cards due today or earlier (see `coach revisit`); nothing when none is. */
export const revisitFacts: FactProvider<StatusInput> = ({ revisitsDue }) => (revisitsDue > 0 ? { revisits: { due: revisitsDue } } : {});

export const STATUS_PROVIDERS: readonly FactProvider<StatusInput>[] = [unreadableFacts, blockFacts, dsaFacts, timerFacts, revisitFacts];
