// The tracks of a content folder as the parse cache's index lists them: each read in full from its
// files' entries, or lazily (see lazy-track.ts), parsed again where the cache cannot serve.
import { outlineLine, readEntry, readOutline, readTexts, writeEntry, writeIndex } from './cache-files.js';
import type { CacheIndex, IndexedTrack, IndexRecord } from './cache-shape.js';
import { lazyWeek, type WeekSource } from './lazy-track.js';
import type { Track, Week } from './model.js';
import { weekFits, type Outline } from './outline.js';
import type { ParsedFile } from './parse.js';
import { carryTrack, defaultParse, grouping, isUnreadable, parseOne, type ParseFn } from './records.js';

/** A track as listed before it is read: enough to choose it. */
export interface ListedTrack {
  id: string;
  title: string;
  /** Its week numbers, in order. */
  weeks: number[];
}

/** A file of the folder that could not be read as a track file, and why (its first error). */
export interface UnreadableFile {
  file: string;
  problem: string;
}

/** The tracks of a content folder: all listed, each read in full when asked for. */
export interface Curriculum {
  /** Sorted by id. */
  tracks: ListedTrack[];
  /** Error diagnostics in the files (`coach validate` lists them). */
  errors: number;
  files: number;
  /**
   * Files with errors that gave no week (empty, not UTF-8, over a limit, broken front matter...)
   * that may be a week of track `id`: one missing moves every later week up. Such a file cannot
   * say which track it belongs to: it concerns the track it was a week of when last read well
   * (see `carryTrack`), else every track. Read from the index alone while there is none.
   */
  unreadable(id: string): Promise<UnreadableFile[]>;
  /** The track `id`, one of `tracks`, with every week. */
  track(id: string): Promise<Track>;
  /**
   * The track `id` with every week's days, each week's blocks read from its outline, their labels
   * and titles from the week's texts, and its other texts from its cache entry when first asked
   * for (see lazy-track.ts). Read it inside `settle`.
   */
  lazyTrack(id: string): Promise<Track>;
  /**
   * `use(track)`, as it comes out once it ran with every text it read there: a lazy track's week
   * whose outline or entry could not be used is read in full (from its entry, else parsed again)
   * and `use` runs again, on the track with that week in full. So `use` must be pure (what it returns is all it does). Any other track: `use(track)`.
   */
  settle<T>(track: Track, use: (track: Track) => T): Promise<T>;
}

/**
 * The tracks the index lists, each read from its files' entries (or parsed again) on demand;
 * `line(i)` is the outline line of `index.files[i]`.
 */
