// `coach import FILE`: merge an export (JSON or CSV) into the log by id, all or nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { OptionsOf } from '../cli/options.js';
import type { declareImport } from '../cli/backup.js';
import type { Context } from '../context.js';
import { IoError, UsageError } from '../errors.js';
import { MAX_IMPORT_BYTES } from '../log/export-format.js';
import { renderImport } from '../render/import.js';
import { withLog } from '../session.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { ImportResult } from '../store/export.js';

export type ImportOptions = OptionsOf<typeof declareImport, 'file'>;

/**
 * The file's bytes, refused past MAX_IMPORT_BYTES as soon as it is known: an import takes tens
 * of times the file's size in memory. Read in chunks, so a file that grows, or a device
 * that never ends, stops at the cap too.
 */
function readCapped(file: string, shown: string): Buffer {
  const tooBig = (): UsageError =>
    new UsageError(`${shown} is larger than ${MAX_IMPORT_BYTES / 2 ** 20} MiB, the most coach imports; nothing was imported`);
  const cannot = (err: unknown): IoError => new IoError(`cannot read ${shown}: ${sanitizeLine((err as Error).message)}`);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    throw cannot(err);
  }
  try {
    if (fs.fstatSync(fd).size > MAX_IMPORT_BYTES) throw tooBig();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (err) {
        throw cannot(err);
      }
      if (n === 0) break;
      total += n;
      if (total > MAX_IMPORT_BYTES) throw tooBig();
      chunks.push(n === CHUNK_BYTES ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

const CHUNK_BYTES = 1 << 20;

/** The file's export object, unchecked; refuses what is neither coach's JSON nor its CSV. */
async function readExport(file: string): Promise<unknown> {
  const shown = sanitizeLine(file);
  let body: string;
  try {
    // Fatal, so a byte that is not UTF-8 is refused rather than imported as U+FFFD; the BOM goes.
    body = new TextDecoder('utf-8', { fatal: true }).decode(readCapped(file, shown));
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    throw new UsageError(`${shown} is not UTF-8 text; coach export writes UTF-8, so save the file as UTF-8 and import it again`);
  }
  if (/^\s*[{[]/.test(body)) {
    try {
      return JSON.parse(body) as unknown;
    } catch (err) {
      throw new UsageError(`${shown} is not valid JSON (${sanitizeLine((err as Error).message)}); import takes a file from coach export`);
    }
  }
  const csv = await import('../store/export-csv.js');
  if (csv.isCsvExport(body)) return csv.fromCsv(body);
  throw new UsageError(`${shown} is not a coach export; import takes the JSON or CSV that coach export writes`);
}

export async function importLog(ctx: Context, opts: ImportOptions): Promise<ImportResult> {
  if (!opts.file) throw new UsageError('name the file to import: coach import coach-export.json');
  const file = path.resolve(ctx.cwd, opts.file);
  const { parseExport } = await import('../store/export.js');
  // Check the whole file before opening the log, so a bad file leaves no trace, not even a database.
  const data = parseExport(await readExport(file));
  const result = await withLog(ctx, (store) => store.importAll(data), { verify: true });
  ctx.stdout.write(renderImport(ctx.stdout.style, { file, result }));
  return result;
}
