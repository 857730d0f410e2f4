// Commands that read the track files: tracks, plan and validate.
import { Option } from '@commander-js/extra-typings';
import { positiveInt } from '../cli-args.js';
import { EXIT } from '../errors.js';
import { contentOption, examples, jsonOption, planOption, weekOption } from './options.js';
import type { Root } from './root.js';

export const declareTracks = (parent: Root) => parent
  .command('tracks')
  .description('list the tracks in the content folder with their weeks, days and planned hours')
  .addOption(contentOption())
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach tracks', 'coach tracks --content ~/prep/weeks --json']));

export const declarePlan = (parent: Root) => parent
  .command('plan')
  .description("show a day's blocks, or the whole week without --day")
  .addOption(contentOption())
  .option('--track <id>', 'track id (see coach tracks)')
  .addOption(weekOption('week number'))
  .addOption(new Option('--day <n>', 'day number in the week').argParser(positiveInt('--day')))
  .addOption(planOption())
  .addOption(jsonOption())
  .addHelpText('after', examples([
    'coach plan --week 11 --day 3',
    'coach plan --week 11 --plan 6h',
    'coach plan --track go --week 11 --day 1 --json',
  ]));

export const declareValidate = (parent: Root) => parent
  .command('validate')
  .description('check track files and print every problem found (always parses from scratch)')
  .argument('[path]', 'folder or file to check (default: the content folder)')
  .addOption(contentOption())
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach validate', 'coach validate ./weeks', 'coach validate ./weeks/week-11.md --json']) +
    `\nPrints file:line:column severity message per problem. Exit ${EXIT.invalidTracks} when there are errors.\n`);

