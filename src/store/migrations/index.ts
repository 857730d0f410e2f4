// Numbered schema steps, one file each, listed here in order. Each runs with its `user_version` bump
// in one IMMEDIATE transaction, so a failing step leaves both the schema and the version as they
// were (Signal Desktop's model).
import type { Database } from 'better-sqlite3';
import { initialSchema } from './001-initial-schema.js';
import type { Migration } from './migration.js';
import { settingValuesInActionRows } from './002-setting-values-in-action-rows.js';
import { completionsMatchedNotUnique } from './003-completions-matched-not-unique.js';
import { removedRowsInActionRows } from './004-removed-rows-in-action-rows.js';
import { drops } from './005-drops.js';
import { indexesForStats } from './006-indexes-for-stats.js';
import { problemTotals } from './007-problem-totals.js';
import { practice } from './008-practice.js';
import { revisitCards } from './009-revisits.js';
import { timers } from './010-timers.js';
import { practiceCards } from './011-practice-cards.js';
import { problemsDateCoversEntries } from './012-problems-date-covers-entries.js';

export type { Migration } from './migration.js';

export const MIGRATIONS: readonly Migration[] = [
  initialSchema, settingValuesInActionRows, completionsMatchedNotUnique, removedRowsInActionRows, drops, indexesForStats, problemTotals,
  practice,
  revisitCards,
  timers,
  practiceCards,
  problemsDateCoversEntries,
];

/** The schema version a list of migrations brings a database to. */
export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Apply every migration newer than the database, oldest first; returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const steps = [...migrations].sort((a, b) => a.version - b.version);
  steps.forEach((m, i) => {
    if (!Number.isInteger(m.version) || m.version < 1 || m.version === steps[i - 1]?.version) {
      throw new Error(`bad migration list: version ${m.version} (${m.name})`);
    }
  });
  const applied: number[] = [];
  for (const m of steps) {
    if (m.version <= userVersion(db)) continue;
    db.transaction(() => {
      // Another process may have migrated while we waited for the write lock.
      if (m.version <= userVersion(db)) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
      applied.push(m.version);
    }).immediate();
  }
  return applied;
}
