// The parse cache on disk: a folder per content path holding an index (every file's stamps, its
// week's heading and summary, all the daily commands need to list the tracks and plan them; then
// each week's outline on a line of its own, parsed only for a week whose blocks are asked for), one
// entry per file (its parse) and beside it the file's texts (its blocks' labels and titles), so a
// warm run reads the index, the texts of the weeks completions were logged against and the entries
// of the weeks it shows, and an edit reparses one file. Each file is written whole and renamed
// into place: a reader never sees half of one.
import fs from 'node:fs';
import path from 'node:path';
import type { FileStamp } from './discover.js';
import { fnv1a } from './fingerprint.js';
import type { ParsedFile } from './parse.js';
import { readTrackFile } from './track-file.js';
import { isCacheEntry, isCacheIndex, type CacheEntry, type CacheIndex, type IndexRecord } from './cache-shape.js';
import { fitsSummary, isOutline, isTexts, outlineOf, textsOf, type Outline, type Summary } from './outline.js';

/**
 * How long after a file's mtime an edit could still leave the stamp unchanged: filesystems with
 * coarse timestamps (FAT's two seconds, one second on HFS+, ext2 and some network mounts) give
 * an edit in the same tick the same mtime. A file modified this recently when read is "racy"
 * (as git calls it for its index): its content hash is checked on every load until it is not.
 */
export const RACY_MS = 2000;

/** 64 bits of FNV-1a: two seeds. */
const hash64 = (text: string): string => `${fnv1a(text)}${fnv1a(text, 0x01000193)}`;

/** A hash of a file's bytes; '' for a file that could not be read. */
export function bytesHash(bytes: Buffer | null): string {
  return bytes === null ? '' : hash64(bytes.toString('latin1'));
}

/** The hash of the file's bytes now, read as the parser reads them ('' when they are not). */
export function fileHash(file: string): string {
  const read = readTrackFile(file);
  return bytesHash('bytes' in read ? read.bytes : null);
}

export function cacheDir(dataDir: string, root: string): string {
  return path.join(dataDir, 'cache', `tracks-${fnv1a(root)}`);
}

export const indexPath = (dir: string): string => path.join(dir, 'index.json');

export const entryPath = (dir: string, file: string): string => path.join(dir, `${hash64(file)}.json`);

export const textsPath = (dir: string, file: string): string => path.join(dir, `${hash64(file)}.texts.json`);

/** The single-file cache of earlier versions, removed when the new one is written. */
const legacyPath = (dir: string): string => `${dir}.json`;

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined; // Missing or unreadable: parse instead.
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // Cut short or spoilt: parse instead.
  }
}

let written = 0;

