// Where coach keeps its data and where the bundled track lives.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export { dataDir } from './data-dir.js';

/** The folder holding coach's package.json: found by walking up, as the built code may be bundled one level deeper. */
function findPackageRoot(): string {
  const start = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.dirname(start);
  }
}

export const PACKAGE_ROOT = findPackageRoot();

/** The track that ships with coach (`content/` at the package root). */
export const BUNDLED_CONTENT = path.join(PACKAGE_ROOT, 'content');

/** Content folder: --content > COACH_CONTENT > saved setting > bundled track. */
export function contentPath(flag: string | undefined, env: NodeJS.ProcessEnv, saved: string | null | undefined, cwd: string): string {
  if (flag) return path.resolve(cwd, flag);
  if (env.COACH_CONTENT) return path.resolve(cwd, env.COACH_CONTENT);
  if (saved) return saved;
  return BUNDLED_CONTENT;
}
