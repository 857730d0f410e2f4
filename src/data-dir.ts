// Where coach keeps its data: apart from paths.ts so that the start-up loader (src/start.ts) can
// find the data folder's cache without computing the package's own paths first.
import fs from 'node:fs';
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

/**
 * Whether `file` is one of coach's own files in the data folder `dir`: the log (`coach.db` and the
 * files SQLite keeps beside it), the status line's state, or anything in its cache. An export or a
 * note written over one of those would lose the learner's log.
 */
export function isCoachFile(dir: string, file: string): boolean {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const relative = path.relative(real(dir), path.join(real(path.dirname(file)), path.basename(file)));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  const [first = ''] = relative.split(path.sep);
  return /^coach\.db($|[-.])/.test(first) || first === 'status.json' || first === 'cache';
}
