// The text of `coach import`: what the file added, or that it added nothing, and the settings
// the log kept over the file's, with the `coach init` that would apply the file's instead.
import type { ImportResult, SkippedSetting } from '../log/export-format.js';
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
  const head = parts.length > 0
    ? `Imported ${parts.join(', ')} from ${file}. Undo with coach undo.\n`
    : `Nothing new in ${file}: the log already has ${result.skippedSettings.length > 0 ? 'every row' : 'all of it'}.\n`;
  return head + skippedSettingsText(result.skippedSettings);
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
