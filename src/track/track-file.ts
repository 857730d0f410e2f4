// Opening a track file: a regular file only, and no bigger than any real track comes near, so a
// link to /dev/zero or a FIFO named week-02.md is a diagnostic rather than a hang or a full memory.
import fs from 'node:fs';
import { fileKind } from '../text/file-kind.js';
import { MAX_TRACK_FILE_BYTES } from './limits.js';

/** The file's bytes, or why it is not read. */
export type TrackFileRead = { bytes: Buffer } | { problem: string };

export function readTrackFile(file: string): TrackFileRead {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO returns at once instead of waiting for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { problem: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  try {
    const st = fs.fstatSync(fd);
    // A folder keeps the message reading it always gave.
    if (st.isDirectory()) return { problem: 'cannot read file: EISDIR' };
    if (!st.isFile()) return { problem: `it is ${fileKind(st)}, not a markdown file; a track file must be a regular file` };
    const limit = `${MAX_TRACK_FILE_BYTES / 1024} KiB`;
    const tooBig = { problem: `file is larger than ${limit}, the limit for a track file; split it into one file per week` };
    if (st.size > MAX_TRACK_FILE_BYTES) return tooBig;
    // Up to one byte past the limit, whatever the size said: a file still growing is caught too.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, MAX_TRACK_FILE_BYTES + 1 - total));
      const got = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (got === 0) break;
      chunks.push(chunk.subarray(0, got));
      total += got;
      if (total > MAX_TRACK_FILE_BYTES) return tooBig;
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return { problem: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  } finally {
    fs.closeSync(fd);
  }
}
