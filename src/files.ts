// Writing the learner's files (exports, review notes) so a crash or a full disk never leaves
// half a file where a good one was, and a device, a pipe or a link is never replaced by one.
import fs from 'node:fs';
import path from 'node:path';
import { isCoachFile } from './data-dir.js';
import { IoError, UsageError } from './errors.js';
import { fileKind } from './text/file-kind.js';
import { sanitizeLine } from './text/sanitize.js';

/** How a file was written: replaced atomically, or streamed into a device, a pipe or a descriptor. */
export type Written = 'replaced' | 'streamed';

// Names of a descriptor the caller opened (`--out /dev/stdout`): written in place, never renamed over.
const DESCRIPTOR = /^\/(dev\/(stdout|stderr|fd\/(\d+))|proc\/(self|\d+)\/fd\/(\d+))$/;

/**
 * Which of this process's standard streams `file` names (`/dev/stdout`, `/dev/fd/2`,
 * `/proc/self/fd/1`), or null. Commands write those through their context's streams: a pipe
 * from a process's parent may be a socket, which cannot be opened by name.
 */
export function standardStream(file: string): 'stdout' | 'stderr' | null {
  const m = DESCRIPTOR.exec(file);
  if (!m || (m[4] !== undefined && m[4] !== 'self' && Number(m[4]) !== process.pid)) return null;
  const fd = m[2] === 'stdout' ? 1 : m[2] === 'stderr' ? 2 : Number(m[3] ?? m[5]);
  return fd === 1 ? 'stdout' : fd === 2 ? 'stderr' : null;
}

/**
 * Write `text` to `file`. A regular file (or a new one) gets a temporary file beside it, flushed
 * to disk and renamed over it; through a symbolic link the file it points to is replaced and the
 * link kept. An existing regular file is replaced only with `replace` or `force` (the learner's
 * own file must not vanish unasked), and a missing folder is created only with `force` (a typo
 * would hide the file). A character device or a FIFO (and
 * `/dev/stdout` and its kin) is written directly; anything else is refused, and so is a link to
 * nothing unless `force`, which creates the file it points to. Failures are an IoError,
 * "cannot write FILE: why", naming where the link leads as well. Coach's own files in the data
 * folder `dataDir` (the log, see `isCoachFile`) are never written, forced or not.
 */
export function writeFileAtomic(file: string, text: string, opts: { force?: boolean; replace?: boolean; dataDir: string }): Written {
  if (DESCRIPTOR.test(file)) return stream(file, file, text);
  const target = linkTarget(file);
  refuseCoachFile(file, target, opts.dataDir);
  let st: fs.Stats | null = null;
  try {
    st = fs.statSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError(file, target, err);
  }
  if (!st && target !== file && !opts.force) {
    const [name, where] = [sanitizeLine(file), sanitizeLine(target)];
    throw new UsageError(`${name} is a symbolic link to ${where}, which does not exist; give another file, or pass --force to create ${where}`);
  }
  if (st?.isDirectory()) throw ioError(file, target, new Error('it is a folder; give the path of a file'));
  if (st && (st.isCharacterDevice() || st.isFIFO())) return stream(file, target, text);
  if (st && !st.isFile()) throw ioError(file, target, new Error(`it is ${fileKind(st)}; give the path of a regular file`));
  if (st && !opts.replace && !opts.force) {
    throw new UsageError(`${sanitizeLine(file)} already exists; pass --force to replace it, or choose another name. Nothing was written.`);
  }
  const missing = opts.force ? null : missingFolder(path.dirname(target));
  if (missing) {
    throw ioError(file, target, new Error(`the folder ${missing} does not exist; create it first, choose a file in an existing folder, or pass --force to create it`));
  }
  try {
    replace(target, text);
  } catch (err) {
    throw ioError(file, target, err);
  }
  return 'replaced';
}

/** A UsageError when `file` (or the file its links lead to) is one of coach's own (`isCoachFile`). */
export function notCoachFile(file: string, dataDir: string): void {
  if (!DESCRIPTOR.test(file)) refuseCoachFile(file, linkTarget(file), dataDir);
}

function refuseCoachFile(file: string, target: string, dataDir: string): void {
  if (!isCoachFile(dataDir, target)) return;
  const [name, dir] = [sanitizeLine(target === file ? file : `${file} (a link to ${target})`), sanitizeLine(dataDir)];
  throw new UsageError(`${name} is one of coach's own files in its data folder ${dir}, where the log is kept; give another file`);
}

function ioError(file: string, target: string, err: unknown): IoError {
  // Paths and link targets are the learner's data: no control character reaches the terminal.
  const name = sanitizeLine(target === file ? file : `${file} (a link to ${target})`);
  return new IoError(`cannot write ${name}: ${sanitizeLine((err as Error).message)}`);
}

function stream(file: string, target: string, text: string): Written {
  try {
    fs.writeFileSync(file, text);
  } catch (err) {
    throw ioError(file, target, err);
  }
  return 'streamed';
}

/** The outermost folder of `dir` that does not exist, or null when `dir` does (or is not a folder: the write says why). */
function missingFolder(dir: string): string | null {
  let missing: string | null = null;
  for (let at = dir; !fs.existsSync(at); at = path.dirname(at)) {
    missing = at;
    if (path.dirname(at) === at) break;
  }
  return missing;
}

function replace(target: string, text: string): void {
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
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError(file, file, err);
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
