// `coach status`: one line for a prompt or a status bar. The fast path (src/status/fast.ts) prints
// it from the state file before the CLI loads; this command runs when that file is not current,
// works the facts out in full and saves them for the next prompt.
import type { OptionsOf } from '../cli/options.js';
import type { declareStatus } from '../cli/shell.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { printResult } from '../render/output.js';
import { DEFAULT_FORMAT, PLACEHOLDERS, renderStatus, statusJson, unknownPlaceholders } from '../render/status.js';
import { computeStatus } from '../status/compute.js';
import type { StatusFacts } from '../status/facts.js';
import { sanitizeLine } from '../text/sanitize.js';

export type StatusOptions = OptionsOf<typeof declareStatus>;

export async function status(ctx: Context, opts: StatusOptions): Promise<StatusFacts> {
  const format = opts.format ?? DEFAULT_FORMAT;
  const unknown = unknownPlaceholders(format);
  if (unknown.length > 0) {
    throw new UsageError(`--format: unknown placeholder ${unknown.map((u) => `{${sanitizeLine(u)}}`).join(', ')}; ` +
      `known: ${Object.keys(PLACEHOLDERS).map((p) => `{${p}}`).join(' ')} (coach status --help)`);
  }
  const facts = await computeStatus(ctx, opts.content);
  printResult(ctx.stdout, () => `${renderStatus(format, facts, ctx.now)}\n`, facts, { json: opts.json, toJson: (f) => statusJson(f, ctx.now, format) });
  return facts;
}
