// What the parse cache's files hold (written by cache-files.ts), and the checks that a file anyone
// can edit or truncate has that shape, down to every block of a parse, before it is trusted. (The
// outlines the index holds after its records are checked when read: see outline.ts.)
import type { FileStamp } from './discover.js';
import { isSummary, type Summary } from './outline.js';
import type { ParsedFile } from './parse.js';

/** A file as cached: its stamps when read, and a hash of the bytes then parsed. */
export interface CachedStamp extends FileStamp {
  /** Links the index's record and the file's entry: both describe the parse of these bytes. */
  hash: string;
}

/** What the index keeps of one file. */
export interface IndexRecord extends CachedStamp {
  /** Modified within `RACY_MS` of being read: its bytes are hashed again on every load. */
  racy?: true;
  /** The file's track id, week number and title; null when it is not a track file. */
  head: { track: string; week: number; title: string } | null;
  /** How many error diagnostics the file has. */
  errors: number;
  /**
   * A file that cannot be read now (no head, errors): the track it was a week of when last read
   * well, if this cache saw it so (see `carryTrack`). Absent: it may be a week of any track.
   */
  was?: string;
  /** The week's day numbers and sums (see outline.ts); null when it is not a track file. */
  summary: Summary | null;
}

/** A track as `groupWeeks` makes it of the index's records: each week's number and file. */
export interface IndexedTrack {
  id: string;
  title: string;
  /** `file`: where the week's file is in the index's records. */
  weeks: { number: number; file: number }[];
}

/** The index's first line; each record's outline follows on a line of its own (see cache-files.ts). */
export interface CacheIndex {
  /** The parser that wrote it (see fingerprint.ts); any other parser ignores the cache. */
  parser: string;
  root: string;
  /** Sorted by path, as `discover` lists them. */
  files: IndexRecord[];
  /** The files grouped (kept, as sorting track ids the way people read them costs a warm run dearly). */
  tracks: IndexedTrack[];
  /** Error diagnostics of the files, duplicate weeks included. */
  errors: number;
}

/** One file's parse. */
export interface CacheEntry extends CachedStamp {
  parser: string;
  parsed: ParsedFile;
}

// Written out field by field rather than built from combinators: these run over every record of
// the index and every block of a track on each warm start, before the code is hot, where a
// checker made of closures costs ten times as much.
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function every(v: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!check(item)) return false;
  return true;
}

const isStrings = (v: unknown): boolean => every(v, isString);
const isRange = (v: unknown): boolean => v === null || (isObject(v) && isNumber(v.min) && isNumber(v.max));

const isBlock = (v: unknown): boolean =>
  isObject(v) && isString(v.id) && isString(v.label) && isString(v.category) && isString(v.title) && isRange(v.minutes) &&
  (v.plan === '4h' || v.plan === '6h') && isStrings(v.details) && isNumber(v.line);

const isDay = (v: unknown): boolean =>
  isObject(v) && isNumber(v.number) && isString(v.title) && isString(v.focus) && every(v.blocks4h, isBlock) &&
  every(v.additions6h, isBlock) && isStrings(v.notes) && isNumber(v.line);

const isGoal = (v: unknown): boolean => isObject(v) && isString(v.text) && every(v.children, isGoal);
const isReference = (v: unknown): boolean => isObject(v) && isString(v.title) && isString(v.href);
const isOverview = (v: unknown): boolean => isObject(v) && Object.values(v).every(isString);

const isTargets = (v: unknown): boolean => v === undefined || (isObject(v) && Object.values(v).every((r) => r !== null && isRange(r)));

const isWeek = (v: unknown): boolean =>
  isObject(v) && isNumber(v.number) && isString(v.title) && every(v.goals, isGoal) && every(v.references, isReference) &&
  isOverview(v.overview) && every(v.days, isDay) && isRange(v.dailyDsa) && isString(v.file) && isTargets(v.targets);

const isDiagnostic = (v: unknown): boolean =>
  isObject(v) && isString(v.file) && isNumber(v.line) && isNumber(v.column) && isString(v.severity) && isString(v.code) && isString(v.message);

const isTrackHead = (v: unknown): boolean => v === null || (isObject(v) && isString(v.id) && isString(v.title));

const isStamp = (v: Obj): boolean =>
  isString(v.path) && isNumber(v.mtimeMs) && isNumber(v.size) && isNumber(v.ctimeMs) && isNumber(v.ino) && isString(v.hash);

const isHead = (v: unknown): boolean => v === null || (isObject(v) && isString(v.track) && isNumber(v.week) && isString(v.title));

/** The index's records, checked in one plain loop: it runs over every file on each warm start. */
function areRecords(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const r: unknown = v[i];
    if (!isObject(r)) return false;
    const { racy, head, summary, was } = r;
    if (!isStamp(r) || !isNumber(r.errors) || (racy !== undefined && racy !== true) || (was !== undefined && !isString(was))) return false;
    if (head === null ? summary !== null : !isHead(head) || !isSummary(summary)) return false;
  }
  return true;
}

/** The tracks' weeks, each the place of one of `files` records. */
function areTracks(v: unknown, files: number): boolean {
  if (!Array.isArray(v)) return false;
  for (const t of v as unknown[]) {
    if (!isObject(t) || !isString(t.id) || !isString(t.title) || !Array.isArray(t.weeks)) return false;
    for (const w of t.weeks as unknown[]) if (!isObject(w) || !isNumber(w.number) || !isCount(w.file) || w.file >= files) return false;
  }
  return true;
}

/** True when `v` has the shape of a parsed file, as the parser returns one. */
export function isParsedFile(v: unknown): v is ParsedFile {
  return (
    isObject(v) && isString(v.file) && isTrackHead(v.track) && (v.week === null || isWeek(v.week)) && every(v.diagnostics, isDiagnostic) &&
    (v.unplaced === undefined || v.unplaced === true)
  );
}

/** True when `v` has the shape of the cache's index (see cache-files.ts), each week a file it lists. */
export function isCacheIndex(v: unknown): v is CacheIndex {
  return isObject(v) && isString(v.parser) && isString(v.root) && areRecords(v.files) && isNumber(v.errors) && areTracks(v.tracks, (v.files as unknown[]).length);
}

/** True when `v` has the shape of one file's cache entry (see cache-files.ts). */
export function isCacheEntry(v: unknown): v is CacheEntry {
  return isObject(v) && isStamp(v) && isString(v.parser) && isParsedFile(v.parsed);
}
