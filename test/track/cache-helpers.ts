// Reading and spoiling the parse cache's files in tests, and a parse function that counts its calls.
import fs from 'node:fs';
import { cacheDir, entryPath, indexPath } from '../../src/track/cache-files.js';
import type { CacheEntry, CacheIndex } from '../../src/track/cache-shape.js';
import { parseRead } from '../../src/track/assemble.js';
import type { ParseFn } from '../../src/track/load.js';

export const indexFile = (data: string, content: string): string => indexPath(cacheDir(data, content));
export const entryFile = (data: string, content: string, file: string): string => entryPath(cacheDir(data, content), file);

export const readIndexFile = (data: string, content: string): CacheIndex =>
  JSON.parse(fs.readFileSync(indexFile(data, content), 'utf8')) as CacheIndex;

export const readEntryFile = (data: string, content: string, file: string): CacheEntry =>
  JSON.parse(fs.readFileSync(entryFile(data, content, file), 'utf8')) as CacheEntry;

/** Rewrites a cache file through `edit`, which may change the parsed JSON in place. */
export function spoil<T>(file: string, edit: (data: T) => void): void {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  edit(data);
  fs.writeFileSync(file, JSON.stringify(data));
}

/** The real parser, recording the files it is given. */
export function countingParse(): { parse: ParseFn; parsed: string[] } {
  const parsed: string[] = [];
  return { parsed, parse: (file, read) => (parsed.push(file), parseRead(file, read)) };
}
