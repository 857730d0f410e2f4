// The entity declarations against the schema the migrations build: a column declared without its
// migration, or migrated without its declaration, fails here before it fails on a learner's log.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_ENTITIES } from '../../src/log/entities.js';
import type { Field } from '../../src/log/fields.js';
import { openDatabase } from '../../src/store/open.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

function freshDatabase() {
  const db = openDatabase(path.join(tempDir(), 'coach.db'));
  onCleanup(() => db.close());
  return db;
}

const byName = <T extends { name: string }>(list: T[]): T[] => [...list].sort((a, b) => a.name.localeCompare(b.name));

describe('the migrated schema', () => {
  it.each(LOG_ENTITIES.map((e) => [e.table, e] as const))('has exactly the declared columns of %s', (table, entity) => {
    const db = freshDatabase();
    const actual = db.prepare<[], ColumnInfo>(`SELECT name, type, "notnull", pk FROM pragma_table_info('${table}')`).all();
    // SQLite lets a non-INTEGER primary key hold NULL unless it says NOT NULL; coach never writes one.
    const migrated = actual.map((c) => ({ name: c.name, type: c.type, nullable: c.notnull === 0 && c.pk === 0 }));
    const fields: Field<unknown>[] = Object.values(entity.fields);
    const declared = fields.flatMap((f) => f.columns.map((c) => ({ ...c })));
    expect(byName(migrated)).toEqual(byName(declared));
  });

  it('has no log table without a declaration', () => {
    const db = freshDatabase();
    const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all();
    // The kept problem totals are derived from the problems table by its triggers (migration 7).
    // So are the revisit cards, from the problems and revisits by FSRS (migration 9).
    const bookkeeping = ['settings', 'actions', 'action_rows', 'problem_totals', 'problem_days', 'cards', 'cards_dirty'];
    expect(tables.filter((t) => !bookkeeping.includes(t)).sort()).toEqual(LOG_ENTITIES.map((e) => e.table).sort());
  });

  it('holds completions to no UNIQUE block_id: the matching rule decides what is done, not the positional id', () => {
    const db = freshDatabase();
    const unique = db
      .prepare<[], string>("SELECT name FROM pragma_index_list('completions') WHERE \"unique\" = 1 AND origin != 'pk'")
      .pluck()
      .all();
    expect(unique).toEqual([]);
    expect(db.prepare<[], string>("SELECT name FROM pragma_index_list('skips') WHERE \"unique\" = 1 AND origin = 'u'").pluck().all()).toHaveLength(1);
  });
});

describe('indexes that keep reads flat as the log grows', () => {
  const plan = (sql: string): string => {
    const db = freshDatabase();
    return db.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all().map((r) => r.detail).join('\n');
  };

  it('dsa stats tallies problems from an index that covers what it reads', () => {
    expect(plan('SELECT difficulty, topics, count(*) AS n, min(date) AS first FROM problems GROUP BY difficulty, topics'))
      .toMatch(/USING COVERING INDEX problems_stats/);
  });

  it("a review reads its week's problems and the week before's tally from the date index alone", () => {
    const week = "FROM problems WHERE date >= '2026-03-02' AND date <= '2026-03-08'";
    expect(plan(`SELECT date, difficulty, topics ${week} ORDER BY date, created_at, rowid`)).toMatch(/USING COVERING INDEX problems_date/);
    expect(plan(`SELECT difficulty, topics, count(*) AS n, min(date) AS first ${week} GROUP BY difficulty, topics`)).toMatch(/USING COVERING INDEX problems_date/);
  });

  it("a track's completions are found without scanning other tracks' rows", () => {
    expect(plan("SELECT * FROM completions WHERE track = 'go'")).toMatch(/USING INDEX completions_track/);
  });
});
