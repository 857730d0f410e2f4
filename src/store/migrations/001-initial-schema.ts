// Schema 1: the settings, the four log tables and the action log that `coach undo` reads.
import type { Migration } from './migration.js';

// The snapshot columns (track … planned_max) copy the block as it was when marked done, so the
// history stays readable after the markdown is edited or a block disappears.
const SQL = `
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

export const initialSchema: Migration = { version: 1, name: 'initial schema', up: (db) => db.exec(SQL) };
