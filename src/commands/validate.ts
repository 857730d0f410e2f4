// `coach validate`: parse every file from scratch and print what is wrong, compiler-style; with a
// log, also how many of its completions no longer match a block of the learner's track.
import path from 'node:path';
import type { OptionsOf } from '../cli/options.js';
import type { declareValidate } from '../cli/track.js';
import type { Context } from '../context.js';
import { EXIT, type ExitCode } from '../errors.js';
import { contentPath } from '../paths.js';
import { renderDiagnostics, renderOrphanedCount, sortDiagnostics } from '../render/diagnostics.js';
import { printResult } from '../render/output.js';
import { loadMarkdown } from '../track/markdown.js';
import { discover } from '../track/discover.js';
import { parseAll } from '../track/load.js';
import type { Diagnostic } from '../track/model.js';
import { attach } from '../log/attach.js';
import { withLog } from '../session.js';
import { hasLog, settingsOf } from '../store/settings.js';
import type { Store } from '../store/store.js';

export type ValidateOptions = OptionsOf<typeof declareValidate, 'path'>;

export interface ValidateResult {
  files: number;
  diagnostics: Diagnostic[];
  /**
   * Completions of the log that match no block of the learner's track (see `attach`): present
   * only when a log exists and the files checked are the learner's content.
   */
  orphaned?: number;
}

export async function validate(ctx: Context, opts: ValidateOptions): Promise<ValidateResult> {
  // Read-only: checking the track never creates or changes a log.
  await loadMarkdown();
  if (!hasLog(ctx.dataDir)) return check(ctx, opts, null);
  return withLog(ctx, (store) => check(ctx, opts, store), { readonly: true, verify: true });
}

async function check(ctx: Context, opts: ValidateOptions, store: Store | null): Promise<ValidateResult> {
  const saved = store ? settingsOf(store) : null;
  const learners = contentPath(opts.content, ctx.env, saved?.content, ctx.cwd);
  const target = opts.path ? path.resolve(ctx.cwd, opts.path) : learners;
  const stamps = discover(target);
  // What validate parsed is the freshest parse there is: it replaces a cached one.
  const catalog = await parseAll(target, stamps, ctx.dataDir);
  const diagnostics = sortDiagnostics(catalog.diagnostics);
  if (stamps.length === 0) {
    diagnostics.push({ file: target, line: 1, column: 1, severity: 'error', code: 'no-files', message: 'no markdown (.md) files found here' });
  }
  // Only against the whole of the learner's content: one file of it would orphan every other week.
  const track = store && saved && target === learners ? catalog.tracks.find((t) => t.id === saved.track) : undefined;
  const orphaned = store && track ? attach(track, store.completions({ track: track.id })).orphaned.length : undefined;
  const result: ValidateResult = { files: catalog.files, diagnostics, ...(orphaned === undefined ? {} : { orphaned }) };
  printResult(ctx.stdout, (s, r) => renderDiagnostics(s, r.diagnostics, r.files, ctx.cwd) + renderOrphanedCount(s, r.orphaned), result, { json: opts.json });
  return result;
}

/** The rule behind `coach validate`'s exit code: any error fails the check; warnings alone pass. */
export function validateExitCode(result: ValidateResult): ExitCode {
  return result.diagnostics.some((d) => d.severity === 'error') ? EXIT.invalidTracks : EXIT.ok;
}
