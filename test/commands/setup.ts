// Shared set-up for the command tests: a fixed clock, `coach init` by flags, the log of a data
// folder, and editable copies of the bundled track.
import fs from 'node:fs';
import path from 'node:path';
import { init, type InitOptions } from '../../src/commands/init.js';
import type { CompletionInput, MarkDoneResult } from '../../src/log/types.js';
import type { IsoDate } from '../../src/schedule/dates.js';
import { settingsOf } from '../../src/store/settings.js';
import { openStore, type Store } from '../../src/store/store.js';
import { buildCatalog } from '../../src/track/assemble.js';
import { discover } from '../../src/track/discover.js';
import { blocksFor, type Track } from '../../src/track/model.js';
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

/** The track the log in `store` follows, read from its content folder (the bundled one by default). */
export function trackOfLog(store: Store): Track {
  const saved = settingsOf(store);
  const catalog = buildCatalog(discover(saved?.content ?? CONTENT).map((f) => f.path));
  const track = catalog.tracks.find((t) => t.id === (saved?.track ?? 'go'));
  if (!track) throw new Error(`no track ${saved?.track} in the content`);
  return track;
}

/** Mark blocks of the log's track done by id, as `coach done` would: the snapshot is the block's own. */
export function markBlocks(store: Store, ids: readonly string[], date: IsoDate, opts: { minutes?: number; note?: string } = {}): MarkDoneResult {
  const track = trackOfLog(store);
  const items = ids.map((id): CompletionInput => {
    const [, week, day] = /\.w(\d+)\.d(\d+)\./.exec(id) ?? [];
    const block = track.weeks.flatMap((w) => w.days.flatMap((d) => blocksFor(d, '6h'))).find((b) => b.id === id);
    if (!block) throw new Error(`no block ${id}`);
    const { label, category, title, minutes, plan } = block;
    return { blockId: id, track: track.id, week: Number(week), day: Number(day), plan, label, category, title, minutes };
  });
  return store.markDone(track, items, date, opts);
}
