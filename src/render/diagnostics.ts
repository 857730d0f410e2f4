// Diagnostics as compilers print them: `file:line:column severity message`, then a summary line.
import path from 'node:path';
import type { Diagnostic, Severity } from '../track/model.js';
import type { Style } from './color.js';
import { plural } from './format.js';
import { sanitizeLine } from '../text/sanitize.js';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity]);
}

export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

export function renderDiagnostics(s: Style, list: readonly Diagnostic[], files: number, cwd: string): string {
  const paint = { error: s.red, warning: s.yellow, info: s.blue };
  const lines = sortDiagnostics(list).map((d) => {
    const file = path.relative(cwd, d.file) || d.file;
    return `${sanitizeLine(file)}:${d.line}:${d.column} ${paint[d.severity](d.severity)} ${sanitizeLine(d.message)} ${s.dim(`[${d.code}]`)}`;
  });
  const c = countBySeverity(list);
  const summary = `${plural(files, 'file')} checked: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
  lines.push(c.error > 0 ? s.red(summary) : s.green(summary));
  return lines.join('\n') + '\n';
}

/** `coach validate`'s line on the log: completions that match no block of the track any more. */
export function renderOrphanedCount(s: Style, n: number | undefined): string {
  if (!n) return '';
  const blocks = n === 1 ? '1 logged block no longer matches' : `${n} logged blocks no longer match`;
  return s.yellow(`${blocks} a block in the track; see coach review`) + '\n';
}
