// Loading tracks for the daily commands: each file's parse from the cache while the file is
// unchanged, else parsed again, that file alone. The tracks are listed from the cache's index and
// each is read in full only when asked for, so a warm run costs the same for 30 files or 500. The
// parser (remark, gray-matter) is imported only on a miss, keeping `coach today` fast.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from './assemble.js';
import { cacheDir, fileHash, hasIndex, outlineLine, RACY_MS, readIndex, readStampedEntry, sameStamp, writeEntry, writeIndex } from './cache-files.js';
import type { CacheIndex, IndexRecord } from './cache-shape.js';
import { curriculum, type Curriculum } from './curriculum.js';
import { discover, type FileStamp } from './discover.js';
import { parserFingerprint } from './fingerprint.js';
import type { ParsedFile } from './parse.js';
import { carryTrack, defaultParse, grouping, parseOne, recordOf, type ParseFn } from './records.js';

export type { Curriculum, ListedTrack } from './curriculum.js';
export type { ParseFn } from './records.js';

export interface LoadOptions {
  /** The parser's fingerprint; the one in use by default. */
  parser?: string;
  parse?: ParseFn;
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
    // practice/ too: the front matter's `targets:` are checked by its rules.
    computed = parserFingerprint([here, path.join(here, '..', 'text'), path.join(here, '..', 'practice')], path.join(here, '..', '..'));
  }
  return computed;
}

/** The parse a file's entry holds, if it was made of the file's stamps and bytes as they are now. */
function keptEntry(dir: string, parser: string, stamp: FileStamp, startedMs: number): { record: IndexRecord; parsed: ParsedFile } | null {
  const entry = readStampedEntry(dir, parser, stamp);
  if (!entry || fileHash(stamp.path) !== entry.hash) return null;
  return { record: recordOf(stamp, entry.hash, entry.parsed, startedMs), parsed: entry.parsed };
}

/** Whether a record still describes the file: the same stamps, and a racy file's bytes unchanged. */
function current(record: IndexRecord | undefined, now: FileStamp): record is IndexRecord {
  return record !== undefined && now.size >= 0 && sameStamp(record, now) && (!record.racy || fileHash(now.path) === record.hash);
}

/** Tracks under `contentPath`, cached in `dataDir` (null: no cache). */
export async function loadCatalog(contentPath: string, dataDir: string | null, opts: LoadOptions = {}): Promise<Curriculum> {
  const parser = opts.parser ?? currentParser();
  const root = path.resolve(contentPath);
  const startedMs = Date.now();
  const stamps = discover(root);
  const dir = dataDir ? cacheDir(dataDir, root) : null;
  const read = dir ? readIndex(dir, parser, root) : null;
  const index = read?.index ?? null;
  const known = new Map<string, number>();
  if (index) for (let i = 0; i < index.files.length; i++) known.set((index.files[i] as IndexRecord).path, i);

  let parse: ParseFn | undefined = opts.parse;
  const fresh = new Map<string, ParsedFile>();
  let changed = index === null || index.files.length !== stamps.length;
  const records: IndexRecord[] = [];
  /** Where each record's outline line comes from: the line of the index read, or a parse. */
  const lineFrom: (number | ParsedFile)[] = [];
  for (const stamp of stamps) {
    const at = known.get(stamp.path);
    const record = at === undefined ? undefined : index?.files[at];
    if (at !== undefined && current(record, stamp)) {
      known.delete(stamp.path);
      lineFrom.push(at);
      if (record.racy && stamp.mtimeMs < startedMs - RACY_MS) {
        // Its bytes were just found unchanged, and its mtime is now safely in the past.
        const settled: IndexRecord = { ...record };
        delete settled.racy;
        records.push(settled);
        changed = true;
      } else records.push(record);
      continue;
    }
    // An entry another run wrote for the file as it is now (after a lost index, or its own edit).
    let one = dir ? keptEntry(dir, parser, stamp, startedMs) : null;
    if (!one) {
      parse ??= await defaultParse();
      one = parseOne(stamp, startedMs, parse);
      if (dir) writeEntry(dir, { ...one.record, parser, parsed: one.parsed });
    }
    fresh.set(stamp.path, one.parsed);
    records.push(carryTrack(record, one.record));
    lineFrom.push(one.parsed);
    changed = true;
  }
  if (!changed && read) return curriculum(read.index, read.line, dir, fresh, startedMs, opts.parse);
  // Kept records keep their outline lines as written: a spoilt one is found, and mended, when read.
  const line = (i: number): string => {
    const from = lineFrom[i] as number | ParsedFile;
    return typeof from === 'number' ? (read?.line(from) ?? '') : outlineLine(from);
  };
  const now: CacheIndex = { parser, root, files: records, ...grouping(records) };
  if (dir) writeIndex(dir, now, records.map((_, i) => line(i)), [...known.keys()].filter((p) => !fresh.has(p)));
  return curriculum(now, line, dir, fresh, startedMs, opts.parse);
}

/**
 * For `coach validate`, which parses from scratch: every file under `contentPath` (as `discover`
 * stamped them) parsed, and that parse put in the cache of `dataDir` when it has one for
 * `contentPath`: it is the freshest parse there is.
 */
export async function parseAll(contentPath: string, stamps: readonly FileStamp[], dataDir: string, opts: LoadOptions = {}): Promise<Catalog> {
  const parser = opts.parser ?? currentParser();
  const root = path.resolve(contentPath);
  const startedMs = Date.now();
  const parse = opts.parse ?? (await defaultParse());
  const done: { record: IndexRecord; parsed: ParsedFile }[] = [];
  for (const stamp of stamps) done.push(parseOne(stamp, startedMs, parse));
  const dir = cacheDir(dataDir, root);
  if (hasIndex(dir)) {
    for (const one of done) writeEntry(dir, { ...one.record, parser, parsed: one.parsed });
    const listed = new Set(stamps.map((s) => s.path));
    const before = readIndex(dir, parser, root)?.index.files ?? [];
    const gone = before.map((r) => r.path).filter((p) => !listed.has(p));
    const previous = new Map(before.map((r) => [r.path, r]));
    const records = done.map((d) => carryTrack(previous.get(d.record.path), d.record));
    writeIndex(dir, { parser, root, files: records, ...grouping(records) }, done.map((d) => outlineLine(d.parsed)), gone);
  }
  const { assemble } = await import('./assemble.js');
  return assemble(done.map((d) => d.parsed));
}
