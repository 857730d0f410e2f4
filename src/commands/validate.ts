// `coach validate`: parse every file from scratch and print what is wrong, compiler-style.
import path from 'node:path';
import type { Context, GlobalOptions } from '../context.js';
import { contentPath } from '../paths.js';
import { countBySeverity, renderDiagnostics, sortDiagnostics } from '../render/diagnostics.js';
import { printResult } from '../render/output.js';
import { buildCatalog } from '../track/assemble.js';
import { discover } from '../track/discover.js';
import type { Diagnostic } from '../track/model.js';
import { readSettings } from '../store/settings.js';

export interface ValidateOptions extends GlobalOptions {
  args: string[];
  json?: boolean;
}

export interface ValidateResult {
  files: number;
  diagnostics: Diagnostic[];
  /** 1 when any diagnostic is an error. */
  exitCode: number;
}

export async function validate(ctx: Context, opts: ValidateOptions): Promise<ValidateResult> {
  const target = opts.args[0]
    ? path.resolve(ctx.cwd, opts.args[0])
    : contentPath(opts.content, ctx.env, (await readSettings(ctx.dataDir))?.content, ctx.cwd);
  const files = discover(target).map((f) => f.path);
  const catalog = buildCatalog(files);
  const diagnostics = sortDiagnostics(catalog.diagnostics);
  if (files.length === 0) {
    diagnostics.push({ file: target, line: 1, column: 1, severity: 'error', code: 'no-files', message: 'no markdown (.md) files found here' });
  }
  const result = { files: catalog.files, diagnostics, exitCode: countBySeverity(diagnostics).error > 0 ? 1 : 0 };
  printResult(ctx.stdout, (s, r) => renderDiagnostics(s, r.diagnostics, r.files, ctx.cwd), result, {
    json: opts.json,
    // The exit code is the process's, not part of the report.
    toJson: (r) => ({ files: r.files, diagnostics: r.diagnostics }),
  });
  return result;
}
