// The log read: typed rows by filter (oldest first), counts grouped in SQL, the revisit cards as
// stored, the action history. `Store` (store.ts) adds the writes on the same connection.
import { completions, drops, lessons, practice, problems, revisits, skips, timers, type EntityType, type LogEntity } from '../log/entities.js';
import type { Cell } from '../log/fields.js';
import type { ActionSummary, Completion, Drop, Lesson, Practice, Problem, Revisit, Timer } from '../log/types.js';
import type { ProblemLog } from '../log/problem-log.js';
import type { IsoDate } from '../schedule/dates.js';
import { cardsOf, type Card, type Replay } from '../practice/cards.js';
import { guard } from './db-errors.js';
import type { Database } from './open.js';
import { fromJsonRows, jsonRowsSql, toAction, type ActionRow } from './rows.js';
import { sqlProblemLog } from './problem-log.js';
import { countBy, where, type Group, type Param } from './grouped.js';
import { settingValue } from './tables.js';
import { allCardRows, cardEvents, cardsByPrefix, cardsStale, dueCardRows, rolloverOf } from './cards.js';
import { runningTimer } from './timers.js';

export class LogReads {
  protected constructor(
    protected readonly db: Database,
    /** The database file, for messages. */
    readonly file: string,
  ) {}

  close(): void {
    if (this.db.open) this.db.close();
  }

  protected read<T>(fn: () => T): T {
    return guard(this.file, fn);
  }

  /** Rows of a log entity matching the conditions whose value is given, oldest first. */
  protected select<E extends LogEntity>(entity: E, conditions: ReadonlyArray<readonly [string, Param | undefined]> = []): EntityType<E>[] {
    return this.selectWhere(entity, ...where(conditions));
  }

  /** Rows of a log entity matching ` WHERE …` (`sql`, empty for all) with its parameters, oldest first. */
  protected selectWhere<E extends LogEntity>(entity: E, sql: string, params: readonly Param[]): EntityType<E>[] {
    return this.read(() =>
      fromJsonRows(entity, this.db.prepare<Param[], string>(jsonRowsSql(entity, 'date, created_at, rowid', sql)).pluck().all(...params)),
    );
  }

  // ── settings ──

  getSetting(key: string): string | null {
    return this.read(() => settingValue(this.db, key));
  }

  getSettings(): Record<string, string> {
    return this.read(() => {
      const all = this.db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key').all();
      return Object.fromEntries(all.map((r) => [r.key, r.value]));
    });
  }

  /** The latest actions, newest first, including undone ones. */
  history(limit = 20): ActionSummary[] {
    return this.read(() =>
      this.db
        .prepare<[number], ActionRow>('SELECT * FROM actions ORDER BY id DESC LIMIT ?')
        .all(limit)
        .map(toAction),
    );
  }

  // ── queries ──

  /** Completions by study date (inclusive bounds), oldest first. */
  completions(filter: { track?: string; from?: IsoDate; to?: IsoDate } = {}): Completion[] {
    return this.select(completions, [
      ['track = ?', filter.track],
      ['date >= ?', filter.from],
      ['date <= ?', filter.to],
    ]);
  }

  /**
   * Every completion of `track` in a section (a plan day's 4h blocks, or its 6h additions) of one of
   * `weeks`, or in a section that a completion dated `from`…`to` belongs to; oldest first. The
   * matching rule (`attach`) pairs each section on its own, so these match as all the track's do.
   */
  sectionCompletions(filter: { track: string; weeks: readonly number[]; from: IsoDate; to: IsoDate }): Completion[] {
    const weeks = filter.weeks.map(() => '?').join(', ');
    const dated = 'SELECT week, day, plan FROM completions WHERE track = ? AND date >= ? AND date <= ?';
    const sql = ` WHERE track = ? AND (week IN (${weeks}) OR (week, day, plan) IN (${dated}))`;
    return this.selectWhere(completions, sql, [filter.track, ...filter.weeks, filter.track, filter.from, filter.to]);
  }

