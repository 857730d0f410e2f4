// Tab completion read off the command declarations: given the words typed after `coach`, which
// command they are in and what the last word may become (a subcommand, an option, an option's
// value, an argument). Pure: commander's declarations in, a description of the wanted values out.

/** The parts of commander's Command, Option and Argument this reads (so tests can build their own). */
export interface OptionLike {
  long?: string;
  short?: string;
  description: string;
  flags: string;
  required: boolean;
  optional: boolean;
  hidden: boolean;
  argChoices?: string[];
}

export interface ArgumentLike {
  name(): string;
  description: string;
  variadic: boolean;
  argChoices?: string[];
}

export interface CommandLike {
  name(): string;
  description(): string;
  readonly commands: readonly CommandLike[];
  readonly options: readonly OptionLike[];
  readonly registeredArguments: readonly ArgumentLike[];
  readonly parent: CommandLike | null;
}

/** What the last word is: the command path it is in, and the kind of value wanted. */
export type Wanted =
  | { kind: 'names'; command: CommandLike; path: string[]; prefix: string; argument: ArgumentLike | null }
  | { kind: 'options'; command: CommandLike; path: string[]; prefix: string }
  | { kind: 'option-value'; command: CommandLike; path: string[]; prefix: string; option: OptionLike; emit: string };

/** Commands a learner may type (the completion's own hidden command is not one). */
export const visibleCommands = (cmd: CommandLike): CommandLike[] => cmd.commands.filter((c) => !c.name().startsWith('_'));

/** Options of `cmd` and of the commands above it (the global `--content`), nearest first. */
export function optionsIn(cmd: CommandLike): OptionLike[] {
  const found: OptionLike[] = [...cmd.options.filter((o) => !o.hidden)];
  // Of the commands above, their options but the version (`coach today --version` is no use).
  for (let c = cmd.parent; c; c = c.parent) found.push(...c.options.filter((o) => !o.hidden && o.long !== '--version'));
  return [...found, HELP];
}

/** commander keeps the help option apart from the others; every command has it. */
const HELP: OptionLike = { long: '--help', short: '-h', description: 'show help', flags: '-h, --help', required: false, optional: false, hidden: false };

const takesValue = (o: OptionLike): boolean => o.required || o.optional;
const findOption = (cmd: CommandLike, flag: string): OptionLike | undefined => optionsIn(cmd).find((o) => o.long === flag || o.short === flag);

/**
 * Joins `--plan`, `=`, `4` back into `--plan=4`: bash splits words at `=`. Returns the words and
 * what the shell counts as the word being completed, so candidates can be given in its terms.
 */
export function joinEquals(words: readonly string[]): { words: string[]; shellWord: string } {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const prev = joined.at(-1);
    if (w === '=' && prev?.startsWith('--') && !prev.includes('=')) joined[joined.length - 1] = `${prev}=`;
    else if (prev?.endsWith('=') && prev.startsWith('--') && words[i - 1] === '=') joined[joined.length - 1] = `${prev}${w}`;
    else joined.push(w);
  }
  return { words: joined, shellWord: words.at(-1) ?? '' };
}

/** What the last of `typed` (the words after `coach`; the last may be empty) can be completed to. */
export function wanted(root: CommandLike, typed: readonly string[]): Wanted {
  const { words, shellWord } = joinEquals(typed.length === 0 ? [''] : typed);
  const cur = words.at(-1) ?? '';
  let command = root;
  const path: string[] = [];
  let positional = 0;
  let pending: OptionLike | null = null;
  let operandsOnly = false;
  for (const w of words.slice(0, -1)) {
    if (pending) {
      pending = null;
      continue;
    }
    if (!operandsOnly && w === '--') operandsOnly = true;
    else if (!operandsOnly && w.startsWith('-') && w !== '-') {
      const option = findOption(command, w.split('=')[0] ?? w);
      if (option && takesValue(option) && !w.includes('=') && option.required) pending = option;
    } else {
      const sub = positional === 0 ? visibleCommands(command).find((c) => c.name() === w) : undefined;
      if (sub) {
        command = sub;
        path.push(w);
      } else positional++;
    }
  }
  if (pending) return { kind: 'option-value', command, path, prefix: cur, option: pending, emit: '' };
  if (!operandsOnly && cur.startsWith('--') && cur.includes('=')) {
    const [flag = '', value = ''] = [cur.slice(0, cur.indexOf('=')), cur.slice(cur.indexOf('=') + 1)];
    const option = findOption(command, flag);
    // zsh and fish complete the whole word; bash (which splits at `=`) only the text after it.
    const emit = shellWord === cur ? `${flag}=` : '';
    if (option && takesValue(option)) return { kind: 'option-value', command, path, prefix: value, option, emit };
  }
  if (!operandsOnly && cur.startsWith('-')) return { kind: 'options', command, path, prefix: cur };
  const args = command.registeredArguments;
  const last = args.at(-1);
  const argument = args[positional] ?? (last?.variadic ? last : null);
  return { kind: 'names', command, path, prefix: cur, argument };
}

/** The value placeholder an option or argument is declared with: `<file>` → `file`. */
export function placeholder(o: OptionLike | ArgumentLike): string {
  if ('flags' in o) return /[<[]([^>\]]+)[>\]]/.exec(o.flags)?.[1]?.replace(/\.\.\.$/, '') ?? '';
  return o.name();
}

/** Placeholders whose values are files or folders: the shell's own file completion takes them. */
export const isFileValue = (name: string): boolean => /^(file|path|dir)$/i.test(name);
