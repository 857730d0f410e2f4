// Where coach keeps its data and where the bundled track lives.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The data folder: COACH_HOME, else the platform's per-user data directory. */
export function dataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (env.COACH_HOME) return path.resolve(env.COACH_HOME);
  const home = env.HOME || env.USERPROFILE || os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'coach');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'coach', 'Data');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'coach');
}

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
