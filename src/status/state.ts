// The status state file, `<data>/status.json`: the last status facts with what they were computed
// from, so that `coach status` on every prompt can print them without opening the log or the track.
// It is trusted only while everything it was computed from is as it was (see `stampsOf`).
import fs from 'node:fs';
import path from 'node:path';
import { dbFile } from '../store/db-file.js';
import { discover } from '../track/discover.js';
import type { StatusFacts } from './facts.js';

/** Bumped when the state's shape or the facts' meaning changes: an older file is then recomputed. */
const STATE_VERSION = 2;

/** This build of coach, set by scripts/bundle.mjs in both bundles; a new build recomputes the state. */
declare const __COACH_BUILD__: string | undefined;
const BUILD = typeof __COACH_BUILD__ === 'string' ? __COACH_BUILD__ : 'source';

/** What the facts were computed from; any difference means they may be stale. */
export interface Stamps {
  /** COACH_CONTENT as resolved, or null: another content folder is another status. */
  contentKey: string | null;
  rollover: number;
  /** The study date the facts are about. */
  date: string;
  /** Size, modification and change times (ns), inode of the log and its write-ahead log; null: absent. */
  log: (string | null)[];
  /** The content folder the track came from and its markdown files' stamps (null without a log). */
  content: string | null;
  files: string[];
}

export interface StatusState {
  version: number;
  build: string;
  stamps: Stamps;
  facts: StatusFacts;
}

export const stateFile = (dataDir: string): string => path.join(dataDir, 'status.json');

/** A file's identity and last change, to the nanosecond; null when there is none. */
function fileStamp(file: string): string | null {
  try {
    const s = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
    return s ? `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}` : null;
  } catch {
    return null;
  }
}

/** The log's files: the database, its write-ahead log, where commits land first, and a rollback journal. */
export function logFiles(dataDir: string): string[] {
  const db = dbFile(dataDir);
  return [db, `${db}-wal`, `${db}-journal`];
}

/** The log's stamps (see `logFiles`). */
export function logStamps(dataDir: string): (string | null)[] {
  return logFiles(dataDir).map(fileStamp);
}

/** Every markdown file of the content folder, or the one file. */
export const contentFiles = (content: string): string[] => discover(content).map((f) => f.path);

/** Every markdown file of the content folder (or the one file), stamped; a file added or removed changes the list. */
export function contentStamps(content: string): string[] {
  return discover(content).map((f) => `${f.path}|${f.size}:${f.mtimeMs}:${f.ctimeMs}:${f.ino}`);
}

export function readState(dataDir: string): StatusState | null {
  try {
    const state = JSON.parse(fs.readFileSync(stateFile(dataDir), 'utf8')) as StatusState;
    return state.version === STATE_VERSION && state.build === BUILD ? state : null;
  } catch {
    return null;
  }
}

/** Writes the state whole (renamed into place); a read-only or full disk only costs the next status its speed. */
export function writeState(dataDir: string, stamps: Stamps, facts: StatusFacts): void {
  const file = stateFile(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(tmp, JSON.stringify({ version: STATE_VERSION, build: BUILD, stamps, facts } satisfies StatusState));
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * How long after its last change a file's stamp can be trusted: a change in the same tick of the
 * file system's clock keeps the mtime, and may keep the size. Local file systems stamp to the
 * nanosecond from a clock that ticks every few milliseconds; one that stamps whole seconds
 * (FAT, ext3, HFS+) needs two.
 */
const racyMs = (mtimeNs: bigint): number => (mtimeNs % 1_000_000_000n === 0n ? 2000 : 20);

/**
 * The moment from which the stamps of these files (the log's, and `content`'s track files) can be
 * trusted: the latest of their changes plus the margin above. A state is written only when it is
 * stamped after that moment (git's "racily clean" index entries, avoided the same way).
 */
export function settledAt(files: readonly string[]): number {
  let latest = 0;
  for (const file of files) {
    try {
      const s = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
      if (s) latest = Math.max(latest, Number(s.mtimeNs / 1_000_000n) + racyMs(s.mtimeNs));
    } catch {
      // Gone or unreadable: its stamp says so, and any change to it shows.
    }
  }
  return latest;
}

/** The most a command waits for stamps to become trustworthy; beyond it, the state is not saved. */
const MAX_WAIT_MS = 50;

/**
 * Waits, a few milliseconds at most, until the files' stamps can be trusted, and returns the time
 * to stamp them at (the real clock: the file system's, not the context's); see `settledAt`.
 */
export async function settle(files: readonly string[]): Promise<number> {
  const wait = settledAt(files) - Date.now();
  if (wait > 0 && wait <= MAX_WAIT_MS) await new Promise((resolve) => setTimeout(resolve, wait + 1));
  return Date.now();
}

/** Whether two sets of stamps say the same. */
export function sameStamps(a: Stamps, b: Stamps | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
