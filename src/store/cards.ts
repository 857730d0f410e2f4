// The `cards` table: each revisit card's current state, derived from its history (card-sources.ts)
// by FSRS. Triggers note every card a write touches in `cards_dirty` (migration 9); `refreshCards`
// computes those again inside the writing transaction. A store opened without FSRS (a command that
// writes no card history) leaves the notes for the next one, and readers see them (`cardsStale`).
import type { Database } from 'better-sqlite3';
import { titleKey } from '../log/problem-log.js';
import type { Cell } from '../log/fields.js';
import { revisits } from '../log/entities.js';
import { cardOf, type Card, type CardEvent, type CardKind, type Replay } from '../practice/cards.js';
import { DEFAULT_ROLLOVER } from '../log/settings.js';
import type { IsoDate } from '../schedule/dates.js';
import { CARD_SOURCES, eachCardHistory, type CardFilter, type CardSource } from './card-sources.js';
import { statement } from './statements.js';
import { settingValue } from './tables.js';

/** Past this many cards noted at once, every card is computed afresh (one read of each source). */
const FULL_REFRESH = 200;

/** Every event of the cards `filter` names, from every source (tests pass their own list). */
export function cardEvents(db: Database, filter: CardFilter = null, sources: readonly CardSource[] = CARD_SOURCES): CardEvent[] {
  return sources.flatMap((s) => s.events(db, filter));
}

export function rolloverOf(db: Database): number {
  const value = settingValue(db, 'rollover');
  return value !== null && /^\d{1,2}$/.test(value) && Number(value) <= 23 ? Number(value) : DEFAULT_ROLLOVER;
}

const UPSERT = `INSERT INTO cards (id, kind, key, title, due, last_rating, last_review, reviews, retired)
  VALUES (@id, @kind, @key, @title, @due, @lastRating, @lastReview, @reviews, @retired)
  ON CONFLICT (kind, key) DO UPDATE SET id = excluded.id, title = excluded.title, due = excluded.due,
    last_rating = excluded.last_rating, last_review = excluded.last_review, reviews = excluded.reviews, retired = excluded.retired`;

function save(db: Database, card: Card): void {
  statement(db, UPSERT).run({ ...card, retired: card.retired ? 1 : 0 });
}

/** Noted cards (kind, title as written); `*` stands for all. */
function noted(db: Database): { kind: string; title: string }[] {
  return statement<[], { kind: string; title: string }>(db, 'SELECT kind, title FROM cards_dirty').all();
}

/** True when some write left cards to compute again: `cards` may not say what is due. */
export function cardsStale(db: Database): boolean {
  return statement<[], number>(db, 'SELECT EXISTS (SELECT 1 FROM cards_dirty)').pluck().get() === 1;
}

/** Bring the noted cards up to date with `replay` (FSRS); the caller holds the write transaction. */
export function refreshCards(db: Database, replay: Replay): void {
  const notes = noted(db);
  if (notes.length === 0) return;
  const rollover = rolloverOf(db);
  const keys = new Map<string, { kind: CardKind; key: string }>();
  for (const n of notes) {
    if (n.kind === '*') continue;
    const kind = revisits.fields.kind.fromSql([n.kind as Cell]);
    keys.set(`${kind}\n${titleKey(n.title)}`, { kind, key: titleKey(n.title) });
  }
  if (notes.some((n) => n.kind === '*') || keys.size > FULL_REFRESH) {
    // The cards are kept until the read ends: the connection runs one statement at a time.
    const fresh: Card[] = [];
    eachCardHistory(db, (events) => {
      const card = cardOf(events, replay, rollover);
      if (card) fresh.push(card);
    });
    statement(db, 'DELETE FROM cards').run();
    for (const card of fresh) save(db, card);
  } else {
    for (const filter of keys.values()) {
      const card = cardOf(cardEvents(db, filter), replay, rollover);
      if (card) save(db, card);
      else statement(db, 'DELETE FROM cards WHERE kind = ? AND key = ?').run(filter.kind, filter.key);
    }
  }
  statement(db, 'DELETE FROM cards_dirty').run();
}

/** Note every card for computing again (after a write that ran without the triggers). */
export function noteAllCards(db: Database): void {
  statement(db, "INSERT INTO cards_dirty (kind, title) VALUES ('*', '') ON CONFLICT DO NOTHING").run();
}

interface CardRow {
  id: string;
  kind: string;
  key: string;
  title: string;
  due: string;
  last_rating: string;
  last_review: string;
  reviews: number;
  retired: number;
}

const COLUMNS = 'id, kind, key, title, due, last_rating, last_review, reviews, retired';

function cardFrom(row: CardRow): Card {
  const f = revisits.fields;
  return {
    id: row.id, kind: f.kind.fromSql([row.kind]), key: row.key, title: row.title, due: f.date.fromSql([row.due]),
    lastRating: f.rating.fromSql([row.last_rating]) ?? 'good',
    lastReview: f.date.fromSql([row.last_review]), reviews: row.reviews, retired: row.retired === 1,
  };
}

/** Cards due on or before `date`, not retired, the oldest due first (one indexed query). */
export function dueCardRows(db: Database, date: IsoDate): Card[] {
  const sql = `SELECT ${COLUMNS} FROM cards WHERE retired = 0 AND due <= ? ORDER BY due, title, id`;
  return statement<[string], CardRow>(db, sql).all(date).map(cardFrom);
}

/** Every card, retired ones too, by due date. */
export function allCardRows(db: Database): Card[] {
  return statement<[], CardRow>(db, `SELECT ${COLUMNS} FROM cards ORDER BY due, title, id`).all().map(cardFrom);
}

/** Cards whose id starts with `prefix` (hex digits), at most `limit`. */
export function cardsByPrefix(db: Database, prefix: string, limit = 10): Card[] {
  if (!/^[0-9a-f]*$/.test(prefix)) return [];
  const sql = `SELECT ${COLUMNS} FROM cards WHERE id >= ? AND id < ? ORDER BY id LIMIT ?`;
  return statement<[string, string, number], CardRow>(db, sql).all(prefix, `${prefix}g`, limit).map(cardFrom);
}
