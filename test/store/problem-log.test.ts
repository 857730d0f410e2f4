// The store's SQL aggregates of the solved problems give what the in-memory computation gives from
// every row (the reference, `problemLog`), on generated logs, and so do the reviews and statistics
// built on them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemLog, type DateRange, type ProblemLog } from '../../src/log/problem-log.js';
import { DIFFICULTIES, type ProblemInput } from '../../src/log/types.js';
import { dsaStats, type DsaWindow } from '../../src/review/dsa-stats.js';
import { buildProgress } from '../../src/review/progress.js';
import { buildReview } from '../../src/review/review.js';
import { addDays, type IsoDate } from '../../src/schedule/dates.js';
import { planSequence } from '../../src/schedule/scheduler.js';
import path from 'node:path';
import { openStore } from '../../src/store/store.js';
import { migrate, MIGRATIONS } from '../../src/store/migrations/index.js';
import { rawColumn, rawDatabase } from '../helpers/raw-db.js';
import { BULK_ROWS, bulkProblems } from '../../src/store/problem-totals.js';
import { isoDate } from '../helpers/dates.js';
import { tickingClock } from '../helpers/store.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';
import { completion, makeTrack } from '../review/fixtures.js';

const BASE = isoDate('2026-02-20');
const day = fc.integer({ min: 0, max: 40 }).map((n) => addDays(BASE, n));
// Few topics, some repeated within a problem, one that is an Object.prototype name.
const topic = fc.constantFrom('arrays', 'graphs', 'dp', '__proto__', 'constructor', 'Two words', 'a;b');
const problemInput: fc.Arbitrary<ProblemInput> = fc.record({
  date: day,
  // Titles that match another by case and spacing only, in and out of ASCII, and LIKE's own characters.
  title: fc.option(fc.constantFrom('Two Sum', ' two  SUM', 'LRU Cache', 'İstanbul', 'i̇stanbul', '\u212Aelvin', 'Kelvin', '100%_done\\', '100x done'), { nil: null }),
  difficulty: fc.option(fc.constantFrom(...DIFFICULTIES), { nil: null }),
  topics: fc.array(topic, { maxLength: 3 }),
});
const range: fc.Arbitrary<DateRange> = fc.record({ from: fc.option(day, { nil: null }), to: fc.option(day, { nil: null }) });

/** A store holding `rows`, and the reference log over the rows as the store lists them. */
function logs(rows: readonly ProblemInput[]): { sql: ProblemLog; memory: ProblemLog } {
  const store = openStore(tempDir(), { now: tickingClock() });
  onCleanup(() => store.close());
  store.addProblems(rows);
  return { sql: store.problemLog(), memory: problemLog(store.problems()) };
}

const plain = (log: ProblemLog, r: DateRange) => {
  const t = log.tally(r);
  return { ...t, byTopic: [...t.byTopic].sort((a, b) => (a[0] < b[0] ? -1 : 1)), perDate: [...log.perDate(r)].sort(), count: log.count(r), firstOf: log.first(r) };
};

