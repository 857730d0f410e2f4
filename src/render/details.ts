// A block's details as a terminal shows them: nested items wrapped at words under their
// indentation, code blocks as code (unwrapped, behind a gutter), for `coach show` and `today --details`.
import { CODE_FENCE } from '../track/details.js';
import { sanitize } from '../text/sanitize.js';
import type { Style } from './color.js';
import { cut, width } from './format.js';
import { wrapLine } from './wrap.js';

/**
 * `lines` (a block's details) under `indent`, prose wrapped to `columns`. Code is never wrapped:
 * `cutCode` cuts its long lines to the width instead (a glance at the day), else they stay whole.
 */
export function renderDetails(s: Style, lines: readonly string[], indent: string, columns: number, cutCode = false): string[] {
  const out: string[] = [];
  let code = false;
  // Code lines carry their fence's indentation: it is the details' nesting, not the code's own.
  let fencePad = '';
  for (const raw of lines) {
    const full = sanitize(raw);
    if (full.trimStart().startsWith(CODE_FENCE)) {
      code = !code;
      fencePad = /^ */.exec(full)?.[0] ?? '';
      continue;
    }
    const line = code && full.startsWith(fencePad) ? full.slice(fencePad.length) : full;
    // Code keeps its own spacing and lines: a wrapped line of code would read as two.
    if (code) out.push(`${indent}${s.dim('│')} ${cutCode ? cut(line, Math.max(1, columns - width(indent) - 2)) : line}`);
    else out.push(...wrapLine(`${indent}${line}`, columns).map((l) => s.dim(l)));
  }
  return out;
}
