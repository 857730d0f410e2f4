// Where coach keeps its data: apart from paths.ts so that the start-up loader (src/start.ts) can
// find the data folder's cache without computing the package's own paths first.
import os from 'node:os';
import path from 'node:path';

/** The data folder: COACH_HOME, else the platform's per-user data directory. */
export function dataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string {
  if (env.COACH_HOME) return path.resolve(env.COACH_HOME);
  const home = env.HOME || env.USERPROFILE || os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'coach');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'coach', 'Data');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'coach');
}
