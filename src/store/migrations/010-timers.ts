// Schema 10: focus timers (`coach start` … `coach stop`). A timer keeps a snapshot of its block as a
// completion does, and its moments as UTC timestamps, so a closed terminal or a reboot loses nothing.
import type { Migration } from './migration.js';

const SQL = `
CREATE TABLE timers (
  id TEXT PRIMARY KEY,
  block_id TEXT NOT NULL,
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
  started_at TEXT NOT NULL,
  paused_at TEXT NULL,
  paused_ms INTEGER NOT NULL CHECK (paused_ms >= 0),
  stopped_at TEXT NULL,
  minutes INTEGER NULL CHECK (minutes >= 0),
  outcome TEXT NULL CHECK (outcome IN ('done', 'open')),
  created_at TEXT NOT NULL
);
-- The running timer is found by this index: it holds only timers not stopped.
CREATE INDEX timers_running ON timers (started_at) WHERE stopped_at IS NULL;
CREATE INDEX timers_track ON timers (track, block_id);
`;

export const timers: Migration = { version: 10, name: 'timers', up: (db) => db.exec(SQL) };
