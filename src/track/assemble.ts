// Parsed files → tracks: group weeks by track id, order them, flag duplicate weeks.
import type { Diagnostic, DiagnosticCode, Track } from './model.js';
import { parseTrackFile, type ParsedFile } from './parse.js';
import { readTrackFile } from './track-file.js';

export interface Catalog {
  tracks: Track[];
  diagnostics: Diagnostic[];
  files: number;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and parses one file; unreadable and non-UTF-8 files become diagnostics. */
export function parseFile(file: string): ParsedFile {
  const fail = (code: DiagnosticCode, message: string): ParsedFile => ({
    file, track: null, week: null,
    diagnostics: [{ file, line: 1, column: 1, severity: 'error', code, message }],
  });
  const read = readTrackFile(file);
  if ('problem' in read) return fail('unreadable', read.problem);
  const bytes = read.bytes;
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return fail('encoding', 'file is not valid UTF-8 text; save it as UTF-8');
  }
  if (text.includes('\0')) return fail('encoding', 'file contains NUL bytes: it looks binary, not markdown');
  return parseTrackFile(text, file);
}

export function assemble(parsed: readonly ParsedFile[]): Catalog {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, Track>();
  for (const p of parsed) {
    diagnostics.push(...p.diagnostics);
    if (!p.track || !p.week) continue;
    let track = byId.get(p.track.id);
    if (!track) {
      track = { id: p.track.id, title: p.track.title, weeks: [] };
      byId.set(p.track.id, track);
    }
    const clash = track.weeks.find((w) => w.number === p.week?.number);
    if (clash) {
      diagnostics.push({
        file: p.file, line: 1, column: 1, severity: 'error', code: 'duplicate-week',
        message: `track "${track.id}" already has week ${clash.number} (${clash.file}); this file is ignored`,
      });
      continue;
    }
    track.weeks.push(p.week);
  }
  const tracks = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  for (const t of tracks) {
    t.weeks.sort((a, b) => a.number - b.number);
    t.title = trackTitle(t);
  }
  return { tracks, diagnostics, files: parsed.length };
}

/**
 * A track's title is the title its weeks share ("Go Track" on every week). Where each week
 * has its own ("Week 01 – Foundations", one file per week), that is the week's title, and the
 * track is named after its id ("node" → "Node").
 */
function trackTitle(track: Track): string {
  const titles = new Set(track.weeks.map((w) => w.title));
  const [only] = titles;
  if (titles.size === 1 && only) return only;
  const words = track.id.replace(/[-_.]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : track.id;
}

/** Parses every file from scratch (after `loadMarkdown`). */
export function buildCatalog(files: readonly string[]): Catalog {
  return assemble(files.map(parseFile));
}
