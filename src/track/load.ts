// Loading tracks for the daily commands: each file's parse from the cache while the file is
// unchanged, else parsed again, that file alone. The tracks are listed from the cache's index and
// each is read in full only when asked for, so a warm run costs the same for 30 files or 500. The
// parser (remark, gray-matter) is imported only on a miss, keeping `coach today` fast.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from './assemble.js';
import {
  bytesHash, cacheDir, fileHash, hasIndex, headOf, RACY_MS, readEntry, readIndex, readStampedEntry, sameStamp, writeEntry, writeIndex,
} from './cache-files.js';
import type { CacheIndex, IndexedTrack, IndexRecord } from './cache-shape.js';
import { discover, type FileStamp } from './discover.js';
import { parserFingerprint } from './fingerprint.js';
import { groupWeeks, type FileWeek, type WeekHeading } from './group.js';
import { lazyWeek, type TextSource } from './lazy-track.js';
import { loadMarkdown } from './markdown.js';
import type { Track, Week } from './model.js';
import { fitsOutline, outlineOf } from './outline.js';
import type { ParsedFile } from './parse.js';
import { readTrackFile, type TrackFileRead } from './track-file.js';

/** A track as listed before it is read: enough to choose it. */
export interface ListedTrack {
  id: string;
  title: string;
  /** Its week numbers, in order. */
  weeks: number[];
}

/** The tracks of a content folder: all listed, each read in full when asked for. */
export interface Curriculum {
  /** Sorted by id. */
  tracks: ListedTrack[];
  /** Error diagnostics in the files (`coach validate` lists them). */
  errors: number;
  files: number;
  /** The track `id`, one of `tracks`, with every week. */
  track(id: string): Promise<Track>;
  /**
   * The track `id` with every week's days and blocks, each week's texts read from its cache entry
   * when first asked for (see lazy-track.ts). Read it inside `settle`.
   */
  lazyTrack(id: string): Promise<Track>;
  /**
   * `use(track)`, as it comes out once it ran with every text it read there: a lazy track's week
   * whose entry could not be used is parsed again and `use` runs again, on the track with that
   * week in full. So `use` must be pure (what it returns is all it does). Any other track: `use(track)`.
   */
  settle<T>(track: Track, use: (track: Track) => T): Promise<T>;
}

/** Turns one file's bytes into its parse: `parseRead` from assemble.ts, unless a test counts calls. */
export type ParseFn = (file: string, read: TrackFileRead) => ParsedFile;

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

async function defaultParse(): Promise<ParseFn> {
  const [{ parseRead }] = await Promise.all([import('./assemble.js'), loadMarkdown()]);
  return parseRead;
}

/** Reads and parses one file, as stamped by `discover` just before (at `startedMs`). */
function parseOne(stamp: FileStamp, startedMs: number, parse: ParseFn): { record: IndexRecord; parsed: ParsedFile } {
  const read = readTrackFile(stamp.path);
  const parsed = parse(stamp.path, read);
  return { record: recordOf(stamp, bytesHash('bytes' in read ? read.bytes : null), parsed, startedMs), parsed };
}

