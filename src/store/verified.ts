// Which state of coach.db last passed `PRAGMA quick_check`, so that an open of an unchanged file
// can skip reading every page of a large log. A stamp, never trusted blindly: same inode, size,
// mtime and change time, no WAL left behind, and taken long enough after the last change that
// a coarse file-system clock could not hide a later one.
import fs from 'node:fs';
import path from 'node:path';

/** How long after a change a stamp stays "racy" (as the parse cache's RACY_MS, for the same reason). */
const RACY_MS = 2000;

interface Stamp {
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
}

/** Where the stamp of `file` is kept: beside the parse cache, so the data folder holds only the log. */
export function stampPath(file: string): string {
  return path.join(path.dirname(file), 'cache', `${path.basename(file)}.checked.json`);
}

/** The file's stamp now, or null when it cannot be read or has a WAL not yet checkpointed into it. */
function currentStamp(file: string): { stamp: Stamp; mtimeMs: number } | null {
  try {
    if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) return null;
    if (fs.existsSync(`${file}-journal`)) return null;
    const st = fs.statSync(file, { bigint: true });
    return {
      stamp: { ino: String(st.ino), size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs) },
      mtimeMs: Number(st.mtimeMs),
    };
  } catch {
    return null;
  }
}

/** The state of `file` a check is about to read (see rememberGood), or null as currentStamp. */
export interface FileState {
  readonly stamp: Stamp;
}

export function fileState(file: string): FileState | null {
  return file === ':memory:' ? null : currentStamp(file);
}

const same = (a: Stamp, b: Partial<Stamp>): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

/** Whether `file` is byte for byte in a state that passed the integrity check before. */
export function knownGood(file: string): boolean {
  if (file === ':memory:') return false;
  const now = currentStamp(file);
  if (!now) return false;
  try {
    const saved = JSON.parse(fs.readFileSync(stampPath(file), 'utf8')) as Partial<Stamp> | null;
    return typeof saved === 'object' && saved !== null && same(now.stamp, saved);
  } catch {
    return false;
  }
}

/**
 * Remember that `file` passed the check as it is now. A file changed within RACY_MS is not
 * stamped: another change in the same clock tick would leave the stamp the same. Best effort:
 * a read-only data folder only costs the check on the next open.
 */
export function rememberGood(file: string, nowMs: number, checked?: FileState): void {
  if (file === ':memory:') return;
  const now = currentStamp(file);
  if (!now || now.mtimeMs >= nowMs - RACY_MS) return;
  // Where the caller read the file in a known state, only that state passed the check.
  if (checked && !same(now.stamp, checked.stamp)) return;
  const target = stampPath(file);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(now.stamp));
    fs.renameSync(tmp, target);
  } catch {
    // Only speed is lost.
  }
}

/** Forget the stamp (after the log was found corrupt), so the next open checks every page again. */
export function forgetGood(file: string): void {
  if (file === ':memory:' || file === '') return;
  try {
    fs.rmSync(stampPath(file), { force: true });
  } catch {
    // Nothing was there to trust.
  }
}
