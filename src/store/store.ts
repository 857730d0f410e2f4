// The one door to coach.db: commands ask for typed rows (its reads are in log-reads.ts) and call
// typed writes; no SQL leaves here. Every write is one IMMEDIATE transaction that also logs an
// action, so `coach undo` can revert it.
import { DataError } from '../errors.js';
import { lessons, practice, problems, skips } from '../log/entities.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from '../log/export-format.js';
import * as v from '../log/kinds.js';
import type { CompletionInput, LessonInput, Lesson, MarkDoneResult, Practice, ProblemInput, Problem, Revisit, RevisitInput, UndoResult } from '../log/types.js';
import type { Track } from '../track/model.js';
import type { IsoDate } from '../schedule/dates.js';
import { guard } from './db-errors.js';
import { LogReads } from './log-reads.js';
import { mergeRows, parseExport, sourceOf, type ImportResult, type ImportSource } from './export.js';
import { openDatabase, openDatabaseReadOnly, type Database, type OpenOptions } from './open.js';
import { dbFile } from './db-file.js';
import { dropBlocks, type DropResult } from './drops.js';
import { addPractice, practiceLine, type AddPracticeResult, type PracticeInput } from './practice.js';
import { undoLast } from './tables.js';
import { BULK_ROWS, bulkProblems, undoRows } from './problem-totals.js';
import { withPageCache } from './statements.js';
import { noteAllCards, refreshCards } from './cards.js';
import type { Replay } from '../practice/cards.js';
import * as writes from './writes.js';
import { applyTimerSteps, type TimerResult, type TimerStep } from './timers.js';

export type { ExportData, ImportResult, ImportTable, SkippedSetting } from './export.js';
export type { Database, OpenOptions } from './open.js';
export type { DropResult } from './drops.js';
export type { TimerResult, TimerStep } from './timers.js';
export { OlderSchemaError } from './open.js';

export interface StoreOptions extends OpenOptions {
  /**
   * The clock for `created_at` stamps: commands pass their context's `now` (see `openLog`). A
   * store opened without one can only read: coach reads the clock in one place, the entry point.
   */
  now?: () => Date;
  /** Open an existing log for reading only (see openDatabaseReadOnly); writes are refused. */
  readonly?: boolean;
  /**
   * FSRS (`replay` in src/practice/fsrs.ts), for a store whose writes change revisit cards: each
   * write then brings the cards it touched up to date. Without it they are left noted (see cards.ts).
   */
  cards?: Replay;
}

/**
 * An import as large as BULK_ROWS ran without the triggers that note the cards it touches: when it
 * added problems, every card is computed afresh (a smaller one noted its own).
 */
function afterBulk(db: Database, rows: number, result: ImportResult): ImportResult {
  if (rows >= BULK_ROWS && result.added.problems > 0) noteAllCards(db);
  return result;
}

/** Open `<dataDir>/coach.db`, creating and migrating it as needed, or read-only as it is. */
export function openStore(dataDir: string, options: StoreOptions = {}): Store {
  const file = dbFile(dataDir);
  const db = options.readonly ? openDatabaseReadOnly(file, options) : openDatabase(file, options);
  const store = Store.fromDatabase(db, options.now, file, options.readonly);
  if (options.cards) store.useCards(options.cards);
  return store;
}

export class Store extends LogReads {
  private constructor(
    db: Database,
    private readonly clock: (() => Date) | undefined,
    file: string,
    private readonly readOnly: boolean,
  ) {
    super(db, file);
  }

  private writes = 0;
  private replay: Replay | undefined;

  /** Keep revisit cards up to date on every write from now on, with FSRS's `replay`. */
  useCards(replay: Replay): void {
    this.replay = replay;
  }

  /** Wrap a database opened by `openDatabase`; `file` names it in messages (an in-memory copy has no name). */
  static fromDatabase(db: Database, now?: () => Date, file: string = db.name, readonly = false): Store {
    return new Store(db, now, file, readonly || db.readonly);
  }

  /** Opened for reading only (see openDatabaseReadOnly): every write is refused. */
  get readonly(): boolean {
    return this.readOnly;
  }

  private stamp(): string {
    if (!this.clock) throw new Error('this log was opened without a clock, so it cannot write: open it with openLog(ctx)');
    return this.clock().toISOString();
  }

  private write<T>(fn: () => T): T {
    if (this.readOnly) throw new DataError(`cannot write ${this.file}: it was opened read-only`);
    this.writes++;
    return guard(this.file, () => this.db.transaction(() => {
      const result = fn();
      if (this.replay) refreshCards(this.db, this.replay);
      return result;
    }).immediate());
  }

  /** Writes tried through this store so far: a read kept from before a write is stale after it. */
  get writeCount(): number {
    return this.writes;
  }

  // ── settings ──