  /** The dates completions of `track` were logged on, each once, in no set order. */
  completionDates(track: string): IsoDate[] {
    const { date } = completions.fields;
    return this.read(() =>
      this.db.prepare<[string], Cell>('SELECT DISTINCT date FROM completions WHERE track = ?').pluck().all(track).map((cell) => date.fromSql([cell])),
    );
  }

  problems(filter: { from?: IsoDate; to?: IsoDate } = {}): Problem[] {
    return this.select(problems, [
      ['date >= ?', filter.from],
      ['date <= ?', filter.to],
    ]);
  }

  /** The solved problems as reviews and statistics read them: aggregated in SQL, never loaded whole. */
  problemLog(): ProblemLog {
    return sqlProblemLog(this.db, (fn) => this.read(fn));
  }

  /** Skipped dates, sorted. */
  skips(): IsoDate[] {
    // Read through the entity's date field, as every other row is (see fromRow).
    const { date } = skips.fields;
    return this.read(() =>
      this.db.prepare<[], Cell>('SELECT date FROM skips ORDER BY date').pluck().all().map((cell) => date.fromSql([cell])),
    );
  }

  lessons(filter: { track?: string; week?: number } = {}): Lesson[] {
    return this.select(lessons, [
      ['track = ?', filter.track],
      ['week = ?', filter.week],
    ]);
  }

  /** Blocks let go, oldest first. */
  drops(filter: { track?: string } = {}): Drop[] {
    return this.select(drops, [['track = ?', filter.track]]);
  }

  /** Practice sessions by date (inclusive bounds) and kind, oldest first. */
  practice(filter: { from?: IsoDate; to?: IsoDate; kind?: string; blockId?: string } = {}): Practice[] {
    return this.select(practice, [
      ['date >= ?', filter.from],
      ['date <= ?', filter.to],
      ['kind = ?', filter.kind],
      ['block_id = ?', filter.blockId],
    ]);
  }

  /** Practice sessions by date (inclusive bounds), counted by kind: a few groups, never every row. */
  practiceByKind(filter: { from?: IsoDate; to?: IsoDate } = {}): Group<typeof practice, 'kind'>[] {
    return this.read(() => countBy(this.db, practice, ['kind'], [['date >= ?', filter.from], ['date <= ?', filter.to]]));
  }

  /** True when a write left revisit cards to compute again, so the `cards` table may be behind. */
  cardsStale(): boolean {
    return this.read(() => cardsStale(this.db));
  }

  /** Cards due on or before `date` as the `cards` table has them (see `cardsStale`), oldest due first. */
  dueCards(date: IsoDate): Card[] {
    return this.read(() => dueCardRows(this.db, date));
  }

  /** Cards whose id starts with `prefix` (lower-case hex), at most `limit`. */
  cardsByPrefix(prefix: string, limit?: number): Card[] {
    return this.read(() => cardsByPrefix(this.db, prefix, limit));
  }

  /** Every card the `cards` table has, retired ones too. */
  allCards(): Card[] {
    return this.read(() => allCardRows(this.db));
  }

  /** Every card computed afresh from its history with FSRS's `replay`, without writing. */
  computeCards(replay: Replay): Card[] {
    return this.read(() => cardsOf(cardEvents(this.db), replay, rolloverOf(this.db)));
  }

  /** Re-solves, skips and retirements of revisit cards, oldest first. */
  revisits(filter: { from?: IsoDate; to?: IsoDate } = {}): Revisit[] {
    return this.select(revisits, [
      ['date >= ?', filter.from],
      ['date <= ?', filter.to],
    ]);
  }

  /** Re-solves, skips and retirements by date (inclusive bounds), counted by action and rating. */
  revisitsByOutcome(filter: { from?: IsoDate; to?: IsoDate } = {}): Group<typeof revisits, 'action' | 'rating'>[] {
    return this.read(() => countBy(this.db, revisits, ['action', 'rating'], [['date >= ?', filter.from], ['date <= ?', filter.to]]));
  }

  /** The timer running or paused, null when none. */
  runningTimer(): Timer | null {
    return this.read(() => runningTimer(this.db));
  }

  /** Timer sessions, running and stopped, oldest first. */
  timers(filter: { track?: string } = {}): Timer[] {
    return this.select(timers, [['track = ?', filter.track]]);
  }
}
