// Revisit cards: every titled DSA problem, machine-coding problem and design comes back on the date
// FSRS gives. A card is a kind and a title key; its history is every time it was logged or re-solved
// (reviews), postponed (skips) or retired (forgets). Pure: FSRS itself is passed in (`replay`), so
// this module loads no scheduler and `coach today` can read cards without one.
import type { CardKind } from '../log/entities.js';
import { titleKey } from '../log/problem-log.js';
import { addDays, compareDates, type IsoDate } from '../schedule/dates.js';
import { DEFAULT_RATING, type Rating } from './ratings.js';

export type { CardKind } from '../log/entities.js';

/** One thing that happened to a card, from whichever table records it. */
export interface CardEvent {
  kind: CardKind;
  /** The title as written; the card is `titleKey(title)`. */
  title: string;
  date: IsoDate;
  /** Creation stamp: orders events of one date. */
  createdAt: string;
  action: 'review' | 'skip' | 'forget';
  /** A review's rating; null (a problem logged before ratings existed) counts as `good`. */
  rating: Rating | null;
}

/** A card as the `cards` table keeps it and the views show it. */
export interface Card {
  /** 16 hex digits (see `cardId`); views show the first SHORT_ID. */
  id: string;
  kind: CardKind;
  key: string;
  /** The title it was last logged or re-solved under. */
  title: string;
  due: IsoDate;
  lastRating: Rating;
  lastReview: IsoDate;
  reviews: number;
  /** Retired with `coach revisit forget`: it never comes back, unless logged again. */
  retired: boolean;
}

/** FSRS over a card's reviews (`replay` in fsrs.ts): only the fields a card keeps. */
export type Replay = (
  reviews: readonly { date: IsoDate; rating: Rating }[],
  rolloverHour: number,
) => { due: IsoDate; reviews: number; lastRating: Rating; lastReview: IsoDate } | null;

/** Hex digits of an id the views show (like git's abbreviated commits); any unique prefix is accepted. */
export const SHORT_ID = 7;

/**
 * A card's id: FNV-1a (64-bit) of its kind and key, as 16 hex digits. Stable (the same problem has
 * the same id on every machine and after an export and import) and cheap (no crypto on the read path).
 */
export function cardId(kind: CardKind, key: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(`${kind}\n${key}`)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Events in the order they happened: by date, then creation, then the order given (a stable sort). */
export function inOrder(events: readonly CardEvent[]): CardEvent[] {
  // Array sort is stable (ES2019), so events equal in both keep the order given.
  return [...events].sort((a, b) => compareDates(a.date, b.date) || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/**
 * The card of one kind and key from all its events, or null when it has no review (every log of it
 * removed). Rules:
 * - a `forget` retires the card; a review after it starts the card afresh from that review on;
 * - a `skip` after the latest review moves the due date one study day past the later of the due
 *   date and the skip's date (an overdue card skipped today comes back tomorrow); a review after a
 *   skip makes it moot.
 */
export function cardOf(events: readonly CardEvent[], replay: Replay, rolloverHour: number): Card | null {
  const ordered = inOrder(events);
  const reviews = ordered.filter((e) => e.action === 'review');
  const first = ordered[0];
  if (!first || reviews.length === 0) return null;
  const lastForget = ordered.map((e) => e.action).lastIndexOf('forget');
  const active = ordered.slice(lastForget + 1);
  const retired = !active.some((e) => e.action === 'review');
  // A retired card keeps the state it was retired in, for `coach revisit --all`.
  const counted = retired ? ordered.slice(0, lastForget).filter((e) => e.action === 'review') : active.filter((e) => e.action === 'review');
  const state = replay(counted.map((e) => ({ date: e.date, rating: e.rating ?? DEFAULT_RATING })), rolloverHour);
  if (!state) return null;
  let due = state.due;
  if (!retired) {
    const lastReview = active.map((e) => e.action).lastIndexOf('review');
    for (const skip of active.slice(lastReview + 1).filter((e) => e.action === 'skip')) {
      due = addDays(compareDates(skip.date, due) > 0 ? skip.date : due, 1);
    }
  }
  const titled = counted[counted.length - 1] ?? first;
  const key = titleKey(first.title);
  return {
    id: cardId(first.kind, key), kind: first.kind, key, title: titled.title, due,
    lastRating: state.lastRating, lastReview: state.lastReview, reviews: state.reviews, retired,
  };
}

/** Every card of a list of events, by kind and title key, in no particular order. */
export function cardsOf(events: readonly CardEvent[], replay: Replay, rolloverHour: number): Card[] {
  const groups = new Map<string, CardEvent[]>();
  for (const e of events) {
    const k = `${e.kind}\n${titleKey(e.title)}`;
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return [...groups.values()].map((g) => cardOf(g, replay, rolloverHour)).filter((c): c is Card => c !== null);
}

/** The order cards are listed in: the oldest due first, then by title and id (as the store's query). */
export function compareCards(a: Card, b: Card): number {
  return compareDates(a.due, b.due) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Cards due on or before `date` (not retired), the oldest due first, then by title and id. */
export function dueCards(cards: readonly Card[], date: IsoDate): Card[] {
  return cards.filter((c) => !c.retired && compareDates(c.due, date) <= 0).sort(compareCards);
}

/** What `revisit` shows: the first `cap` due cards, and how many more wait behind them. */
export interface DueList {
  shown: Card[];
  waiting: number;
  due: number;
}

/** The daily cap applied to cards already in due order. */
export function capped(due: readonly Card[], cap: number): DueList {
  return { shown: due.slice(0, cap), waiting: Math.max(0, due.length - cap), due: due.length };
}

/** The daily cap when the learner set none (`coach init --revisit-cap N`). */
export const DEFAULT_REVISIT_CAP = 5;

/** Re-solves in a period, and the share rated "again" (how much is sticking). */
export interface RevisitFigures {
  done: number;
  again: number;
  /** again / done, two decimals; null when nothing was re-solved. */
  share: number | null;
}

/**
 * The figures of the re-solves among `rows` (skips and retirements are no re-solve): each row, or
 * `n` alike as the log counts them.
 */
export function revisitFiguresOf(rows: readonly { action: CardEvent['action']; rating: Rating | null; n?: number }[]): RevisitFigures {
  let done = 0;
  let again = 0;
  for (const r of rows) {
    if (r.action !== 'review') continue;
    done += r.n ?? 1;
    if (r.rating === 'again') again += r.n ?? 1;
  }
  return { done, again, share: done ? Math.round((again / done) * 100) / 100 : null };
}
