// `coach import FILE`: merge an export (JSON or CSV) into the log by id, all or nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { OptionsOf } from '../cli/options.js';
import type { declareImport } from '../cli/backup.js';
import type { Context } from '../context.js';
import { IoError, UsageError } from '../errors.js';
import { renderImport } from '../render/import.js';
import { withLog } from '../session.js';
import type { ImportResult } from '../store/export.js';

export type ImportOptions = OptionsOf<typeof declareImport, 'file'>;

/** The file's export object, unchecked; refuses what is neither coach's JSON nor its CSV. */
async function readExport(file: string): Promise<unknown> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new IoError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[{[]/.test(body)) {
    try {
      return JSON.parse(body) as unknown;
    } catch (err) {
      throw new UsageError(`${file} is not valid JSON (${(err as Error).message}); import takes a file from coach export`);
    }
  }
  const csv = await import('../store/export-csv.js');
  if (csv.isCsvExport(body)) return csv.fromCsv(body);
  throw new UsageError(`${file} is not a coach export; import takes the JSON or CSV that coach export writes`);
}

export async function importLog(ctx: Context, opts: ImportOptions): Promise<ImportResult> {
  if (!opts.file) throw new UsageError('name the file to import: coach import coach-export.json');
  const file = path.resolve(ctx.cwd, opts.file);
  const { parseExport } = await import('../store/export.js');
  // Check the whole file before opening the log, so a bad file leaves no trace, not even a database.
  const data = parseExport(await readExport(file));
  const result = await withLog(ctx, (store) => store.importAll(data));
  ctx.stdout.write(renderImport(ctx.stdout.style, { file, result }));
  return result;
}
