// Shared set-up for the command tests: a fixed clock, `coach init` by flags, the log of a data
// folder, and editable copies of the bundled track.
import fs from 'node:fs';
import path from 'node:path';
import { init, type InitOptions } from '../../src/commands/init.js';
import { openStore, type Store } from '../../src/store/store.js';
import { CONTENT, testContext } from '../helpers/cli.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';

/** Wednesday 25 November 2026, 10:00 local time: study date 2026-11-25. */
export const NOW = new Date(2026, 10, 25, 10, 0);
export const TODAY = '2026-11-25';

/** The bundled week, as text. */
export const WEEK_11 = fs.readFileSync(path.join(CONTENT, 'go', 'week-11.md'), 'utf8');

/** Runs `coach init --yes` with `flags` in `home` (a new temp folder when not given) and returns the folder. */
export async function setUp(flags: InitOptions = {}, home = tempDir()): Promise<string> {
  await init(testContext({ home, now: NOW }).ctx, { yes: true, ...flags });
  return home;
}

/** The log in `home`, opened for the test and closed after it; writes are stamped `now`. */
export function logOf(home: string, now: Date = NOW): Store {
  const store = openStore(home, { now: () => now });
  onCleanup(() => store.close());
  return store;
}

/** The bundled week with its track id and week number changed, for content with several tracks or weeks. */
export function weekFile(track: string, week: number): string {
  return WEEK_11.replace(/^id: .*$/m, `id: ${track}-week-${week}`)
    .replace(/^track: .*$/m, `track: ${track}`)
    .replace(/^week: .*$/m, `week: ${week}`);
}

/** A temp content folder holding `files`: relative path → markdown. */
export function contentDir(files: Record<string, string>): string {
  const root = tempDir();
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

/** An editable copy of the bundled track. */
export function copyOfBundled(): string {
  return contentDir({ 'go/week-11.md': WEEK_11 });
}
