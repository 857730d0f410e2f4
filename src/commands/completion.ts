// `coach completion bash|zsh|fish` prints a completion script; `coach __complete WORDS…`, which
// those scripts call, prints the candidates for the last word.
import type { Context } from '../context.js';
import { completionLines, completions } from '../completion/candidates.js';
import { SCRIPTS, type Shell } from '../completion/scripts.js';
import { contentOf, withLazySession } from '../completion/sources.js';
import type { CommandLike } from '../completion/words.js';

export function completion(ctx: Context, opts: { shell: Shell }): string {
  const script = SCRIPTS[opts.shell];
  ctx.stdout.write(script);
  return script;
}

/**
 * The candidates, one a line (see `completionLines`), for the command tree `program` declares.
 * Never fails: a command line it cannot read, or a log it cannot open, offers nothing.
 */
export async function complete(ctx: Context, opts: { words: string[]; program: CommandLike }): Promise<string> {
  let text = '';
  try {
    text = completionLines(await withLazySession(ctx, contentOf(opts.words), (open) => completions(ctx, open, opts.program, opts.words)));
  } catch {
    text = '';
  }
  ctx.stdout.write(text);
  return text;
}
