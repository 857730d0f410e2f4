// Schema 4: the row an action removed (`coach dsa rm`, `coach lesson rm`), as JSON of its columns,
// so `coach undo` can put it back exactly: same id, same values.
import type { Migration } from './migration.js';

export const removedRowsInActionRows: Migration = {
  version: 4,
  name: 'removed rows in action_rows',
  // Touches action_rows only, so it applies whether or not schema 3 (the completions table) ran first.
  up: (db) => db.exec('ALTER TABLE action_rows ADD COLUMN removed TEXT NULL'),
};
