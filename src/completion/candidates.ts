// The completions of a command line: names and options from the declarations (words.ts), values
// from their choices or from the learner's data (sources.ts), or the shell's file completion.
import type { Context } from '../context.js';
import type { Session } from '../session.js';
import { sanitizeLine } from '../text/sanitize.js';
import { VALUE_SOURCES, type Candidate, type ValueSource } from './sources.js';
import { isFileValue, optionsIn, placeholder, visibleCommands, wanted, type ArgumentLike, type CommandLike, type OptionLike } from './words.js';

/** Candidates to print, or `files`: let the shell complete a file name. */
export type Completions = Candidate[] | 'files';

const sourceFor = (path: string[], target: OptionLike | ArgumentLike): ValueSource | undefined =>
  VALUE_SOURCES.find((s) =>
    'option' in s.target ? 'flags' in target && s.target.option === target.long : !('flags' in target) && s.target.command === path.join(' ') && s.target.argument === target.name());

/** The values an option or argument takes: its choices, a source's, files, or none known. */
async function valuesOf(ctx: Context, open: () => Promise<Session>, path: string[], target: OptionLike | ArgumentLike): Promise<Completions> {
  if (target.argChoices) return target.argChoices.map((value) => ({ value }));
  const source = sourceFor(path, target);
  if (source) {
    try {
      return await source.values(ctx, open);
    } catch {
      return []; // No log, a track with errors: nothing to offer, and nothing to say while typing.
    }
  }
  return isFileValue(placeholder(target)) ? 'files' : [];
}

const startingWith = (prefix: string, list: Candidate[]): Candidate[] => list.filter((c) => c.value.startsWith(prefix));

/** What the last of `words` (after `coach`) can become. */
export async function completions(ctx: Context, open: () => Promise<Session>, root: CommandLike, words: readonly string[]): Promise<Completions> {
  const want = wanted(root, words);
  if (want.kind === 'options') {
    const seen = new Set<string>();
    const list = optionsIn(want.command).flatMap((o) => {
      const flag = o.long ?? o.short;
      if (!flag || seen.has(flag)) return [];
      seen.add(flag);
      return [{ value: flag, description: o.description }];
    });
    return startingWith(want.prefix, list);
  }
  if (want.kind === 'option-value') {
    const values = await valuesOf(ctx, open, want.path, want.option);
    return values === 'files' ? values : startingWith(want.prefix, values).map((c) => ({ ...c, value: `${want.emit}${c.value}` }));
  }
  const subcommands = want.argument === null || want.path.length === 0 ? visibleCommands(want.command).map((c) => ({ value: c.name(), description: c.description() })) : [];
  // Subcommands before a command's first argument; a command with both (none today) offers both.
  const values = want.argument && want.path.length > 0 ? await valuesOf(ctx, open, want.path, want.argument) : [];
  if (values === 'files') return subcommands.length > 0 ? startingWith(want.prefix, subcommands) : 'files';
  return startingWith(want.prefix, [...subcommands, ...values]);
}

/** One candidate a line, `value<TAB>description` (control characters and line breaks taken out); `:files` for file names. */
export function completionLines(result: Completions): string {
  if (result === 'files') return ':files\n';
  return result.map((c) => (c.description ? `${sanitizeLine(c.value)}\t${sanitizeLine(c.description)}` : sanitizeLine(c.value))).join('\n') + (result.length ? '\n' : '');
}
