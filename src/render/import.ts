// The text of `coach import`: what the file added, or that it added nothing, and the settings
// the log kept over the file's, with the `coach init` that would apply the file's instead.
import type { ImportResult, RowId, SkippedSetting } from '../log/export-format.js';
import { sanitizeLine } from '../text/sanitize.js';
import { shellQuote } from '../text/shell-quote.js';
import type { Style } from './color.js';
import { plural } from './format.js';

export interface ImportView {
  /** The file imported, as an absolute path. */
  file: string;
  result: ImportResult;
}

export function renderImport(_s: Style, v: ImportView): string {
  const { result } = v;
  const file = sanitizeLine(v.file);
  const parts = Object.entries(result.added).filter(([, n]) => n > 0).map(([table, n]) => plural(n, table.replace(/s$/, ''), table));
  if (result.settings > 0) parts.push(plural(result.settings, 'setting'));
  const kept = result.skippedSettings.length > 0 || result.differing.length > 0;
  const head = parts.length > 0
    ? `Imported ${parts.join(', ')} from ${file}. Undo with coach undo.\n`
    : result.differing.length > 0
      ? `Nothing new in ${file}.\n`
      : `Nothing new in ${file}: the log already has ${kept ? 'every row' : 'all of it'}.\n`;
  return head + differingText(result.differing) + skippedSettingsText(result.skippedSettings);
}

/** Ids listed per table before the rest are counted. */
const SHOWN_IDS = 5;

/** The rows whose ids the log has with other values: the log's were kept, and the learner should know. */
function differingText(rows: readonly RowId[]): string {
  if (rows.length === 0) return '';
  const tables = [...new Set(rows.map((r) => r.table))];
  const width = Math.max(...tables.map((t) => t.length));
  const lines = tables.map((table) => {
    const ids = rows.filter((r) => r.table === table).map((r) => sanitizeLine(r.id));
    const more = ids.length > SHOWN_IDS ? ` and ${ids.length - SHOWN_IDS} more` : '';
    return `  ${table.padEnd(width)}  ${ids.slice(0, SHOWN_IDS).join(', ')}${more}`;
  });
  return (
    `Kept the log's own ${plural(rows.length, 'row')} where the file has the same id with other content ` +
    `(the file's version was not imported):\n${lines.join('\n')}\n`
  );
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
  const flags = skipped.filter((s) => s.imported !== '').map((s) => initFlags(s.key, s.imported));
  return (
    `Kept ${plural(skipped.length, 'setting')} of this log that the file has with other values:\n${lines.join('\n')}\n` +
    (flags.length > 0 ? `To use the file's settings instead: coach init ${flags.join(' ')} --yes\n` : '')
  );
}

/**
 * The `coach init` flags that set a setting: most are named as the key; the target date is
 * `--target-date`, and the practice targets (`design=8-12,mock=4`) are one `--target` each.
 */
function initFlags(key: string, value: string): string {
  const flag = (name: string, v: string): string => `--${name} ${sanitizeLine(shellQuote(v))}`;
  if (key === 'target') return flag('target-date', value);
  if (key === 'targets') return value.split(',').map((t) => flag('target', t)).join(' ');
  return flag(key, value);
}
