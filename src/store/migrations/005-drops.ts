// Schema 5: blocks let go with `coach drop`. A drop keeps a snapshot of its block as a completion
// does, so the matching rule (src/log/attach.ts) finds the block after the track is edited.
import type { Migration } from './migration.js';

const SQL = `
CREATE TABLE drops (
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
  created_at TEXT NOT NULL
);
CREATE INDEX drops_track ON drops (track, week, day);
`;

export const drops: Migration = { version: 5, name: 'drops', up: (db) => db.exec(SQL) };
