// Schema 8: the practice log (`coach log KIND`): machine coding, designs, mocks, theory sessions and
// projects. `block_id` names the block a row was logged from, so a block is never counted twice.
import type { Migration } from './migration.js';

const SQL = `
CREATE TABLE practice (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('machine-coding','design','mock','theory','project')),
  date TEXT NOT NULL,
  title TEXT NULL,
  mock_type TEXT NULL CHECK (mock_type IN ('coding','machine-coding','design','behavioral')),
  minutes INTEGER NULL,
  score INTEGER NULL CHECK (score BETWEEN 1 AND 5),
  rating TEXT NULL CHECK (rating IN ('again','hard','good','easy')),
  url TEXT NULL,
  block_id TEXT NULL,
  note TEXT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX practice_date ON practice (date);
CREATE INDEX practice_block ON practice (block_id);
`;

export const practice: Migration = { version: 8, name: 'practice', up: (db) => db.exec(SQL) };