export function curriculum(index: CacheIndex, line: (i: number) => string, dir: string | null, fresh: Map<string, ParsedFile>, startedMs: number, parseFn?: ParseFn): Curriculum {
  const recordAt = (i: number): IndexRecord => index.files[i] as IndexRecord;
  // Where each file is in the index, for the few weeks looked into: made when first needed.
  let at: Map<string, number> | undefined;
  const positionOf = (file: string): number => {
    if (!at) {
      at = new Map();
      for (let i = 0; i < index.files.length; i++) at.set(recordAt(i).path, i);
    }
    return at.get(file) as number;
  };
  const recordOf = (file: string): IndexRecord => recordAt(positionOf(file));
  const loaded = new Map<string, Promise<Track>>();
  const lazy = new WeakMap<Track, { id: string; misses: Set<string> }>();
  /** Files whose outline line was found spoilt (the index is then mended), and the records of files parsed again. */
  const spoilt = new Set<string>();
  let mended = 0;
  const remade = new Map<string, IndexRecord>();

  /** Parses a file again (its entry lost or spoilt); the parse serves the rest of the run. */
  const reparse = async (record: IndexRecord): Promise<ParsedFile> => {
    const one = parseOne(record, startedMs, parseFn ?? (await defaultParse()));
    // Cached under the record's stamps: if the file changed meanwhile, its hash will not match.
    if (dir) writeEntry(dir, { ...one.record, parser: index.parser, parsed: one.parsed });
    fresh.set(record.path, one.parsed);
    remade.set(record.path, carryTrack(record, one.record));
    return one.parsed;
  };

  /** Writes the index again, with the outline lines found spoilt made anew from the files' parses. */
  const mend = (): void => {
    const files = index.files.map((r) => remade.get(r.path) ?? r);
    const lines = index.files.map((r, i) => {
      const parsed = spoilt.has(r.path) || remade.has(r.path) ? fresh.get(r.path) : undefined;
      return parsed ? outlineLine(parsed) : line(i);
    });
    if (dir) writeIndex(dir, { ...index, files, ...grouping(files) }, lines, []);
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
    const parsed = await Promise.all(listed.weeks.map((w) => parsedOf(recordAt(w.file))));
    return { id, title: listed.title, weeks: parsed.flatMap((p, i) => weekOf(p, id, listed.weeks[i]?.number)) };
  };

  /** The lazy track: weeks parsed this run in full, the others from the index. */
  const outlined = (id: string): Track => {
    const listed = listedTrack(id);
    const misses = new Set<string>();
    const source: WeekSource = {
      outline: (file) => {
        const i = positionOf(file);
        const summary = recordAt(i).summary;
        const outline: Outline | null = summary ? readOutline(line(i), summary) : null;
        if (!outline) {
          misses.add(file);
          spoilt.add(file);
        }
        return outline;
      },
      text: (file) => {
        const record = recordOf(file);
        const parsed = dir ? readEntry(dir, index.parser, record) : null;
        if (parsed?.week && record.summary && weekFits(parsed.week, record.summary)) return parsed.week;
        misses.add(file);
        return null;
      },
      // No miss when they cannot be used: the entry then serves, and notes its own.
      texts: (file, blocks) => (dir ? readTexts(dir, index.parser, recordOf(file), blocks) : null),
    };
    const weeks: Week[] = [];
    for (const w of listed.weeks) {
      const record = recordAt(w.file);
      const p = fresh.get(record.path);
      if (p) weeks.push(...weekOf(p, id, w.number));
      else if (record.head && record.summary) weeks.push(lazyWeek(id, w.number, record.head.title, record.path, record.summary, source));
    }
    const track = { id, title: listed.title, weeks };
    lazy.set(track, { id, misses });
    return track;
  };

  return {
    tracks: index.tracks.map((t) => ({ id: t.id, title: t.title, weeks: t.weeks.map((w) => w.number) })),
    errors: index.errors,
    files: index.files.length,
    unreadable: async (id) => {
      const found: UnreadableFile[] = [];
      for (const record of index.files) {
        if (!isUnreadable(record) || (record.was !== undefined && record.was !== id)) continue;
        const error = (await parsedOf(record)).diagnostics.find((d) => d.severity === 'error');
        found.push({ file: record.path, problem: error?.message ?? 'it has errors' });
      }
      return found;
    },
    track: (id) => {
      let track = loaded.get(id);
      if (!track) loaded.set(id, (track = read(id)));
      return track;
    },
    lazyTrack: async (id) => {
      // A week the index lists without an outline (never written so) is parsed before it is needed.
      for (const w of listedTrack(id).weeks) {
        const record = recordAt(w.file);
        if (!fresh.has(record.path) && (!record.head || !record.summary)) await reparse(record);
      }
      return outlined(id);
    },
    settle: async (track, use) => {
      for (;;) {
        const result = use(track);
        const made = lazy.get(track);
        if (!made || made.misses.size === 0) return result;
        for (const file of made.misses) {
          const record = recordOf(file);
          // A week whose outline line is spoilt may still have its entry, as a parse from scratch gives it.
          const kept = spoilt.has(file) && dir ? readEntry(dir, index.parser, record) : null;
          if (kept?.week && record.summary && weekFits(kept.week, record.summary)) fresh.set(file, kept);
          else await reparse(record);
        }
        if (spoilt.size > mended) {
          mend();
          mended = spoilt.size;
        }
        track = outlined(made.id);
      }
    },
  };
}
