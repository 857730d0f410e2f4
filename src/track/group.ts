// Weeks → tracks: group each file's week by track id, order them, flag duplicate weeks. One rule
// for a full parse (assemble.ts) and for the parse cache's index (load.ts), which knows only each
// file's track id, week number and title.
import type { Diagnostic } from './model.js';

/** What grouping needs of a week: a full `Week`, or the heading the cache's index keeps of one. */
export interface WeekHeading {
  number: number;
  title: string;
  /** Source file, as given to the parser. */
  file: string;
}

/** One file's part in the grouping: its track and week, if it is a track file, and its diagnostics. */
export interface FileWeek<W extends WeekHeading> {
  file: string;
  track: { id: string } | null;
  week: W | null;
  diagnostics: readonly Diagnostic[];
}

export interface Grouped<W extends WeekHeading> {
  tracks: { id: string; title: string; weeks: W[] }[];
  diagnostics: Diagnostic[];
  files: number;
}

/** Tracks sorted by id, weeks by number; of two files for one week the first (in path order) wins. */
export function groupWeeks<W extends WeekHeading>(files: readonly FileWeek<W>[]): Grouped<W> {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, { id: string; title: string; weeks: W[] }>();
  for (const f of files) {
    diagnostics.push(...f.diagnostics);
    if (!f.track || !f.week) continue;
    let track = byId.get(f.track.id);
    if (!track) {
      track = { id: f.track.id, title: '', weeks: [] };
      byId.set(f.track.id, track);
    }
    const clash = track.weeks.find((w) => w.number === f.week?.number);
    if (clash) {
      diagnostics.push({
        file: f.file, line: 1, column: 1, severity: 'error', code: 'duplicate-week',
        message: `track "${track.id}" already has week ${clash.number} (${clash.file}); this file is ignored`,
      });
      continue;
    }
    track.weeks.push(f.week);
  }
  const tracks = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const t of tracks) {
    t.weeks.sort((a, b) => a.number - b.number);
    t.title = trackTitle(t.id, t.weeks);
  }
  return { tracks, diagnostics, files: files.length };
}

/**
 * A track's title is the title its weeks share ("Go Track" on every week). Where each week
 * has its own ("Week 01 – Foundations", one file per week), that is the week's title, and the
 * track is named after its id ("node" → "Node").
 */
function trackTitle(id: string, weeks: readonly WeekHeading[]): string {
  const titles = new Set(weeks.map((w) => w.title));
  const [only] = titles;
  if (titles.size === 1 && only) return only;
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : id;
}
