// The message of `coach export --out FILE`: how much went where. (To stdout the export itself is the output.)
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { plural } from './format.js';

export interface ExportView {
  /** Log rows written: completions, problems, skips, lessons, drops and practice. */
  rows: number;
  settings: number;
  format: 'json' | 'csv';
  file: string;
}

export function renderExport(_s: Style, v: ExportView): string {
  return `Exported ${plural(v.rows, 'log row')} and ${v.settings} settings as ${v.format.toUpperCase()} to ${sanitizeLine(v.file)}\n`;
}