describe('the problems aggregated in SQL', () => {
  it('tally, count, counts per date, dates and rows equal the in-memory computation over every row', () => {
    fc.assert(
      fc.property(fc.array(problemInput, { maxLength: 60 }), fc.array(range, { minLength: 1, maxLength: 4 }), (rows, ranges) => {
        const { sql, memory } = logs(rows);
        expect(sql.dates()).toEqual(memory.dates());
        for (const title of ['two sum', 'İSTANBUL', 'kelvin', '100%_DONE\\', 'none']) expect(sql.datesOf(title)).toEqual(memory.datesOf(title));
        for (const r of [{}, ...ranges]) {
          expect(plain(sql, r)).toEqual(plain(memory, r));
          expect(sql.entries(r)).toEqual(memory.entries(r));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('an empty log and an empty range give zeros, not nulls', () => {
    const { sql } = logs([{ date: isoDate('2026-03-01') }]);
    expect(sql.tally({ from: isoDate('2026-04-01') })).toEqual({ count: 0, byDifficulty: { easy: 0, medium: 0, hard: 0, unknown: 0 }, byTopic: new Map(), first: null });
    expect(sql.count({ from: isoDate('2026-03-02'), to: isoDate('2026-03-01') })).toBe(0);
    expect(logs([]).sql.dates()).toEqual([]);
  });

  it('dsa stats, progress and review come out the same from either', () => {
    const track = makeTrack({ weeks: 3, dailyDsa: { min: 2, max: 3 } });
    const start = isoDate('2026-03-02');
    const window = fc.constantFrom<DsaWindow>(
      { from: null, end: null, week: null },
      { from: isoDate('2026-03-09'), end: isoDate('2026-03-15'), week: 2 },
      { from: isoDate('2026-03-04'), end: null, week: null },
      { from: isoDate('2026-04-20'), end: null, week: null },
    );
    fc.assert(
      fc.property(fc.array(problemInput, { maxLength: 60 }), fc.integer({ min: 0, max: 30 }), window, (rows, offset, w) => {
        const { sql, memory } = logs(rows);
        const today: IsoDate = addDays(BASE, offset);
        const plan = { sequence: planSequence(track, 1), plan: '4h' as const, start, skips: [], dsaSetting: null };
        expect(dsaStats(sql, plan, today, w)).toEqual(dsaStats(memory, plan, today, w));
        const completions = [completion('t.w1.d1.4h.1', '2026-03-02'), completion('t.w2.d3.4h.2', '2026-03-11')];
        const common = { track, plan: '4h' as const, startWeek: 1, start, today, completions, skips: [], dsaSetting: null };
        expect(buildProgress({ ...common, pace: 'calendar', problems: sql })).toEqual(buildProgress({ ...common, pace: 'calendar', problems: memory }));
        for (const week of [1, 2, 3]) {
          expect(buildReview({ ...common, week, lessons: [], problems: sql })).toEqual(buildReview({ ...common, week, lessons: [], problems: memory }));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('keeps its totals equal to the rows through adds, removals, undos and imports', () => {
    const step = fc.oneof(
      fc.record({ add: fc.array(problemInput, { minLength: 1, maxLength: 5 }) }),
      fc.record({ remove: fc.nat() }),
      fc.constant({ undo: true as const }),
      fc.record({ importing: fc.array(problemInput, { maxLength: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const store = openStore(tempDir(), { now: tickingClock() });
        onCleanup(() => store.close());
        for (const s of steps) {
          if ('add' in s) store.addProblems(s.add);
          else if ('remove' in s) {
            const all = store.problems();
            const victim = all[s.remove % Math.max(1, all.length)];
            if (victim) store.removeProblem(victim.id);
          } else if ('undo' in s) store.undo();
          else {
            // An export of the log with new problems in it, merged back by id.
            const other = openStore(tempDir(), { now: tickingClock() });
            other.addProblems(s.importing);
            const data = other.exportAll();
            other.close();
            store.importAll({ ...data, problems: [...store.exportAll().problems, ...data.problems] });
          }
          const [sql, memory] = [store.problemLog(), problemLog(store.problems())];
          expect(sql.dates()).toEqual(memory.dates());
          for (const r of [{}, { to: addDays(BASE, 20) }, { from: addDays(BASE, 10) }, { from: addDays(BASE, 5), to: addDays(BASE, 30) }]) {
            expect(plain(sql, r)).toEqual(plain(memory, r));
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('counts the problems a log already had when it gains the totals', () => {
    const dir = tempDir();
    const file = path.join(dir, 'coach.db');
    const raw = rawDatabase(file);
    migrate(raw, MIGRATIONS.filter((m) => m.version < 7));
    const insert = raw.prepare("INSERT INTO problems (id, date, title, difficulty, topics, created_at) VALUES (?, ?, 'x', ?, ?, '2026-01-01T00:00:00.000Z')");
    insert.run('a', '2026-02-01', 'easy', '["dp"]');
    insert.run('b', '2026-02-02', null, '[]');
    insert.run('c', '2026-02-03', 'easy', '["dp"]');
    raw.close();
    const store = openStore(dir, { now: tickingClock() });
    onCleanup(() => store.close());
    const tally = store.problemLog().tally({});
    expect(store.problemLog().dates()).toEqual(['2026-02-01', '2026-02-02', '2026-02-03']);
    expect(tally.count).toBe(3);
    expect(tally.byDifficulty).toEqual({ easy: 2, medium: 0, hard: 0, unknown: 1 });
    expect([...tally.byTopic]).toEqual([['dp', 2]]);
    expect(tally.first).toBe('2026-02-01');
  });

  it('recounts its totals after a bulk import and its undo, keeping the triggers and indexes; a failed bulk write changes nothing', () => {
    const source = openStore(tempDir(), { now: tickingClock() });
    onCleanup(() => source.close());
    const many = fc.sample(problemInput, { numRuns: BULK_ROWS + 500, seed: 7 });
    source.addProblems(many);
    const store = openStore(tempDir(), { now: tickingClock() });
    onCleanup(() => store.close());
    store.addProblems([{ date: BASE, difficulty: 'hard', topics: ['dp'] }]);
    const triggers = () => schemaObjects(store.file);
    const before = triggers();
    expect(before).toEqual(['problem_totals_delete', 'problem_totals_insert', 'problem_totals_update', 'problems_cards_delete', 'problems_cards_insert', 'problems_cards_update', 'problems_date', 'problems_stats']);

    store.importAll(source.exportAll());
    expect(store.problems()).toHaveLength(many.length + 1);
    expect(plain(store.problemLog(), {})).toEqual(plain(problemLog(store.problems()), {}));
    expect(triggers()).toEqual(before);
    // The triggers count the next write again.
    store.addProblems([{ date: BASE, difficulty: 'easy', topics: [] }]);
    expect(plain(store.problemLog(), {})).toEqual(plain(problemLog(store.problems()), {}));

    store.undo();
    store.undo();
    expect(store.problems()).toHaveLength(1);
    expect(plain(store.problemLog(), {})).toEqual(plain(problemLog(store.problems()), {}));
    expect(triggers()).toEqual(before);

    const db = rawDatabase(store.file);
    onCleanup(() => db.close());
    expect(() => db.transaction(() => bulkProblems(db, BULK_ROWS, () => {
      db.prepare("DELETE FROM problems").run();
      throw new Error('failed half way');
    }))()).toThrow('failed half way');
    expect(triggers()).toEqual(before);
    expect(plain(store.problemLog(), {})).toEqual(plain(problemLog(store.problems()), {}));
    expect(store.problems()).toHaveLength(1);
  });
});

/** The triggers and indexes (but a constraint's) on the problems table of the log at `file`, by name. */
const schemaObjects = (file: string): string[] =>
  rawColumn(file, "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index') AND tbl_name = 'problems' AND sql IS NOT NULL ORDER BY name");
