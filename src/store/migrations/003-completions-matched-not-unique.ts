// Schema 3: a completion marks the block the matching rule (src/log/attach.ts) gives it, not the block
// that holds its positional id now, so block_id is no longer UNIQUE: after an edit of the track a new
// block may take the id an older completion still holds. SQLite cannot drop a constraint, so the
// table is rebuilt, every row and index kept.
import type { Migration } from './migration.js';

const SQL = `
CREATE TABLE completions_v3 (
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
  minutes INTEGER NULL,
  note TEXT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO completions_v3 (id, block_id, date, track, week, day, plan, label, category, title, planned_min, planned_max, minutes, note, created_at)
  SELECT id, block_id, date, track, week, day, plan, label, category, title, planned_min, planned_max, minutes, note, created_at
  FROM completions ORDER BY rowid;
DROP TABLE completions;
ALTER TABLE completions_v3 RENAME TO completions;
CREATE INDEX completions_date ON completions (date);
CREATE INDEX completions_block ON completions (block_id);
`;

export const completionsMatchedNotUnique: Migration = {
  version: 3,
  name: 'completions matched, block_id not unique',
  up: (db) => db.exec(SQL),
};
