// Reading a track file's bytes, once for both the parser and the parse cache's content hash, so
// that the two always see a file the same way.
import fs from 'node:fs';

/** The file's bytes, or why it is not read. */
export type TrackFileRead = { bytes: Buffer } | { problem: string };

export function readTrackFile(file: string): TrackFileRead {
  try {
    return { bytes: fs.readFileSync(file) };
  } catch (err) {
    return { problem: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
}