function recordOf(stamp: FileStamp, hash: string, parsed: ParsedFile, startedMs: number): IndexRecord {
  const { path: file, mtimeMs, size, ctimeMs, ino } = stamp;
  const record: IndexRecord = {
    path: file, mtimeMs, size, ctimeMs, ino, hash, head: headOf(parsed),
    errors: parsed.diagnostics.filter((d) => d.severity === 'error').length,
    outline: parsed.track && parsed.week ? outlineOf(parsed.week) : null,
  };
  if (mtimeMs >= startedMs - RACY_MS) record.racy = true;
  return record;
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
  const index = dir ? readIndex(dir, parser, root) : null;
  const known = new Map(index?.files.map((r) => [r.path, r]));

  let parse: ParseFn | undefined = opts.parse;
  const fresh = new Map<string, ParsedFile>();
  let changed = index === null || index.files.length !== stamps.length;
  const records: IndexRecord[] = [];
  for (const stamp of stamps) {
    const record = known.get(stamp.path);
    if (current(record, stamp)) {
      known.delete(stamp.path);
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
    records.push(one.record);
    changed = true;
  }
  if (!changed && index) return curriculum(index, dir, fresh, startedMs, opts.parse);
  const now: CacheIndex = { parser, root, files: records, ...grouping(records) };
  if (dir) writeIndex(dir, now, [...known.keys()].filter((p) => !fresh.has(p)));
  return curriculum(now, dir, fresh, startedMs, opts.parse);
}

/** The records' weeks grouped into tracks (see `groupWeeks`), and the files' errors counted. */
function grouping(records: readonly IndexRecord[]): Pick<CacheIndex, 'tracks' | 'errors'> {
  const weeks: FileWeek<WeekHeading>[] = records.map((r) => ({
    file: r.path,
    track: r.head && { id: r.head.track },
    week: r.head && { number: r.head.week, title: r.head.title, file: r.path },
    diagnostics: [],
  }));
  const grouped = groupWeeks(weeks);
  const tracks: IndexedTrack[] = grouped.tracks.map((t) => ({ id: t.id, title: t.title, weeks: t.weeks.map((w) => ({ number: w.number, file: w.file })) }));
  return { tracks, errors: records.reduce((n, r) => n + r.errors, 0) + grouped.diagnostics.length };
}

/** The tracks the index lists, each read from its files' entries (or parsed again) on demand. */
function curriculum(index: CacheIndex, dir: string | null, fresh: Map<string, ParsedFile>, startedMs: number, parseFn?: ParseFn): Curriculum {
  const byPath = new Map(index.files.map((r) => [r.path, r]));
  const loaded = new Map<string, Promise<Track>>();
  const lazy = new WeakMap<Track, { id: string; misses: Set<string> }>();

  /** Parses a file again (its entry lost or spoilt); the parse serves the rest of the run. */
  const reparse = async (record: IndexRecord): Promise<ParsedFile> => {
    const one = parseOne(record, startedMs, parseFn ?? (await defaultParse()));
    // Cached under the record's stamps: if the file changed meanwhile, its hash will not match.
    if (dir) writeEntry(dir, { ...one.record, parser: index.parser, parsed: one.parsed });
    fresh.set(record.path, one.parsed);
    return one.parsed;
  };

  /** One file's parse: made this run, else its entry, else parsed again. */
  const parsedOf = async (record: IndexRecord): Promise<ParsedFile> =>
    fresh.get(record.path) ?? (dir ? readEntry(dir, index.parser, record) : null) ?? (await reparse(record));

  const listedTrack = (id: string): IndexedTrack => {
    const listed = index.tracks.find((t) => t.id === id);
    if (!listed) throw new Error(`no track "${id}" in this curriculum`);
    return listed;
  };

  // A file reparsed this run describes what it held a moment ago: it keeps its place only as that week of this track.
  const weekOf = (p: ParsedFile, id: string, number: number | undefined): Week[] => (p.week && p.track?.id === id && p.week.number === number ? [p.week] : []);

  const read = async (id: string): Promise<Track> => {
    const listed = listedTrack(id);
    const parsed = await Promise.all(listed.weeks.map((w) => parsedOf(byPath.get(w.file) as IndexRecord)));
    return { id, title: listed.title, weeks: parsed.flatMap((p, i) => weekOf(p, id, listed.weeks[i]?.number)) };
  };

  /** The lazy track: weeks parsed this run in full, the others from their outlines. */
  const outlined = (id: string): Track => {
    const listed = listedTrack(id);
    const misses = new Set<string>();
    const source: TextSource = (file) => {
      const record = byPath.get(file);
      const parsed = record && dir ? readEntry(dir, index.parser, record) : null;
      if (parsed?.week && record?.outline && fitsOutline(parsed.week, record.outline)) return parsed.week;
      misses.add(file);
      return null;
    };
    const weeks: Week[] = [];
    for (const w of listed.weeks) {
      const p = fresh.get(w.file);
      const record = byPath.get(w.file) as IndexRecord;
      if (p) weeks.push(...weekOf(p, id, w.number));
      else if (record.head && record.outline) weeks.push(lazyWeek(id, w.number, record.head.title, w.file, record.outline, source));
    }
    const track = { id, title: listed.title, weeks };
    lazy.set(track, { id, misses });
    return track;
  };

  return {
    tracks: index.tracks.map((t) => ({ id: t.id, title: t.title, weeks: t.weeks.map((w) => w.number) })),
    errors: index.errors,
    files: index.files.length,
    track: (id) => {
      let track = loaded.get(id);
      if (!track) loaded.set(id, (track = read(id)));
      return track;
    },
    lazyTrack: async (id) => {
      // A week the index lists without an outline (never written so) is parsed before it is needed.
      for (const w of listedTrack(id).weeks) {
        const record = byPath.get(w.file) as IndexRecord;
        if (!fresh.has(w.file) && (!record.head || !record.outline)) await reparse(record);
      }
      return outlined(id);
    },
    settle: async (track, use) => {
      for (;;) {
        const result = use(track);
        const made = lazy.get(track);
        if (!made || made.misses.size === 0) return result;
        for (const file of made.misses) await reparse(byPath.get(file) as IndexRecord);
        track = outlined(made.id);
      }
    },
  };
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
    const gone = (readIndex(dir, parser, root)?.files ?? []).map((r) => r.path).filter((p) => !listed.has(p));
    const records = done.map((d) => d.record);
    writeIndex(dir, { parser, root, files: records, ...grouping(records) }, gone);
  }
  const { assemble } = await import('./assemble.js');
  return assemble(done.map((d) => d.parsed));
}
