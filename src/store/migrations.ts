// Numbered schema steps. Each runs with its `user_version` bump in one IMMEDIATE transaction,
// so a failing step leaves both the schema and the version as they were (Signal Desktop's model).
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

// The snapshot columns (track … planned_max) copy the block as it was when marked done, so the
// history stays readable after the markdown is edited or a block disappears.
const V1 = `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE completions (
  id TEXT PRIMARY KEY,
  block_id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  track TEXT NOT NULL,
  week INTEGER NOT NULL,
  day INTEGER NOT NULL,
  plan TEXT NOT NULL CHECK (plan IN ('4h', '6h')),
  label TEXT NOT NULL,
  category TEXT NOT NULL,
  title TEXT NOT NULL,
  planned_min INTEGER NULL,
  planned_max INTEGER NULL,
  minutes INTEGER NULL,
  note TEXT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX completions_date ON completions (date);

CREATE TABLE problems (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  title TEXT NULL,
  difficulty TEXT NULL CHECK (difficulty IN ('easy', 'medium', 'hard')),
  topics TEXT NOT NULL DEFAULT '[]',
  url TEXT NULL,
  minutes INTEGER NULL,
  note TEXT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX problems_date ON problems (date, created_at);

CREATE TABLE skips (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE lessons (
  id TEXT PRIMARY KEY,
  track TEXT NOT NULL,
  week INTEGER NOT NULL,
  text TEXT NOT NULL,
  date TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX lessons_date ON lessons (date);
CREATE INDEX lessons_track_week ON lessons (track, week);

CREATE TABLE actions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE action_rows (
  action_id INTEGER NOT NULL REFERENCES actions (id),
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL
);
CREATE INDEX action_rows_action ON action_rows (action_id);
`;

// The value an import wrote for a setting, so undoing the import removes the setting only while
// it still holds that value: `coach init` may have changed it since, without an action of its own.
const V2 = 'ALTER TABLE action_rows ADD COLUMN value TEXT NULL';

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', up: (db) => db.exec(V1) },
  { version: 2, name: 'setting values in action_rows', up: (db) => db.exec(V2) },
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
