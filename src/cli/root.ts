// The `coach` command itself: its global option, version, output streams and the help text
// that ends with the exit codes.
import fs from 'node:fs';
import path from 'node:path';
import { Command } from '@commander-js/extra-typings';
import type { Context } from '../context.js';
import { EXIT_MEANINGS } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { contentOption, examples, type OptionsOf } from './options.js';
import { wrapLine } from '../render/wrap.js';

/** coach's version, put in the bundle by scripts/bundle.mjs; absent when running from source. */
declare const __COACH_VERSION__: string | undefined;

/** The bundle knows its version; from source (tests), package.json says it. */
function version(): string {
  if (typeof __COACH_VERSION__ === 'string') return __COACH_VERSION__;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function exitCodes(): string {
  const codes = Object.entries(EXIT_MEANINGS);
  const width = Math.max(...codes.map(([code]) => code.length));
  return `\nExit codes:\n${codes.map(([code, meaning]) => `  ${code.padEnd(width)}  ${meaning}`).join('\n')}\n`;
}

/**
 * Help text wrapped to the terminal: commander wraps its own lists, but the notes after them are
 * prose written once. An example (`  $ coach …`) stays whole, so it can be copied as one line.
 */
export function fitHelp(text: string, columns: number): string {
  return text
    .split('\n')
    // A wrapped line goes on under its own indent: a deeper one would read as an entry of a list.
    .flatMap((line) => (/^\s*\$ /.test(line) ? [line] : wrapLine(line, columns, '')))
    .join('\n');
}

/** `coach`, with nothing below it yet; output goes to the context's streams. */
export function rootCommand(ctx: Context) {
  return new Command('coach')
    .description('A study coach for multi-week interview preparation tracks written in markdown.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(contentOption())
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(fitHelp(s, ctx.stdout.columns)),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: () => {},
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .addHelpText('after', examples([
      'coach init',
      'coach today',
      'coach done 1 2',
      'coach dsa add "Two Sum" --difficulty easy',
      'coach plan --week 11 --day 3',
      'coach validate ./weeks',
    ]) + exitCodes());
}

export type Root = ReturnType<typeof rootCommand>;

/** Options every command accepts: those `coach` itself declares (`--content`). */
export type GlobalOptions = OptionsOf<typeof rootCommand>;
