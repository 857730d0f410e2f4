// The learner's choices from `coach init`, stored in the log database's settings table.
import fs from 'node:fs';
import path from 'node:path';
import type { Plan } from './track/model.js';
import type { Store } from './store/store.js';

import type { Pace } from './schedule/scheduler.js';

export type { Pace };
export const PACES: readonly Pace[] = ['calendar', 'progress'];

export interface Settings {
  track: string | null;
  plan: Plan;
  /** First study date, YYYY-MM-DD. */
  start: string | null;
  /** The track week the learner started at. */
  week: number | null;
  pace: Pace;
  /** Absolute content folder, or null for the bundled track. */
  content: string | null;
  /** Hour (0–23) at which a new study day begins. */
  rollover: number;
}

export const DEFAULT_ROLLOVER = 4;

export function dbFile(dataDir: string): string {
  return path.join(dataDir, 'coach.db');
}

/** Typed settings from the raw key/value rows; unknown or damaged values fall back to defaults. */
export function fromRows(rows: Record<string, string>): Settings {
  const int = (v: string | undefined): number | null => (v !== undefined && /^\d+$/.test(v) ? Number(v) : null);
  const rollover = int(rows.rollover);
  return {
    track: rows.track ?? null,
    plan: rows.plan === '6h' ? '6h' : '4h',
    start: rows.start ?? null,
    week: int(rows.week),
    pace: rows.pace === 'progress' ? 'progress' : 'calendar',
    content: rows.content || null,
    rollover: rollover !== null && rollover < 24 ? rollover : DEFAULT_ROLLOVER,
  };
}

export function toRows(s: Partial<Settings>): Record<string, string> {
  const rows: Record<string, string> = {};
  if (s.track !== undefined && s.track !== null) rows.track = s.track;
  if (s.plan !== undefined) rows.plan = s.plan;
  if (s.start !== undefined && s.start !== null) rows.start = s.start;
  if (s.week !== undefined && s.week !== null) rows.week = String(s.week);
  if (s.pace !== undefined) rows.pace = s.pace;
  if (s.content !== undefined) rows.content = s.content ?? '';
  if (s.rollover !== undefined) rows.rollover = String(s.rollover);
  return rows;
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
  const { openStore } = await import('./store/store.js');
  const store = openStore(dataDir);
  try {
    return settingsOf(store);
  } finally {
    store.close();
  }
}
