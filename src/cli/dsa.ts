// `coach dsa` and its subcommands: logging solved problems and seeing them against the target.
import { Option } from '@commander-js/extra-typings';
import { collect, difficulty, isoDate, minutesArg, positiveInt, rating } from '../cli-args.js';
import { contentOption, dateOption, examples, jsonOption, weekOption } from './options.js';
import type { Root } from './root.js';

export const declareDsa = (parent: Root) => parent
  .command('dsa')
  .description('log solved DSA problems and see how you are doing against the daily target')
  .addHelpText('after', examples(['coach dsa add "Two Sum" --difficulty easy --topic arrays --topic hashing', 'coach dsa log 3', 'coach dsa list --week 11', 'coach dsa stats']));

type Dsa = ReturnType<typeof declareDsa>;

export const declareDsaAdd = (parent: Dsa) => parent
  .command('add')
  .description('log one solved problem (asks for what is missing on a terminal)')
  .argument('[title...]', 'problem title')
  .addOption(contentOption())
  .addOption(new Option('--difficulty <level>', 'easy, medium or hard (any case)').argParser(difficulty))
  .addOption(new Option('--topic <topic>', 'topic, repeatable (or comma-separated)').argParser(collect))
  .option('--url <url>', 'link to the problem')
  .addOption(new Option('--minutes <n>', 'minutes spent').argParser(minutesArg('--minutes')))
  .addOption(dateOption('day solved (default: today)'))
  .option('--note <text>', 'a note')
  .addOption(new Option('--rating <how>', 'how it went: again, hard, good or easy (asked on a terminal; default good)').argParser(rating))
  .addHelpText('after', examples(['coach dsa add "Two Sum" --difficulty easy --topic arrays --rating hard', 'coach dsa add "LRU Cache" --difficulty Medium --topic design', 'coach dsa add "Two Sum" --url https://leetcode.com/problems/two-sum/', 'coach dsa add "Merge Intervals" --date yesterday', 'coach dsa add']) +
    '\nA date after today is refused. A title logged before is logged again, with the dates it was solved before.\n' +
    'A titled problem comes back for a re-solve on the date FSRS gives for its ratings (coach revisit).\n');

export const declareDsaLog = (parent: Dsa) => parent
  .command('log')
  .description('log N untitled problems at once')
  .argument('<n>', 'how many', positiveInt('N'))
  .addOption(contentOption())
  .addOption(dateOption('day solved (default: today)'))
  .addHelpText('after', examples(['coach dsa log 3', 'coach dsa log 2 --date yesterday', 'coach dsa log 2 --date 2026-11-20']));

export const declareDsaList = (parent: Dsa) => parent
  .command('list')
  .description('problems logged, oldest first')
  .addOption(contentOption())
  .addOption(weekOption('only the dates of plan week N'))
  .addOption(new Option('--since <YYYY-MM-DD>', 'only from this date on').argParser(isoDate))
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach dsa list', 'coach dsa list --week 11', 'coach dsa list --since 2026-12-01 --json']));

export const declareDsaRm = (parent: Dsa) => parent
  .command('rm')
  .description('remove one logged problem by its id (coach dsa list --json shows the ids); coach undo brings it back')
  .argument('<id>', 'the problem\'s id')
  .addHelpText('after', examples(['coach dsa list --json', 'coach dsa rm 0b6f1c2e-8a4d-4f7e-9c1a-2d3e4f5a6b7c', 'coach undo']));

export const declareDsaStats = (parent: Dsa) => parent
  .command('stats')
  .description('totals by difficulty and topic, and the per-day average against the target the days ask for')
  .addOption(contentOption())
  .addOption(weekOption('only the dates of plan week N'))
  .addOption(new Option('--since <YYYY-MM-DD>', 'only from this date on').argParser(isoDate))
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach dsa stats', 'coach dsa stats --week 11', 'coach dsa stats --since 2026-12-01 --json']));
