// Writing the learner's files (exports, review notes) so a crash or a full disk never leaves
// half a file where a good one was.
import fs from 'node:fs';
import path from 'node:path';
import { IoError } from './errors.js';

/**
 * Write `text` to a temporary file beside `file`, flush it to disk, then rename it over `file`.
 * Missing parent folders are created. When `file` is a symbolic link, the file it points to is
 * replaced and the link kept, so a note linked into another folder stays linked.
 * Any failure is an IoError, "cannot write FILE: why".
 */
export function writeFileAtomic(file: string, text: string): void {
  try {
    replace(file, text);
  } catch (err) {
    throw new IoError(`cannot write ${file}: ${(err as Error).message}`);
  }
}

function replace(file: string, text: string): void {
  const target = linkTarget(file);
  if (isDirectory(target)) throw new Error('it is a folder; give the path of a file');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, text);
      // Without this the rename can reach the disk before the data, and a crash leaves an empty file.
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  syncFolder(path.dirname(target));
}

/** The path a write to `file` should replace: `file` itself, or where its links lead. */
function linkTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  // Nothing there yet, or a link to a file not yet written: follow the links by hand.
  let target = file;
  for (let hops = 0; hops < 40; hops++) {
    let next: string;
    try {
      next = fs.readlinkSync(target);
    } catch {
      return target; // not a link (EINVAL) or nothing there (ENOENT)
    }
    target = path.resolve(path.dirname(target), next);
  }
  return target;
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Make the rename itself durable; folders cannot be opened for this on Windows, so best effort. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here; the data itself is already on disk.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
