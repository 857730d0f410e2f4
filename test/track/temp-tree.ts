// Helpers for tests that need track files on disk: a temp folder filled from a path → content map.
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp-dir.js';

/** A fresh temp folder (removed after the test) holding `files`: relative path → text or bytes. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(root, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

export interface TrackTextOptions {
  /** Front matter lines, e.g. `{ id: 'go', week: 3 }`; omitted entirely when empty. */
  frontMatter?: Record<string, string | number>;
  /** Day titles, in order: Day 1, Day 2, ... */
  days?: string[];
}

/** A small, valid track file: an overview table and one 60-minute block per day. */
export function trackText({ frontMatter = {}, days = ['Warm-up'] }: TrackTextOptions = {}): string {
  const fm = Object.entries(frontMatter);
  const head = fm.length > 0 ? ['---', ...fm.map(([k, v]) => `${k}: ${v}`), '---', ''] : [];
  const overview = ['### Weekly Overview Table', '', '| Day | Focus |', '|-----|-------|', ...days.map((t, i) => `| ${i + 1} | ${t} |`), ''];
  const sections = days.flatMap((t, i) => [
    `### Day ${i + 1} – ${t}`, '', '#### 4-Hour Plan', '', '- **Block 1 (DSA – 60 min)**', '  - Two problems.', '',
  ]);
  return [...head, ...overview, ...sections].join('\n');
}
