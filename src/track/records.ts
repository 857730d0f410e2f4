// A file's record in the parse cache's index, made of its parse, and the records grouped into
// tracks: one rule for the index a run reads (load.ts) and the one it mends (curriculum.ts).
import type { CacheIndex, IndexedTrack, IndexRecord } from './cache-shape.js';
import { bytesHash, headOf, RACY_MS } from './cache-files.js';
import type { FileStamp } from './discover.js';
import { groupWeeks, type FileWeek, type WeekHeading } from './group.js';
import { loadMarkdown } from './markdown.js';
import { summaryOf } from './outline.js';
import type { ParsedFile } from './parse.js';
import { readTrackFile, type TrackFileRead } from './track-file.js';

/** Turns one file's bytes into its parse: `parseRead` from assemble.ts, unless a test counts calls. */
export type ParseFn = (file: string, read: TrackFileRead) => ParsedFile;

/** The parser, loaded: remark and gray-matter are imported only when a file is parsed. */
export async function defaultParse(): Promise<ParseFn> {
  const [{ parseRead }] = await Promise.all([import('./assemble.js'), loadMarkdown()]);
  return parseRead;
}

/** Reads and parses one file, as stamped by `discover` just before (at `startedMs`). */
export function parseOne(stamp: FileStamp, startedMs: number, parse: ParseFn): { record: IndexRecord; parsed: ParsedFile } {
  const read = readTrackFile(stamp.path);
  const parsed = parse(stamp.path, read);
  return { record: recordOf(stamp, bytesHash('bytes' in read ? read.bytes : null), parsed, startedMs), parsed };
}

/** What the index keeps of a file stamped `stamp`, whose bytes hash to `hash`, parsed as `parsed`. */
export function recordOf(stamp: FileStamp, hash: string, parsed: ParsedFile, startedMs: number): IndexRecord {
  const { path: file, mtimeMs, size, ctimeMs, ino } = stamp;
  const record: IndexRecord = {
    path: file, mtimeMs, size, ctimeMs, ino, hash, head: headOf(parsed),
    errors: parsed.diagnostics.filter((d) => d.severity === 'error').length,
    summary: parsed.track && parsed.week ? summaryOf(parsed.week) : null,
  };
  if (mtimeMs >= startedMs - RACY_MS) record.racy = true;
  return record;
}

/** Whether a record is of a file that cannot be read: errors, and no week of a track. */
export const isUnreadable = (record: IndexRecord): boolean => record.head === null && record.errors > 0;

/**
 * `next`, the record of a file parsed again, keeping which track the file was a week of (from
 * `previous`, its record before) when it cannot be read now: an empty or half-written file says
 * nothing of itself, and would otherwise concern every track of the folder.
 */
export function carryTrack(previous: IndexRecord | undefined, next: IndexRecord): IndexRecord {
  const was = previous?.head?.track ?? previous?.was;
  return was !== undefined && isUnreadable(next) ? { ...next, was } : next;
}

/** The records' weeks grouped into tracks (see `groupWeeks`), and the files' errors counted. */
export function grouping(records: readonly IndexRecord[]): Pick<CacheIndex, 'tracks' | 'errors'> {
  const weeks: FileWeek<WeekHeading>[] = records.map((r) => ({
    file: r.path,
    track: r.head && { id: r.head.track },
    week: r.head && { number: r.head.week, title: r.head.title, file: r.path },
    diagnostics: [],
  }));
  const grouped = groupWeeks(weeks);
  const position = new Map(records.map((r, i) => [r.path, i]));
  const tracks: IndexedTrack[] = grouped.tracks.map((t) => ({
    id: t.id, title: t.title, weeks: t.weeks.map((w) => ({ number: w.number, file: position.get(w.file) as number })),
  }));
  return { tracks, errors: records.reduce((n, r) => n + r.errors, 0) + grouped.diagnostics.length };
}
