// How a command prints its result: through its text view, or as one JSON document with --json.
// The only place that turns a result into JSON for stdout, so every --json looks the same.
import type { Output } from '../context.js';
import { escapeInvisible } from '../text/sanitize.js';
import type { Style } from './color.js';

/** A view: pure, from a result to the text a terminal `columns` wide shows. */
export type View<T> = (style: Style, data: T, columns: number) => string;

/**
 * A JSON document as coach writes it (stdout and export files): two-space indent, final newline,
 * and no raw control or bidi character that could drive a terminal showing it.
 */
export function jsonText(data: unknown): string {
  return escapeInvisible(JSON.stringify(data, null, 2)) + '\n';
}

export interface PrintOptions<T> {
  /** `--json`: print the data instead of the view. */
  json?: boolean;
  /** The JSON form of the data, when it is not the data itself. */
  toJson?: (data: T) => unknown;
}

/** Writes `data` to `out` as text through `view`, or as JSON when `opts.json` asks for it. */
export function printResult<T>(out: Output, view: View<T>, data: T, opts: PrintOptions<T> = {}): void {
  if (opts.json) out.write(jsonText(opts.toJson ? opts.toJson(data) : data));
  else out.write(view(out.style, data, out.columns));
}
