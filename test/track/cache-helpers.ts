// Reading and spoiling the parse cache's files in tests, and a parse function that counts its calls.
import fs from 'node:fs';
import { cacheDir, entryPath, indexPath, textsPath } from '../../src/track/cache-files.js';
import type { CacheEntry, CacheIndex } from '../../src/track/cache-shape.js';
import { parseRead } from '../../src/track/assemble.js';
import type { ParseFn } from '../../src/track/load.js';

export const indexFile = (data: string, content: string): string => indexPath(cacheDir(data, content));
export const entryFile = (data: string, content: string, file: string): string => entryPath(cacheDir(data, content), file);
export const textsFile = (data: string, content: string, file: string): string => textsPath(cacheDir(data, content), file);

/** An index file's lines: its first (the records), then one outline line per record. */
const indexLines = (file: string): string[] => fs.readFileSync(file, 'utf8').split('\n');

export const readIndexFile = (data: string, content: string): CacheIndex =>
  JSON.parse(indexLines(indexFile(data, content))[0] ?? '') as CacheIndex;

/** The outline lines of the index, parsed. */
export const readOutlines = (data: string, content: string): unknown[] =>
  indexLines(indexFile(data, content)).slice(1).map((l) => JSON.parse(l) as unknown);

export const readEntryFile = (data: string, content: string, file: string): CacheEntry =>
  JSON.parse(fs.readFileSync(entryFile(data, content, file), 'utf8')) as CacheEntry;

/**
 * Rewrites a cache file through `edit`, which may change the parsed JSON in place: an entry, or an
 * index's first line (the outline lines after it are kept as they are).
 */
export function spoil<T>(file: string, edit: (data: T) => void): void {
  const [first = '', ...rest] = file.endsWith('index.json') ? indexLines(file) : [fs.readFileSync(file, 'utf8')];
  const data = JSON.parse(first) as T;
  edit(data);
  fs.writeFileSync(file, [JSON.stringify(data), ...rest].join('\n'));
}

/** Rewrites the outline line of the index's record `i` through `edit`, as `spoil` does. */
export function spoilOutline<T>(data: string, content: string, i: number, edit: (outline: T) => void): void {
  const file = indexFile(data, content);
  const lines = indexLines(file);
  const outline = JSON.parse(lines[i + 1] ?? '') as T;
  edit(outline);
  lines[i + 1] = JSON.stringify(outline);
  fs.writeFileSync(file, lines.join('\n'));
}

/** The real parser, recording the files it is given. */
export function countingParse(): { parse: ParseFn; parsed: string[] } {
  const parsed: string[] = [];
  return { parsed, parse: (file, read) => (parsed.push(file), parseRead(file, read)) };
}
