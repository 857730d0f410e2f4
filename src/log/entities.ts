// The log's entities, each declared once: the domain types, the SQLite rows and statements, the
// export reader and the CSV columns all derive from these. A new column is a migration plus a line here.
import type { IsoDate } from '../schedule/dates.js';
import { PLANS } from '../track/model.js';
import { MAX_SCORE, MOCK_TYPES, PRACTICE_KINDS } from '../practice/kinds.js';
import { RATINGS } from '../practice/ratings.js';
import { between, count, date, id, later, list, nullable, oneOf, prose, range, text, timestamp, type Field } from './fields.js';

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

type Fields = Readonly<Record<string, Field<unknown>>>;

/** What every log row has: the store keys rows by `id` and lists them by date, then creation. */
interface RowBasics {
  id: Field<string, 'id'>;
  date: Field<IsoDate, 'date'>;
  createdAt: Field<string, 'created_at'>;
}

export interface Entity<N extends string = string, F extends Fields = Fields> {
  /** The SQLite table, and the key of the export file's list of them. */
  readonly table: N;
  /** The `type` cell of its CSV rows. */
  readonly csvType: string;
  /** In the order of the domain object's keys (and so of the JSON export's). */
  readonly fields: F;
  /** Added after the export format's first version: an older file without its list imports as none. */
  readonly addedLater?: boolean;
}

function entity<N extends string, F extends Fields & RowBasics>(table: N, csvType: string, fields: F, addedLater = false): Entity<N, F> {
  return addedLater ? { table, csvType, fields, addedLater } : { table, csvType, fields };
}

/** The domain object of an entity: one property per field. */
export type EntityType<E extends Entity> = {
  -readonly [K in keyof E['fields']]: E['fields'][K] extends Field<infer T, string> ? T : never;
};

/** The names of an entity's columns, in SQLite and in the CSV. */
export type ColumnOf<E extends Entity> = {
  [K in keyof E['fields']]: E['fields'][K] extends Field<unknown, infer C> ? C : never;
}[keyof E['fields']];

/**
 * A block as it was planned when the learner acted on it, kept with completions and drops so that
 * the matching rule (`attach`) can find it again after the track file is edited.
 */
const blockSnapshot = {
  track: text('track'),
  week: count('week'),
  day: count('day'),
  plan: oneOf(PLANS, 'plan'),
  label: text('label'),
  category: text('category'),
  title: text('title'),
  planned: nullable(range('planned_min', 'planned_max')),
};

/**
 * A block marked done, with a snapshot of the block as it was planned that day (track … planned).
 * Which block of the track as it is now it marks is the matching rule's to say (`attach`).
 */
export const completions = entity('completions', 'completion', {
  id: id('id'),
  /** The block's positional id when marked done; not unique: an edit may give it to a new block. */
  blockId: id('block_id'),
  /** Study date, YYYY-MM-DD. */
  date: date('date'),
  ...blockSnapshot,
  /** Actual minutes, when the learner gave them. */
  minutes: nullable(count('minutes')),
  note: nullable(prose('note')),
  createdAt: timestamp('created_at'),
});

export const problems = entity('problems', 'problem', {
  id: id('id'),
  date: date('date'),
  title: nullable(text('title')),
  difficulty: nullable(oneOf(DIFFICULTIES, 'difficulty')),
  topics: list('topics', 'topic'),
  url: nullable(text('url')),
  minutes: nullable(count('minutes')),
  note: nullable(prose('note')),
  /** How the solve went (a titled problem is a revisit card); null before ratings existed, read as good. */
  rating: later(nullable(oneOf(RATINGS, 'rating'))),
  createdAt: timestamp('created_at'),
});

/** A rest day. */
export const skips = entity('skips', 'skip', {
  id: id('id'),
  date: date('date'),
  createdAt: timestamp('created_at'),
});

