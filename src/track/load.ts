// Loading tracks for the daily commands: from the cache when no file changed, else by parsing.
// The parser (remark, gray-matter) is imported only on a cache miss, keeping `coach today` fast.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from './assemble.js';
import { discover, type FileStamp } from './discover.js';
import { fnv1a, parserFingerprint } from './fingerprint.js';
import { loadMarkdown } from './markdown.js';
import { readTrackFile } from './track-file.js';
import { isCatalog } from './cache-shape.js';

/** A file's stamp as cached; `hash` is there when the file was racy (see `RACY_MS`) when cached. */
interface CachedStamp extends FileStamp {
  hash?: string;
}

interface CacheFile {
  /** The parser that wrote it (see fingerprint.ts); any other parser ignores the file. */
  parser: string;
  root: string;
  stamps: CachedStamp[];
  catalog: Catalog;
}

/**
 * How long after a file's mtime an edit could still leave the stamp unchanged: filesystems with
 * coarse timestamps (FAT's two seconds, one second on HFS+, ext2 and some network mounts) give
 * an edit in the same tick the same mtime. A file modified this recently when cached is "racy"
 * (as git calls it for its index): its content hash is cached too and checked on every load.
 */
const RACY_MS = 2000;

// The bundle has it computed at build time (scripts/bundle.mjs); unbundled code, as the tests
// run it, computes it from the folders beside this file.
declare const __PARSER_FINGERPRINT__: string | undefined;

let computed: string | undefined;

/** The fingerprint of the parser in use. */
export function currentParser(): string {
  if (typeof __PARSER_FINGERPRINT__ === 'string') return __PARSER_FINGERPRINT__;
  if (computed === undefined) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    computed = parserFingerprint([here, path.join(here, '..', 'text')], path.join(here, '..', '..'));
  }
  return computed;
}

/**
 * A hash of the file's bytes (64 bits), or null when it is not read: read as the parser reads it
 * (readTrackFile), so a FIFO, a device or an oversized file never blocks or fills memory here.
 */
function contentHash(file: string): string | null {
  const read = readTrackFile(file);
  if (!('bytes' in read)) return null;
  const text = read.bytes.toString('latin1');
  return `${fnv1a(text)}${fnv1a(text, 0x01000193)}`;
}

const isStamp = (v: unknown): v is CachedStamp => {
  const s = v as Partial<CachedStamp> | null;
  return typeof s === 'object' && s !== null && typeof s.path === 'string' && typeof s.mtimeMs === 'number' &&
    typeof s.size === 'number' && typeof s.ctimeMs === 'number' && typeof s.ino === 'number' &&
    (s.hash === undefined || typeof s.hash === 'string');
};

/** Whether the files are as cached: same stamps, and a racy file's bytes unchanged. */
function sameFiles(now: readonly FileStamp[], cached: readonly CachedStamp[]): boolean {
  return now.length === cached.length && now.every((s, i) => {
    const o = cached[i];
    return o !== undefined && o.path === s.path && o.mtimeMs === s.mtimeMs && o.size === s.size &&
      o.ctimeMs === s.ctimeMs && o.ino === s.ino && s.size >= 0 &&
      (o.hash === undefined || o.hash === contentHash(s.path));
  });
}

/** Stamps to cache, taken at `startedMs` (before the files are read): racy files get their hash. */
function stampsToCache(stamps: readonly FileStamp[], startedMs: number): CachedStamp[] {
  return stamps.map((s) => {
    if (s.mtimeMs < startedMs - RACY_MS) return s;
    const hash = contentHash(s.path);
    return hash === null ? s : { ...s, hash };
  });
}

export function cachePath(dataDir: string, root: string): string {
  return path.join(dataDir, 'cache', `tracks-${fnv1a(root)}.json`);
}

function readCache(file: string, parser: string, root: string, stamps: readonly FileStamp[]): CacheFile | null {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null; // Missing or unreadable cache: parse instead.
  }
  // Any other shape (an old or hand-edited cache) is ignored and rewritten, never trusted.
  const c = data as Partial<CacheFile> | null;
  if (typeof c !== 'object' || c === null || c.parser !== parser || c.root !== root) return null;
  if (!Array.isArray(c.stamps) || !c.stamps.every(isStamp) || !sameFiles(stamps, c.stamps) || !isCatalog(c.catalog)) return null;
  return c as CacheFile;
}

function writeCache(file: string, data: CacheFile): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, JSON.stringify(data));
    fs.renameSync(tmp, file);
  } catch {
    // The cache is an optimisation; a read-only or full data folder only costs speed, and a
    // full one keeps no half-written file.
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing was written there.
    }
  }
}

/** Tracks under `contentPath`, cached in `dataDir` (null: no cache) for the parser `parser`. */
export async function loadCatalog(contentPath: string, dataDir: string | null, parser = currentParser()): Promise<Catalog> {
  const root = path.resolve(contentPath);
  const startedMs = Date.now();
  const stamps = discover(root);
  const file = dataDir ? cachePath(dataDir, root) : null;
  if (file) {
    const cached = readCache(file, parser, root, stamps);
    if (cached) {
      // Racy files now safely in the past: drop their hashes so later loads need not read them.
      if (cached.stamps.some((s) => s.hash !== undefined && s.mtimeMs < startedMs - RACY_MS)) {
        writeCache(file, { ...cached, stamps: stampsToCache(stamps, startedMs) });
      }
      return cached.catalog;
    }
  }
  const [{ buildCatalog }] = await Promise.all([import('./assemble.js'), loadMarkdown()]);
  const cache = file ? stampsToCache(stamps, startedMs) : [];
  const catalog = buildCatalog(stamps.map((s) => s.path));
  if (file) writeCache(file, { parser, root, stamps: cache, catalog });
  return catalog;
}

/**
 * For `coach validate`, which parses from scratch: a function that puts its catalog in the cache
 * of `contentPath`, when that cache exists. Call it before the files are read (racy files are
 * hashed now), then hand the catalog to what it returns.
 */
export function cacheRefresher(contentPath: string, dataDir: string, stamps: readonly FileStamp[], parser = currentParser()): (catalog: Catalog) => void {
  const root = path.resolve(contentPath);
  const file = cachePath(dataDir, root);
  if (!fs.existsSync(file)) return () => undefined;
  const cached = stampsToCache(stamps, Date.now());
  return (catalog) => writeCache(file, { parser, root, stamps: cached, catalog });
}
