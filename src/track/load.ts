// Loading tracks for the daily commands: from the cache when no file changed, else by parsing.
// The parser (remark, gray-matter) is imported only on a cache miss, keeping `coach today` fast.
import fs from 'node:fs';
import path from 'node:path';
import type { Catalog } from './assemble.js';
import { discover, type FileStamp } from './discover.js';

/** Bump when the parser's output changes, so old caches are not reused. */
const CACHE_VERSION = 5;

interface CacheFile {
  version: number;
  root: string;
  stamps: FileStamp[];
  catalog: Catalog;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function sameStamps(a: readonly FileStamp[], b: readonly FileStamp[]): boolean {
  return a.length === b.length && a.every((s, i) => {
    const o = b[i];
    return o !== undefined && o.path === s.path && o.mtimeMs === s.mtimeMs && o.size === s.size && s.size >= 0;
  });
}

export function cachePath(dataDir: string, root: string): string {
  return path.join(dataDir, 'cache', `tracks-${hash(root)}.json`);
}

function readCache(file: string, root: string, stamps: readonly FileStamp[]): Catalog | null {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
    if (data.version === CACHE_VERSION && data.root === root && sameStamps(stamps, data.stamps)) return data.catalog;
  } catch {
    // Missing or unreadable cache: parse instead.
  }
  return null;
}

function writeCache(file: string, data: CacheFile): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(data));
    fs.renameSync(tmp, file);
  } catch {
    // The cache is an optimisation; a read-only data folder only costs speed.
  }
}

/** Tracks under `contentPath`, cached in `dataDir` (null: no cache). */
export async function loadCatalog(contentPath: string, dataDir: string | null): Promise<Catalog> {
  const root = path.resolve(contentPath);
  const stamps = discover(root);
  const file = dataDir ? cachePath(dataDir, root) : null;
  if (file) {
    const cached = readCache(file, root, stamps);
    if (cached) return cached;
  }
  const { buildCatalog } = await import('./assemble.js');
  const catalog = buildCatalog(stamps.map((s) => s.path));
  if (file) writeCache(file, { version: CACHE_VERSION, root, stamps, catalog });
  return catalog;
}
