// Commands that fit coach into the learner's shell and tools: a status line for the prompt, tab
// completion, and the plan as a calendar file.
import { Argument, Option } from '@commander-js/extra-typings';
import { clockTime, isoDate, positiveInt } from '../cli-args.js';
import { DEFAULT_FORMAT, PLACEHOLDERS } from '../render/status.js';
import { contentOption, examples, jsonOption, planOption } from './options.js';
import type { Root } from './root.js';

const placeholderHelp = (): string => {
  const names = Object.keys(PLACEHOLDERS);
  const pad = Math.max(...names.map((n) => n.length)) + 2;
  return `\nDefault format:\n${DEFAULT_FORMAT}\n\nPlaceholders:\n${Object.entries(PLACEHOLDERS).map(([name, what]) => `  ${`{${name}}`.padEnd(pad + 2)}${what}`).join('\n')}\n`;
};

export const declareStatus = (parent: Root) => parent
  .command('status')
  .description('one line for a shell prompt or a status bar: the timer, blocks and DSA of today, revisits due')
  .addOption(contentOption())
  .option('--format <format>', 'what to print, with {placeholders}; a [group] vanishes when a placeholder in it has no value (default: below)')
  .addOption(jsonOption())
  .addHelpText('after', () => examples(['coach status', 'coach status --format "{blocks} blocks · {dsa} DSA"', 'coach status --json']) + placeholderHelp() +
    '\nWith nothing to say (no log yet, a rest day with nothing done) it prints an\n' +
    'empty line. It reads a small state file kept current by every write, and works\n' +
    'everything out again whenever the log or the track changed since.\n');

export const declareCompletion = (parent: Root) => parent
  .command('completion')
  .description('print a tab-completion script for bash, zsh or fish')
  .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
  .addHelpText('after', examples(['coach completion bash', 'coach completion zsh', 'coach completion fish']) +
    '\nInstall it with one line:\n' +
    '  bash  echo \'source <(coach completion bash)\' >> ~/.bashrc\n' +
    '  zsh   echo \'source <(coach completion zsh)\' >> ~/.zshrc   (after compinit)\n' +
    '  fish  coach completion fish > ~/.config/fish/completions/coach.fish\n');

/** What the completion scripts call: the candidates for the last of `words`, one a line (hidden from help). */
export const declareComplete = (parent: Root) => parent
  .command('__complete', { hidden: true })
  .description('complete a command line: the words after coach, the last one being completed')
  .argument('[words...]', 'the command line after coach');

export const declareCalendar = (parent: Root) => parent
  .command('calendar')
  .description('the plan as an iCalendar (.ics) file: one event per block, from your settings and rest days')
  .addOption(contentOption())
  .option('--ics', 'write iCalendar (RFC 5545), for a calendar app; the default')
  .option('--json', 'write the events as JSON instead')
  .option('--out <file>', 'write to this file (replaced atomically) instead of stdout; - means stdout')
  .option('--force', 'replace a file --out names that already exists, or create a missing folder or the file a link to nothing points to')
  .addOption(new Option('--from <YYYY-MM-DD>', 'first date (default: today); also today or yesterday').argParser(isoDate))
  .addOption(new Option('--weeks <n>', 'how many weeks from --from (default: to the end of the plan)').argParser(positiveInt('--weeks')))
  .addOption(new Option('--at <HH:MM>', "the time a study day's first block starts, in your time zone (default: 09:00)").argParser(clockTime))
  .addOption(planOption())
  .addHelpText('after', examples(['coach calendar --ics --out ~/coach.ics', 'coach calendar --ics --weeks 2 --at 07:30', 'coach calendar --ics --from 2026-12-01 --plan 6h', 'coach calendar --json --weeks 1']) +
    '\nEach block is an event with a stable UID: importing the file again updates the\n' +
    'events rather than adding more. Blocks follow each other in plan order from\n' +
    '--at; a rest day and a block let go have none.\n');
