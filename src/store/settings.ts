// The settings as the store keeps them: whether a log exists, and the typed settings read from it.
// Light on purpose: commands call `hasLog` before deciding to load SQLite at all.
import fs from 'node:fs';
import { fromRows, type Settings } from '../log/settings.js';
import { dbFile } from './db-file.js';


/** Whether `coach init` has run (a log exists). */
export function hasLog(dataDir: string): boolean {
  return fs.existsSync(dbFile(dataDir));
}

/** The typed settings of a log (any reader of its settings table), or null before `coach init`. */
export function settingsOf(store: { getSettings(): Record<string, string> }): Settings | null {
  const rows = store.getSettings();
  return Object.keys(rows).length === 0 ? null : fromRows(rows);
}

/**
 * Settings for read-only commands such as `coach plan`: null before the first `coach init`,
 * without loading SQLite at all in that case.
 */
export async function readSettings(dataDir: string): Promise<Settings | null> {
  if (!hasLog(dataDir)) return null;
  const { openStore } = await import('./store.js');
  const store = openStore(dataDir);
  try {
    return settingsOf(store);
  } finally {
    store.close();
  }
}
