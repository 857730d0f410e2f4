// `coach validate`: parse every file from scratch and print what is wrong, compiler-style.
import path from 'node:path';
import type { OptionsOf } from '../cli/options.js';
import type { declareValidate } from '../cli/track.js';
import type { Context } from '../context.js';
import { EXIT, type ExitCode } from '../errors.js';
import { contentPath } from '../paths.js';
import { renderDiagnostics, sortDiagnostics } from '../render/diagnostics.js';
import { printResult } from '../render/output.js';
import { buildCatalog } from '../track/assemble.js';
import { discover } from '../track/discover.js';
import type { Diagnostic } from '../track/model.js';
import { readSettings } from '../store/settings.js';

export type ValidateOptions = OptionsOf<typeof declareValidate, 'path'>;

export interface ValidateResult {
  files: number;
  diagnostics: Diagnostic[];
}

export async function validate(ctx: Context, opts: ValidateOptions): Promise<ValidateResult> {
  const target = opts.path
    ? path.resolve(ctx.cwd, opts.path)
    : contentPath(opts.content, ctx.env, (await readSettings(ctx.dataDir))?.content, ctx.cwd);
  const files = discover(target).map((f) => f.path);
  const catalog = buildCatalog(files);
  const diagnostics = sortDiagnostics(catalog.diagnostics);
  if (files.length === 0) {
    diagnostics.push({ file: target, line: 1, column: 1, severity: 'error', code: 'no-files', message: 'no markdown (.md) files found here' });
  }
  const result = { files: catalog.files, diagnostics };
  printResult(ctx.stdout, (s, r) => renderDiagnostics(s, r.diagnostics, r.files, ctx.cwd), result, { json: opts.json });
  return result;
}

/** The rule behind `coach validate`'s exit code: any error fails the check; warnings alone pass. */
export function validateExitCode(result: ValidateResult): ExitCode {
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.invalidTracks : EXIT.ok;
}