  /** Set several settings at once; either all are saved or none. */
  setSettings(values: Record<string, string>): void {
    for (const [key, value] of Object.entries(values)) v.expectArg(value, v.text, `setting ${key}`);
    this.write(() => {
      const upsert = this.db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      );
      for (const [key, value] of Object.entries(values)) upsert.run(key, value);
    });
  }

  /**
   * Save the settings among `values` that the log does not have yet, leaving every saved one as it
   * is. Decided inside the write lock, so defaults saved by a first write never replace what a
   * `coach init` or `coach import` running at the same time has just saved. Returns the keys saved.
   */
  saveMissingSettings(values: Record<string, string>): string[] {
    for (const [key, value] of Object.entries(values)) v.expectArg(value, v.text, `setting ${key}`);
    return this.write(() => {
      const insert = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');
      return Object.entries(values).filter(([key, value]) => insert.run(key, value).changes > 0).map(([key]) => key);
    });
  }

  // ── writes that undo can revert ──

  /**
   * Mark blocks of `track` done on study date `date`. A block already done (by the matching rule,
   * `attach`) is left as it was and reported in `already`, or, given minutes or a note that differ,
   * has its completion corrected (`updated`). `opts.minutes` is the actual time.
   */
  markDone(track: Track, items: readonly CompletionInput[], date: IsoDate, opts: writes.Correction = {}): MarkDoneResult {
    v.expectArg(date, v.date, 'date');
    if (opts.minutes !== undefined) v.expectArg(opts.minutes, v.count, 'minutes');
    return this.write(() => writes.markDone(this.db, this.stamp(), track, items, date, opts));
  }

  addProblems(list: readonly ProblemInput[]): Problem[] {
    list.forEach((p, i) => {
      v.expectArg(p.date, v.date, `problem ${i + 1} date`);
      if (p.minutes != null) v.expectArg(p.minutes, v.count, `problem ${i + 1} minutes`);
    });
    if (list.length === 0) return [];
    return this.write(() => writes.addProblems(this.db, this.stamp(), list));
  }

  /** Mark `date` as a day off; `added` is false when it already was. */
  addSkip(date: IsoDate): { added: boolean } {
    v.expectArg(date, v.date, 'date');
    return this.write(() => writes.addSkip(this.db, this.stamp(), date));
  }

  addLesson(input: LessonInput): Lesson {
    v.expectArg(input.date, v.date, 'date');
    v.expectArg(input.week, v.count, 'week');
    return this.write(() => writes.addLesson(this.db, this.stamp(), input));
  }

  /** Remove one problem by id, undoably; null, and nothing written, when there is none. */
  removeProblem(id: string): Problem | null {
    return this.write(() => writes.removeRow(this.db, this.stamp(), problems, id, writes.problemLine));
  }

  /** Remove one lesson by id, undoably; null, and nothing written, when there is none. */
  removeLesson(id: string): Lesson | null {
    return this.write(() => writes.removeRow(this.db, this.stamp(), lessons, id, writes.lessonLine));
  }

  /** Log one practice session, undoably; a block that already has one is reported in `already`, not written. */
  addPractice(input: PracticeInput): AddPracticeResult {
    v.expectArg(input.date, v.date, 'date');
    if (input.minutes !== null) v.expectArg(input.minutes, v.count, 'minutes');
    return this.write(() => addPractice(this.db, this.stamp(), input));
  }

  /** Remove one practice row by id, undoably; null, and nothing written, when there is none. */
  removePractice(id: string): Practice | null {
    return this.write(() => writes.removeRow(this.db, this.stamp(), practice, id, practiceLine));
  }

  /** Let blocks of `track` go on study date `date`, undoably; blocks done or already dropped are reported, not written. */
  dropBlocks(track: Track, items: readonly CompletionInput[], date: IsoDate): DropResult {
    v.expectArg(date, v.date, 'date');
    return this.write(() => dropBlocks(this.db, this.stamp(), track, items, date));
  }

  /** Record a re-solve, skip or retirement of a revisit card, undoably. */
  addRevisit(input: RevisitInput): Revisit {
    v.expectArg(input.date, v.date, 'date');
    if (input.minutes != null) v.expectArg(input.minutes, v.count, 'minutes');
    return this.write(() => writes.addRevisit(this.db, this.stamp(), input));
  }

  /** Start, pause, resume, stop or cancel timers in one undoable action (see src/store/timers.ts). */
  changeTimers(track: Track | null, steps: readonly TimerStep[], summary: string): TimerResult {
    return this.write(() => applyTimerSteps(this.db, this.stamp(), track, steps, summary));
  }

  /** Revert the latest action not yet undone; null when there is nothing to undo. */
  undo(): UndoResult | null {
    return this.write(() => {
      const rows = undoRows(this.db);
      // A write this large runs without the triggers that note the cards it touches.
      if (rows >= BULK_ROWS) noteAllCards(this.db);
      return bulkProblems(this.db, rows, () => undoLast(this.db));
    });
  }

  /** Bring every noted card up to date (a store with `useCards` only): a write of nothing else. */
  syncCards(): void {
    if (!this.replay) throw new Error('syncCards needs a store with useCards');
    this.write(() => undefined);
  }

  // ── export / import ──

  exportAll(): ExportData {
    // One read transaction, so the file is a consistent snapshot even if another process writes.
    return this.read(() =>
      this.db.transaction(
        (): ExportData => ({
          format: EXPORT_FORMAT,
          version: EXPORT_VERSION,
          exportedAt: this.stamp(),
          settings: this.getSettings(),
          completions: this.completions(),
          problems: this.problems(),
          skips: this.select(skips),
          lessons: this.lessons(),
          drops: this.drops(),
          practice: this.practice(),
          revisits: this.revisits(),
          timers: this.timers(),
        }),
      ).deferred(),
    );
  }

  /** Validate `data` fully (UsageError, nothing written), then merge it by id in one transaction. */
  importAll(data: unknown): ImportResult {
    return this.importRows(sourceOf(parseExport(data)));
  }

  /** Merge rows already checked (`sourceOf` a parsed export, or a CSV import's) in one transaction. */
  importRows(source: ImportSource): ImportResult {
    const rows = source.count(problems);
    const write = (): ImportResult => this.write(() => afterBulk(this.db, rows, bulkProblems(this.db, rows, () => mergeRows(this.db, source, this.stamp()))));
    return source.pageCacheKib === undefined ? write() : withPageCache(this.db, source.pageCacheKib, write);
  }
}
