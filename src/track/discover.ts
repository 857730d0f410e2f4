// Finding track files: a single file, or every markdown file under a folder.
import fs from 'node:fs';
import path from 'node:path';
import { sanitizeLine } from '../text/sanitize.js';
import { ContentError } from './errors.js';

export interface FileStamp {
  path: string;
  mtimeMs: number;
  size: number;
  /** Change time and inode: an edit or a replacement that keeps size and mtime still moves these. */
  ctimeMs: number;
  ino: number;
}

const stampOf = (file: string, s: fs.Stats): FileStamp => ({ path: file, mtimeMs: s.mtimeMs, size: s.size, ctimeMs: s.ctimeMs, ino: s.ino });

const MARKDOWN = /\.(md|markdown)$/i;

/** Markdown files under `root` (or `root` itself), sorted, with what the cache keys on. */
export function discover(root: string): FileStamp[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new ContentError(`content folder not found: ${sanitizeLine(root)}\nPoint --content (or COACH_CONTENT) at a folder of track files or a single .md file.`);
  }
  if (stat.isFile()) return [stampOf(root, stat)];

  const found: FileStamp[] = [];
  // Runs on every start of every command, over every file: kept to a readdir and a stat a file.
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      // `dir` is normalised already: path.join's normalising, on every file, is wasted.
      const full = dir + e.name;
      if (e.isDirectory()) walk(full + path.sep);
      else if (MARKDOWN.test(e.name)) found.push(stamp(full));
    }
  };
  const top = path.normalize(root);
  walk(top.endsWith(path.sep) ? top : top + path.sep);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A file's stamp; a file that vanished or cannot be stat'ed gets -1s, and is reported when it is read. */
function stamp(file: string): FileStamp {
  let s: fs.Stats | undefined;
  try {
    s = fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    s = undefined;
  }
  return s ? stampOf(file, s) : { path: file, mtimeMs: -1, size: -1, ctimeMs: -1, ino: -1 };
}
