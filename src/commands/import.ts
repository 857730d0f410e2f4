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
import type { CsvImport } from '../store/csv-import.js';
import type { ImportResult } from '../store/export.js';

export type ImportOptions = OptionsOf<typeof declareImport, 'file'>;

/**
 * The file's bytes in chunks, refused past MAX_IMPORT_BYTES as soon as that is known. Read in
 * chunks, so a file that grows, or a device that never ends, stops at the cap too.
 */
function* chunksOf(file: string, shown: string): Generator<Buffer> {
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
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      let n: number;
      try {
        n = fs.readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (err) {
        throw cannot(err);
      }
      if (n === 0) return;
      total += n;
      if (total > MAX_IMPORT_BYTES) throw tooBig();
      yield n === CHUNK_BYTES ? chunk : chunk.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

// Small enough that each read buffer is a plain allocation freed as soon as its text is decoded:
// 1 MiB ones were kept by the allocator, and a CSV import's memory grew with the file.
const CHUNK_BYTES = 1 << 16;
const HEAD_CHARS = 1 << 16;

/**
 * A fatal UTF-8 decoder of the file, so a byte that is not UTF-8 is refused rather than imported
 * as U+FFFD; the BOM goes. `stream` while more chunks follow; without it the text ends there, where
 * a truncated character is an error too.
 */
function decoderFor(shown: string): (bytes?: Uint8Array, stream?: boolean) => string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return (bytes, stream = false) => {
    try {
      return decoder.decode(bytes, { stream });
    } catch (err) {
      if (!(err instanceof TypeError)) throw err;
      throw new UsageError(`${shown} is not UTF-8 text; coach export writes UTF-8, so save the file as UTF-8 and import it again`);
    }
  };
}

/** What was read: JSON's export object, unchecked, or a CSV whose rows are checked and kept aside. */
type Read = { json: unknown } | { csv: CsvImport };

/**
 * The file read; refuses what is neither coach's JSON nor its CSV. JSON is parsed whole; CSV is
 * checked record by record as the file is read, so neither its text nor its rows are held whole.
 */
async function readExport(file: string): Promise<Read> {
  const shown = sanitizeLine(file);
  const chunks = chunksOf(file, shown);
  const decode = decoderFor(shown);
  // Enough of the start to tell the format: past any leading blanks, then JSON's first character
  // or CSV's whole first line (a header is short: a longer first line is no coach export).
  const start: Buffer[] = [];
  let head = '';
  let blank = true;
  let next = chunks.next();
  const enough = (): boolean => !blank && (/^\s*[{[]/.test(head) || /[\r\n]/.test(head) || head.length > HEAD_CHARS);
  for (; !next.done && !enough(); next = chunks.next()) {
    start.push(next.value);
    const piece = decode(next.value, true);
    blank &&= /^\s*$/.test(piece);
    head += piece;
  }
  const rest = function* (): Generator<Buffer> {
    for (; !next.done; next = chunks.next()) yield next.value;
  };
  if (/^\s*[{[]/.test(head)) {
    // Decoded in one piece: a flat string, which JSON.parse reads without copying it first.
    const body = decoderFor(shown)(Buffer.concat([...start, ...rest()]));
    try {
      return { json: JSON.parse(body) as unknown };
    } catch (err) {
      throw new UsageError(`${shown} is not valid JSON (${sanitizeLine((err as Error).message)}); import takes a file from coach export`);
    }
  }
  const csv = await import('../store/export-csv.js');
  if (!csv.isCsvExport(head)) {
    for (const chunk of rest()) decode(chunk, true); // the rest is checked for UTF-8 and size first, as before
    decode();
    throw new UsageError(`${shown} is not a coach export; import takes the JSON or CSV that coach export writes`);
  }
  const { CsvImport } = await import('../store/csv-import.js');
  const rows = new CsvImport();
  try {
    rows.push(head);
    for (const chunk of rest()) rows.push(decode(chunk, true));
    rows.push(decode());
    return { csv: rows };
  } catch (err) {
    rows.close();
    throw err;
  }
}

export async function importLog(ctx: Context, opts: ImportOptions): Promise<ImportResult> {
  if (!opts.file) throw new UsageError('name the file to import: coach import coach-export.json');
  const file = path.resolve(ctx.cwd, opts.file);
  const { parseExport, sourceOf } = await import('../store/export.js');
  // Check the whole file before opening the log, so a bad file leaves no trace, not even a database.
  const read = await readExport(file);
  let result: ImportResult;
  if ('csv' in read) {
    try {
      const rows = read.csv.finish();
      result = await withLog(ctx, (store) => store.importRows(rows), { verify: true, cards: true });
    } finally {
      read.csv.close();
    }
  } else {
    // Checked once, here: the log gets the rows as they are.
    const rows = sourceOf(parseExport(read.json));
    result = await withLog(ctx, (store) => store.importRows(rows), { verify: true, cards: true });
  }
  ctx.stdout.write(renderImport(ctx.stdout.style, { file, result }));
  return result;
}
