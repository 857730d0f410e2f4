// Parsed files → tracks: reading and parsing each file, then grouping the weeks (group.ts).
import type { Diagnostic, DiagnosticCode, Track } from './model.js';
import { parseTrackFile, type ParsedFile } from './parse.js';
import { groupWeeks } from './group.js';
import { readTrackFile, type TrackFileRead } from './track-file.js';

export interface Catalog {
  tracks: Track[];
  diagnostics: Diagnostic[];
  files: number;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Parses what was read of one file; unreadable and non-UTF-8 files become diagnostics. */
export function parseRead(file: string, read: TrackFileRead): ParsedFile {
  const fail = (code: DiagnosticCode, message: string): ParsedFile => ({
    file, track: null, week: null,
    diagnostics: [{ file, line: 1, column: 1, severity: 'error', code, message }],
  });
  if ('problem' in read) return fail('unreadable', read.problem);
  let text: string;
  try {
    text = UTF8.decode(read.bytes);
  } catch {
    return fail('encoding', 'file is not valid UTF-8 text; save it as UTF-8');
  }
  if (text.includes('\0')) return fail('encoding', 'file contains NUL bytes: it looks binary, not markdown');
  return parseTrackFile(text, file);
}

/** Reads and parses one file (after `loadMarkdown`). */
export function parseFile(file: string): ParsedFile {
  return parseRead(file, readTrackFile(file));
}

export function assemble(parsed: readonly ParsedFile[]): Catalog {
  return groupWeeks(parsed);
}

/** Parses every file from scratch (after `loadMarkdown`). */
export function buildCatalog(files: readonly string[]): Catalog {
  return assemble(files.map(parseFile));
}
