// Where a file sits says which track and week it is, when its front matter does not.
// Three layouts: Docusaurus `weeks/week-NN/<track>.md`, flat `<track>/week-NN.md`,
// a folder of `week-NN.md` forming one track, and a single file given directly.
import path from 'node:path';
import { MAX_WEEK } from './model.js';

const WEEK_NAME = /^week[-_ ]?0*(\d+)$/i;

/** The week number a path segment names (`week-03`, `week_3`, `Week 12`), if any. */
export function weekFromName(name: string): number | null {
  const m = WEEK_NAME.exec(name);
  // Week 0 is no week: such a name is treated like any other.
  return m && Number(m[1]) > 0 && Number(m[1]) <= MAX_WEEK ? Number(m[1]) : null;
}

export interface FrontMatterIds {
  id?: string;
  track?: string;
  week?: number;
}

export interface Identity {
  track: string;
  week: number;
}

function baseName(file: string): string {
  return path.basename(file).replace(/\.(md|markdown)$/i, '');
}

/** Track id and week number for a file: front matter first, then the path, then defaults. */
export function identify(file: string, fm: FrontMatterIds): Identity {
  const base = baseName(file);
  const parent = path.basename(path.dirname(path.resolve(file)));
  const week = fm.week ?? weekFromName(base) ?? weekFromName(parent) ?? 1;

  let track = fm.track;
  // An id such as `go-week-03` names the track and the week: keep the track part.
  const idTrack = fm.id?.replace(/[-_ ]?week[-_ ]?\d+$/i, '');
  if (!track && idTrack && weekFromName(idTrack) === null) track = idTrack;
  if (!track) {
    if (weekFromName(base) === null && !/^(index|readme)$/i.test(base)) track = base;
    else if (weekFromName(parent) === null) track = parent;
    else track = path.basename(path.dirname(path.dirname(path.resolve(file))));
  }
  return { track: slug(track) || 'track', week };
}

/** Track ids appear in block ids and on the command line: keep them short and shell-safe. */
export function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
