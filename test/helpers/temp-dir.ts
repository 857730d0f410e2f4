// Temporary folders for tests that need real files; removed after each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
const cleanups: Array<() => void> = [];

afterEach(() => {
  // Close handles before removing their files (Windows refuses otherwise).
  for (const fn of cleanups.splice(0)) fn();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-test-'));
  made.push(dir);
  return dir;
}

/** Run `fn` after the current test, before its folders are removed. */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}
