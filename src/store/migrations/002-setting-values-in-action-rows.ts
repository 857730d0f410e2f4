// Schema 2: the value an import wrote for a setting, so undoing the import removes the setting only
// while it still holds that value: `coach init` may have changed it since, without an action of its own.
import type { Migration } from './migration.js';

export const settingValuesInActionRows: Migration = {
  version: 2,
  name: 'setting values in action_rows',
  up: (db) => db.exec('ALTER TABLE action_rows ADD COLUMN value TEXT NULL'),
};
