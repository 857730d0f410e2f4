// Reading revisit cards for a view: from the `cards` table (one indexed query, no FSRS), unless a
// write left some to compute again (`cardsStale`); then all are computed afresh in memory, loading
// FSRS for this run only. So a view is never stale, and the fast path stays fast.
import type { Store } from '../store/store.js';
import type { IsoDate } from '../schedule/dates.js';
import { capped, DEFAULT_REVISIT_CAP, dueCards, type Card } from './cards.js';

/** Every card, retired ones too. */
export async function allCards(store: Store): Promise<Card[]> {
  if (!store.cardsStale()) return store.allCards();
  const { replay } = await import('./fsrs.js');
  return store.computeCards(replay);
}

/** Cards due on or before `date`, not retired, the oldest due first. */
export async function cardsDue(store: Store, date: IsoDate): Promise<Card[]> {
  if (!store.cardsStale()) return store.dueCards(date);
  return dueCards(await allCards(store), date);
}

/** What `coach today` shows of the due cards: how many, and the first ones up to the daily cap. */
export interface TodaysRevisits {
  due: number;
  shown: Card[];
}

export async function todaysRevisits(store: Store | null, date: IsoDate, cap: number | null): Promise<TodaysRevisits> {
  if (!store) return { due: 0, shown: [] };
  const { shown, due } = capped(await cardsDue(store, date), cap ?? DEFAULT_REVISIT_CAP);
  return { due, shown };
}
