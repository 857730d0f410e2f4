// Where the log lives in a data folder; a leaf, so the warm path can ask without loading SQLite.
import path from 'node:path';

export function dbFile(dataDir: string): string {
  return path.join(dataDir, 'coach.db');
}
