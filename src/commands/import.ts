// `coach import FILE`: merge an export (JSON or CSV) into the log by id, all or nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { OptionsOf } from '../cli/options.js';
import type { declareImport } from '../cli/backup.js';
import type { Context } from '../context.js';
import { IoError, UsageError } from '../errors.js';
import { plural } from '../render/format.js';
import { sanitizeLine } from '../text/sanitize.js';
import { shellQuote } from '../text/shell-quote.js';
import type { ImportResult, SkippedSetting } from '../store/export.js';

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

/**
 * The file's settings the log kept because it had its own: restored history is scheduled by the
 * log's start and week, so the learner needs to see them, and the command that applies them.
 */
function skippedSettingsText(skipped: readonly SkippedSetting[]): string {
  if (skipped.length === 0) return '';
  // `content` empty means the bundled track, which init has no flag for; the other keys are init's flags.
  const show = (value: string) => (value === '' ? '(bundled track)' : sanitizeLine(value));
  const width = Math.max(...skipped.map((s) => s.key.length));
  const lines = skipped.map((s) => `  ${s.key.padEnd(width)}  ${show(s.current)} here, ${show(s.imported)} in the file`);
  const flags = skipped.filter((s) => s.imported !== '').map((s) => `--${s.key} ${sanitizeLine(shellQuote(s.imported))}`);
  return (
    `Kept ${plural(skipped.length, 'setting')} of this log that the file has with other values:\n${lines.join('\n')}\n` +
    (flags.length > 0 ? `To use the file's settings instead: coach init ${flags.join(' ')} --yes\n` : '')
  );
}

export async function importLog(ctx: Context, opts: ImportOptions): Promise<ImportResult> {
  if (!opts.file) throw new UsageError('name the file to import: coach import coach-export.json');
  const file = path.resolve(ctx.cwd, opts.file);
  const { parseExport } = await import('../store/export.js');
  // Check the whole file before opening the log, so a bad file leaves no trace, not even a database.
  const data = parseExport(await readExport(file));
  const { openStore } = await import('../store/store.js');
  const store = openStore(ctx.dataDir, { now: () => ctx.now });
  try {
    const result = store.importAll(data);
    const parts = Object.entries(result.added).filter(([, n]) => n > 0).map(([table, n]) => plural(n, table.replace(/s$/, ''), table));
    if (result.settings > 0) parts.push(plural(result.settings, 'setting'));
    ctx.stdout.write(parts.length > 0
      ? `Imported ${parts.join(', ')} from ${sanitizeLine(file)}. Undo with coach undo.\n`
      : `Nothing new in ${sanitizeLine(file)}: the log already has ${result.skippedSettings.length > 0 ? 'every row' : 'all of it'}.\n`);
    ctx.stdout.write(skippedSettingsText(result.skippedSettings));
    return result;
  } finally {
    store.close();
  }
}