export const lessons = entity('lessons', 'lesson', {
  id: id('id'),
  track: text('track'),
  week: count('week'),
  text: prose('text'),
  date: date('date'),
  createdAt: timestamp('created_at'),
});

/**
 * A block let go (`coach drop`): not done, no longer overdue, counted apart. Like a completion it
 * keeps a snapshot of the block, and the same matching rule (`attach`) finds the block it lets go.
 */
export const drops = entity('drops', 'drop', {
  id: id('id'),
  blockId: id('block_id'),
  /** Study date on which the block was let go. */
  date: date('date'),
  ...blockSnapshot,
  createdAt: timestamp('created_at'),
}, true);

/**
 * A practice session (`coach log KIND`): machine coding, a design, a mock, theory, a project. A
 * titled machine-coding problem or design is a card, its `rating` the card's first review;
 * `blockId` is the block it was logged from, so a block is counted once.
 */
export const practice = entity('practice', 'practice', {
  id: id('id'),
  kind: oneOf(PRACTICE_KINDS, 'kind'),
  date: date('date'),
  title: nullable(text('title')),
  mockType: nullable(oneOf(MOCK_TYPES, 'mock_type')),
  minutes: nullable(count('minutes')),
  score: nullable(between('score', 1, MAX_SCORE)),
  rating: nullable(oneOf(RATINGS, 'rating')),
  url: nullable(text('url')),
  blockId: nullable(id('block_id')),
  note: nullable(prose('note')),
  createdAt: timestamp('created_at'),
}, true);

/** The kinds of revisit card: a titled DSA problem, machine-coding problem or design. */
export const CARD_KINDS = ['dsa', 'machine-coding', 'design'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/**
 * What the learner did with a card after logging it (`coach revisit`): a re-solve (`review`, with a
 * rating), a postponement by a day (`skip`) or a retirement (`forget`). The card is named by its
 * kind and title; titles are the same card by `titleKey`.
 */
export const revisits = entity('revisits', 'revisit', {
  id: id('id'),
  kind: oneOf(CARD_KINDS, 'kind'),
  title: text('title'),
  /** Study date of the re-solve, skip or retirement. */
  date: date('date'),
  action: oneOf(['review', 'skip', 'forget'] as const, 'action'),
  /** How the re-solve went; null for a skip or a retirement. */
  rating: nullable(oneOf(RATINGS, 'rating')),
  minutes: nullable(count('minutes')),
  createdAt: timestamp('created_at'),
}, true);

/** How a timer session ended: the block marked done, or its time kept with the block left open. */
export const TIMER_OUTCOMES = ['done', 'open'] as const;

/**
 * A focus timer on a block (`coach start` … `coach stop`), with the block's snapshot. The moments
 * are UTC; `pausedMs` is the pause time of the stretches already resumed. Running while
 * `stoppedAt` is null; `minutes` is what the stop counted (see src/timer/clock.ts).
 */
export const timers = entity('timers', 'timer', {
  id: id('id'),
  blockId: id('block_id'),
  /** Study date the timer started on; a stop marks the block done on it. */
  date: date('date'),
  ...blockSnapshot,
  startedAt: timestamp('started_at'),
  pausedAt: nullable(timestamp('paused_at')),
  pausedMs: count('paused_ms'),
  stoppedAt: nullable(timestamp('stopped_at')),
  minutes: nullable(count('minutes')),
  outcome: nullable(oneOf(TIMER_OUTCOMES, 'outcome')),
  createdAt: timestamp('created_at'),
}, true);

/** Every log entity, in the order of the export file. */
export const LOG_ENTITIES = [completions, problems, skips, lessons, drops, practice, revisits, timers] as const;
export type LogEntity = (typeof LOG_ENTITIES)[number];
export type LogTable = LogEntity['table'];

/** An entity's column names, in declaration order. */
export function columnNames(e: Entity): string[] {
  return Object.values(e.fields).flatMap((f) => f.columns.map((c) => c.name));
}