/** Writes `text` to `file` whole (a temporary file renamed over it); false when it could not. */
function writeText(file: string, text: string): boolean {
  const tmp = `${file}.${process.pid}.${written++}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
    return true;
  } catch {
    // The cache is an optimisation; a read-only or full data folder only costs speed, and a
    // full one keeps no half-written file.
    remove(tmp);
    return false;
  }
}

/** The index as read: its first line, and the outline lines after it, each parsed when asked for. */
export interface IndexFile {
  index: CacheIndex;
  /** The text of the outline line of `index.files[i]` ('' when the file was cut short before it). */
  line(i: number): string;
}

const NEWLINE = 0x0a;

/** The index, if its first line has the right shape and was written by `parser` for `root`. */
export function readIndex(dir: string, parser: string, root: string): IndexFile | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(indexPath(dir));
  } catch {
    return null; // Missing or unreadable: parse instead.
  }
  const end = bytes.indexOf(NEWLINE);
  const index = parseJson(bytes.toString('utf8', 0, end === -1 ? bytes.length : end));
  // Any other shape (an old or hand-edited cache) is ignored and rewritten, never trusted.
  if (!isCacheIndex(index) || index.parser !== parser || index.root !== root) return null;
  let starts: number[] | undefined;
  return {
    index,
    line: (i) => {
      if (!starts) {
        starts = [];
        for (let at = end; at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) starts.push(at + 1);
      }
      const from = starts[i];
      return from === undefined ? '' : bytes.toString('utf8', from, (starts[i + 1] ?? bytes.length + 1) - 1);
    },
  };
}

/** The outline line of a parse: its week's outline, or null when it is not a track file. */
export function outlineLine(parsed: ParsedFile): string {
  return JSON.stringify(parsed.track && parsed.week ? outlineOf(parsed.week) : null);
}

/** The outline an outline line holds, when it has the shape of one and is of the week `summary` sums up. */
export function readOutline(line: string, summary: Summary): Outline | null {
  const outline = parseJson(line);
  return isOutline(outline) && fitsSummary(outline, summary) ? outline : null;
}

/**
 * Writes the index, after the entries it points at, with `lines[i]` the outline line of
 * `index.files[i]`; removes the entries of files no longer listed (`gone`) and an earlier
 * version's cache.
 */
export function writeIndex(dir: string, index: CacheIndex, lines: readonly string[], gone: readonly string[]): void {
  // JSON escapes every newline inside a string: each line is one whole JSON text.
  if (!writeText(indexPath(dir), [JSON.stringify(index), ...lines].join('\n'))) return;
  for (const file of gone) {
    remove(entryPath(dir, file));
    remove(textsPath(dir, file));
  }
  remove(legacyPath(dir));
}

function remove(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Left behind (a folder in its place, a read-only folder): it is never read as an entry.
  }
}

/** Whether the index may be written at all: there is one already (see `coach validate`). */
export const hasIndex = (dir: string): boolean => fs.existsSync(indexPath(dir));

/** The entry of `record`'s file, when it is the parse of exactly the bytes the record describes. */
export function readEntry(dir: string, parser: string, record: IndexRecord): ParsedFile | null {
  const data = readJson(entryPath(dir, record.path));
  if (!isCacheEntry(data) || data.parser !== parser || !sameStamp(data, record) || data.hash !== record.hash) return null;
  const { parsed } = data;
  return parsed.file === record.path && sameHead(headOf(parsed), record.head) ? parsed : null;
}

/**
 * The entry of a file the index does not vouch for, when it was made for these stamps: the
 * file's bytes are still to be checked against its hash before it is used.
 */
export function readStampedEntry(dir: string, parser: string, stamp: FileStamp): CacheEntry | null {
  const data = readJson(entryPath(dir, stamp.path));
  return isCacheEntry(data) && data.parser === parser && sameStamp(data, stamp) && data.parsed.file === stamp.path ? data : null;
}

/** Writes a file's entry, and its texts when it is a track file (see `readTexts`). */
export function writeEntry(dir: string, entry: CacheEntry): void {
  writeText(entryPath(dir, entry.path), JSON.stringify(entry));
  const { parsed, parser, path: file, hash } = entry;
  if (parsed.track && parsed.week) writeText(textsPath(dir, file), JSON.stringify({ parser, path: file, hash, texts: textsOf(parsed.week) }));
}

/**
 * The labels and titles of the blocks of `record`'s file (`textsOf` its week), when they are of
 * the parse of exactly its bytes (its hash) by `parser`, and `blocks` of them as its outline has;
 * else null, and the entry serves. A few kilobytes, read without the whole parse.
 */
export function readTexts(dir: string, parser: string, record: IndexRecord, blocks: number): string[] | null {
  const data = readJson(textsPath(dir, record.path));
  if (typeof data !== 'object' || data === null) return null;
  const { parser: by, path: file, hash, texts } = data as Record<string, unknown>;
  return by === parser && file === record.path && hash === record.hash && isTexts(texts, blocks) ? texts : null;
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.path === b.path && a.mtimeMs === b.mtimeMs && a.size === b.size && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

export function headOf(parsed: ParsedFile): IndexRecord['head'] {
  // Broken front matter leaves the file's track and week unknown (they may be written there): its
  // days are parsed for `coach validate`, but it is no week of any track, only a file that cannot be read.
  if (parsed.unplaced) return null;
  return parsed.track && parsed.week ? { track: parsed.track.id, week: parsed.week.number, title: parsed.week.title } : null;
}

const sameHead = (a: IndexRecord['head'], b: IndexRecord['head']): boolean =>
  a === b || (a !== null && b !== null && a.track === b.track && a.week === b.week && a.title === b.title);
