// The settings as the store keeps them: whether a log exists, and the typed settings read from it.
// Light on purpose: commands call `hasLog` before deciding to load SQLite at all.
import fs from 'node:fs';
import path from 'node:path';
import { fromRows, type Settings } from '../log/settings.js';
import type { Store } from './store.js';

export function dbFile(dataDir: string): string {
  return path.join(dataDir, 'coach.db');
}

/** Whether `coach init` has run (a log exists). */
export function hasLog(dataDir: string): boolean {
  return fs.existsSync(dbFile(dataDir));
}

export function settingsOf(store: Store): Settings | null {
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
