// What the parse cache's files hold (written by cache-files.ts), and the checks that a file anyone
// can edit or truncate has that shape, down to every block of a parse, before it is trusted.
import type { FileStamp } from './discover.js';
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
}

export interface CacheIndex {
  /** The parser that wrote it (see fingerprint.ts); any other parser ignores the cache. */
  parser: string;
  root: string;
  /** Sorted by path, as `discover` lists them. */
  files: IndexRecord[];
}

/** One file's parse. */
export interface CacheEntry extends CachedStamp {
  parser: string;
  parsed: ParsedFile;
}

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const nullable = (check: Check): Check => (v) => v === null || check(v);
const shape = (fields: Record<string, Check>): Check => (v) =>
  isObject(v) && Object.entries(fields).every(([key, check]) => check(v[key]));

const range = shape({ min: isNumber, max: isNumber });
const block = shape({
  id: isString, label: isString, category: isString, title: isString, minutes: nullable(range),
  plan: (v) => v === '4h' || v === '6h', details: arrayOf(isString), line: isNumber,
});
const day = shape({
  number: isNumber, title: isString, focus: isString, blocks4h: arrayOf(block), additions6h: arrayOf(block),
  notes: arrayOf(isString), line: isNumber,
});
const goal: Check = shape({ text: isString, children: (v) => arrayOf(goal)(v) });
const week = shape({
  number: isNumber, title: isString, goals: arrayOf(goal), references: arrayOf(shape({ title: isString, href: isString })),
  overview: (v) => isObject(v) && Object.values(v).every(isString), days: arrayOf(day), dailyDsa: nullable(range), file: isString,
});
const diagnostic = shape({
  file: isString, line: isNumber, column: isNumber, severity: isString, code: isString, message: isString,
});
const parsedFile = shape({
  file: isString, track: nullable(shape({ id: isString, title: isString })), week: nullable(week), diagnostics: arrayOf(diagnostic),
});
const stamp = { path: isString, mtimeMs: isNumber, size: isNumber, ctimeMs: isNumber, ino: isNumber, hash: isString };
const record = shape({
  ...stamp, racy: (v) => v === undefined || v === true, errors: isNumber,
  head: nullable(shape({ track: isString, week: isNumber, title: isString })),
});
const index = shape({ parser: isString, root: isString, files: arrayOf(record) });
const entry = shape({ ...stamp, parser: isString, parsed: parsedFile });

/** True when `v` has the shape of a parsed file, as the parser returns one. */
export function isParsedFile(v: unknown): v is ParsedFile {
  return parsedFile(v);
}

/** True when `v` has the shape of the cache's index (see cache-files.ts). */
export function isCacheIndex(v: unknown): v is CacheIndex {
  return index(v);
}

/** True when `v` has the shape of one file's cache entry (see cache-files.ts). */
export function isCacheEntry(v: unknown): v is CacheEntry {
  return entry(v);
}
