// Loading tracks for the daily commands: from the cache when no file changed, else by parsing.
// The parser (remark, gray-matter) is imported only on a cache miss, keeping `coach today` fast.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from './assemble.js';
import { discover, type FileStamp } from './discover.js';
import { fnv1a, parserFingerprint } from './fingerprint.js';

interface CacheFile {
  /** The parser that wrote it (see fingerprint.ts); any other parser ignores the file. */
  parser: string;
  root: string;
  stamps: FileStamp[];
  catalog: Catalog;
}

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

function sameStamps(a: readonly FileStamp[], b: readonly FileStamp[]): boolean {
  return a.length === b.length && a.every((s, i) => {
    const o = b[i];
    return o !== undefined && o.path === s.path && o.mtimeMs === s.mtimeMs && o.size === s.size && s.size >= 0;
  });
}

export function cachePath(dataDir: string, root: string): string {
  return path.join(dataDir, 'cache', `tracks-${fnv1a(root)}.json`);
}

function readCache(file: string, parser: string, root: string, stamps: readonly FileStamp[]): Catalog | null {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
    if (data.parser === parser && data.root === root && sameStamps(stamps, data.stamps)) return data.catalog;
  } catch {
    // Missing or unreadable cache: parse instead.
  }
  return null;
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
  const stamps = discover(root);
  const file = dataDir ? cachePath(dataDir, root) : null;
  if (file) {
    const cached = readCache(file, parser, root, stamps);
    if (cached) return cached;
  }
  const { buildCatalog } = await import('./assemble.js');
  const catalog = buildCatalog(stamps.map((s) => s.path));
  if (file) writeCache(file, { parser, root, stamps, catalog });
  return catalog;
}
