// What the command declarations share: the options several commands take, the examples block of
// a help text, and the types that give each command module its options from its declaration.
import { Option } from '@commander-js/extra-typings';
import { isoDate, plan, positiveInt } from '../cli-args.js';

/** A declaration: adds one command to its parent and returns it, typed by its options and arguments. */
type Declaration = (parent: never) => { optsWithGlobals(): object; processedArgs: unknown[] };

/**
 * The options a command function takes, derived from its declaration: every option (the global
 * `--content` too) and, when `Arg` names it, the command's one positional argument.
 */
export type OptionsOf<D extends Declaration, Arg extends string = never> =
  Flat<ReturnType<ReturnType<D>['optsWithGlobals']> & { [K in Arg]: ReturnType<D>['processedArgs'][0] }>;

/** One object type instead of an intersection, so editors and errors show the fields. */
type Flat<T> = { [K in keyof T]: T[K] };

export const examples = (lines: string[]): string => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

export const contentOption = () =>
  new Option('--content <path>', 'track folder or file (default: COACH_CONTENT, the saved setting, or the bundled track)');
export const jsonOption = () => new Option('--json', 'print JSON instead of text');
export const planOption = () => new Option('--plan <plan>', 'daily plan: 4h or 6h').argParser(plan);
export const dateOption = (what: string) => new Option('--date <YYYY-MM-DD>', `${what}; also today or yesterday`).argParser(isoDate);
export const weekOption = (what: string) => new Option('--week <n>', what).argParser(positiveInt('--week'));
