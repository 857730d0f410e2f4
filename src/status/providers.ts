// The status facts coach's parts provide, in one list: each reads what the command has at hand for
// today and returns the fields it knows (see `FactProvider`). A new part adds one entry.
import type { TodayView } from '../schedule/today-view.js';
import type { Session } from '../session.js';
import type { FactProvider } from './facts.js';

/** What a provider gets: the session, read-only, and today's view of its plan. */
export interface StatusInput {
  session: Session;
  today: TodayView;
}

/** Today's blocks done of those planned; a block let go counts only if done. Nothing on a day without blocks. */
export const blockFacts: FactProvider<StatusInput> = ({ today }) => {
  const planned = today.blocks.filter((b) => b.done || !b.dropped).length;
  return planned === 0 ? {} : { blocks: { done: today.blocks.filter((b) => b.done).length, planned } };
};

/** Problems logged today against the target: on a plan day, or any day something was logged. */
export const dsaFacts: FactProvider<StatusInput> = ({ today }) =>
  today.blocks.length > 0 || today.dsa.done > 0 ? { dsa: { done: today.dsa.done, target: today.dsa.target } } : {};

export const STATUS_PROVIDERS: readonly FactProvider<StatusInput>[] = [blockFacts, dsaFacts];
