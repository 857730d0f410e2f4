// `coach export`: everything in the log, with stable ids, as JSON (default) or one CSV file.
import path from 'node:path';
import type { OptionsOf } from '../cli/options.js';
import type { declareExport } from '../cli/backup.js';
import type { Context } from '../context.js';
import { standardStream, writeFileAtomic } from '../files.js';
import { LOG_ENTITIES } from '../log/entities.js';
import { rowsOf } from '../log/export-format.js';
import { renderExport } from '../render/export.js';
import { jsonText } from '../render/output.js';
import { withLog } from '../session.js';
import { hasLog } from '../store/settings.js';
import type { ExportData } from '../store/export.js';

/** `out`: a file to write, or `-` for stdout (the default). */
export type ExportOptions = OptionsOf<typeof declareExport>;

export async function exportLog(ctx: Context, opts: ExportOptions): Promise<ExportData> {
  const { EXPORT_FORMAT, EXPORT_VERSION } = await import('../store/export.js');
  const { emptyLists } = await import('../log/export-format.js');
  let data: ExportData;
  // Before `coach init` there is nothing to export; do not create the database just to say so.
  if (hasLog(ctx.dataDir)) {
    data = await withLog(ctx, (store) => store.exportAll(), { readonly: true });
  } else {
    data = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: ctx.now.toISOString(), settings: {}, ...emptyLists() };
  }
  const format = opts.format ?? (opts.out && /\.csv$/i.test(opts.out) ? 'csv' : 'json');
  const text = format === 'csv' ? (await import('../store/export-csv.js')).toCsv(data) : jsonText(data);
  const file = opts.out === undefined || opts.out === '-' ? null : path.resolve(ctx.cwd, opts.out);
  const stream = file === null ? 'stdout' : standardStream(file);
  if (stream) {
    ctx[stream].write(text);
    return data;
  }
  if (file === null) return data;
  const written = writeFileAtomic(file, text, { force: opts.force, dataDir: ctx.dataDir });
  const rows = LOG_ENTITIES.reduce((n, entity) => n + rowsOf(data, entity).length, 0);
  // After an export sent to a stream (`--out /dev/stdout`), the summary must not follow it there.
  const say = written === 'streamed' ? ctx.stderr : ctx.stdout;
  say.write(renderExport(say.style, { rows, settings: Object.keys(data.settings).length, format, file }));
  return data;
}
