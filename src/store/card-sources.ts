// Where a revisit card's history comes from: one reader per table that records it (titled problems,
// the practice log's titled machine-coding problems and designs, the re-solves). A table that starts
// making cards is one more entry in CARD_SOURCES, and triggers that note its changes in `cards_dirty`
// (see migrations 9 and 11).
import type { Database } from 'better-sqlite3';
import type { CardEvent, CardKind } from '../practice/cards.js';
import { titleKey } from '../log/problem-log.js';
import type { Cell } from '../log/fields.js';
import { practice, problems, revisits } from '../log/entities.js';
import { jsonCell } from './rows.js';
import { statement } from './statements.js';

/** A card's kind and title key; null for every card. */
export type CardFilter = { kind: CardKind; key: string } | null;

export interface CardSource {
  /** The table it reads, for messages and tests. */
  table: string;
  /** The columns of an event (kind, title, date, action, rating, created_at), as SQL. */
  columns: string;
  /** The table and the condition its events meet, as SQL after FROM. */
  from: string;
  /** The events of the cards `filter` names (every card's for null), in the table's order. */
  events(db: Database, filter: CardFilter): CardEvent[];
}

/**
 * Characters of a key the pattern is made from: every title with the key still matches the pattern
 * of its first ones, and SQLite refuses a pattern past 50,000 bytes (SQLITE_MAX_LIKE_PATTERN_LENGTH).
 */
const LIKE_KEY_CHARS = 1000;

/**
 * A LIKE pattern that every title with key `key` matches (and a few others: the key decides):
 * LIKE ignores only ASCII case, so a space of the key or a character outside ASCII stands for any
 * run, and i and k for any one character (İ and the Kelvin sign lower-case to them). A long key
 * gives the pattern of its first LIKE_KEY_CHARS characters.
 */
export function titleLike(key: string): string {
  return `%${key.slice(0, LIKE_KEY_CHARS).replace(/[\\%_]/g, '\\$&').replace(/[ik]/g, '_').replace(/ /g, '%').replace(/[^\x00-\x7f]+/g, '%')}%`;
}

/** An event's cells as every source selects them: kind, title, date, action, rating, created_at. */
type EventRow = [Cell, Cell, Cell, Cell, Cell, Cell];

/** Rows read back through their entity's fields, as every other read (see rows.ts). */
function eventOf(row: EventRow): CardEvent {
  const f = revisits.fields;
  return {
    kind: f.kind.fromSql([row[0]]),
    title: f.title.fromSql([row[1]]),
    date: f.date.fromSql([row[2]]),
    action: f.action.fromSql([row[3]]),
    rating: f.rating.fromSql([row[4]]),
    createdAt: f.createdAt.fromSql([row[5]]),
  };
}

function read(db: Database, sql: string, filter: CardFilter, params: Cell[]): CardEvent[] {
  // Rows as arrays: a full refresh reads every titled problem, and an object a row costs it more.
  const rows = statement<Cell[], EventRow>(db, sql).raw(true).all(...params).map(eventOf);
  return filter ? rows.filter((e) => titleKey(e.title) === filter.key) : rows;
}

// Table order only: `cardOf` puts events in date order itself, and a sort of every titled problem
// would cost an import of 100,000 of them more than the rest of its card work.
const ORDER = ' ORDER BY rowid';

/** Every titled problem is a DSA card, each log of it a review. */
const problemSource: CardSource = {
  table: problems.table,
  columns: "'dsa' AS kind, title, date, 'review' AS action, ifnull(rating, 'good') AS rating, created_at",
  from: 'problems WHERE title IS NOT NULL',
  events(db, filter) {
    if (filter && filter.kind !== 'dsa') return [];
    const base = `SELECT ${this.columns} FROM ${this.from}`;
    return filter ? read(db, `${base} AND title LIKE ? ESCAPE '\\'${ORDER}`, filter, [titleLike(filter.key)]) : read(db, base + ORDER, null, []);
  },
};

/**
 * Every titled machine-coding problem and design of the practice log (`coach log`) is a card of its
 * kind, each entry a review (rated `good` when the learner gave no rating).
 */
const practiceSource: CardSource = {
  table: practice.table,
  columns: "kind, title, date, 'review' AS action, ifnull(rating, 'good') AS rating, created_at",
  from: "practice WHERE title IS NOT NULL AND kind IN ('machine-coding', 'design')",
  events(db, filter) {
    if (filter && filter.kind === 'dsa') return [];
    const base = `SELECT ${this.columns} FROM ${this.from}`;
    return filter
      ? read(db, `${base} AND kind = ? AND title LIKE ? ESCAPE '\\'${ORDER}`, filter, [filter.kind, titleLike(filter.key)])
      : read(db, base + ORDER, null, []);
  },
};

/** Re-solves, skips and retirements from `coach revisit`. */
const revisitSource: CardSource = {
  table: revisits.table,
  columns: 'kind, title, date, action, rating, created_at',
  from: 'revisits',
  events(db, filter) {
    const base = `SELECT ${this.columns} FROM ${this.from}`;
    return filter ? read(db, `${base} WHERE kind = ?${ORDER}`, filter, [filter.kind]) : read(db, base + ORDER, null, []);
  },
};

/** Every table a card's history is read from, in the order same-moment events are taken. */
export const CARD_SOURCES: readonly CardSource[] = [problemSource, practiceSource, revisitSource];

/** The title key (`titleKey`) as an SQL function, so SQLite can sort events by card. */
const KEY_FUNCTION = 'coach_title_key';
const withKeyFunction = new WeakSet<Database>();

/** A `CardEvent` as SQLite writes it in JSON: each key under the name of its `revisits` column. */
const EVENT_JSON = ((): string => {
  const f = revisits.fields;
  const keys = ['kind', 'title', 'date', 'action', 'rating', 'createdAt'] as const;
  // Only a plain field's cell is its value, as `eventOf` would read it.
  if (!keys.every((k) => f[k].plain)) throw new Error('a card event field is not plain: read it with eventOf');
  return `json_object(${keys.map((k) => `'${k}', ${jsonCell(f[k].columns[0]?.name ?? k)}`).join(', ')})`;
})();

/**
 * Every card's events, one card at a time, each card's in the order `cardEvents` gives them (by
 * source, then table order). SQLite groups the events by card in its own sorter, which goes to a
 * temporary file past the page cache, and writes each card's as one JSON array: a full refresh
 * holds one card's history at a time rather than the whole log's, so an import's memory does not
 * grow with the file, and reads one row a card rather than one an event.
 */
export function eachCardHistory(db: Database, each: (events: CardEvent[]) => void): void {
  if (!withKeyFunction.has(db)) {
    db.function(KEY_FUNCTION, { deterministic: true }, (title: unknown) => (typeof title === 'string' ? titleKey(title) : null));
    withKeyFunction.add(db);
  }
  const union = CARD_SOURCES.map((s, i) => `SELECT ${i} AS source, rowid AS n, ${s.columns} FROM ${s.from}`).join(' UNION ALL ');
  const sql = `SELECT json_group_array(${EVENT_JSON} ORDER BY source, n) FROM (${union}) GROUP BY kind, ${KEY_FUNCTION}(title)`;
  for (const json of statement<[], string>(db, sql).pluck().iterate()) each(JSON.parse(json) as CardEvent[]);
}
