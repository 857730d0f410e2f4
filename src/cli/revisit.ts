// `coach revisit` and its subcommands: logged problems that come back for a re-solve (FSRS).
import { Option } from '@commander-js/extra-typings';
import { minutesArg, rating } from '../cli-args.js';
import { contentOption, dateOption, examples, jsonOption } from './options.js';
import type { Root } from './root.js';

export const declareRevisit = (parent: Root) => parent
  .command('revisit')
  .description('problems due for a re-solve (spaced repetition), oldest due first, up to the daily cap')
  .addOption(contentOption())
  .addOption(dateOption('what is due on this study date (default: today)'))
  .option('--all', 'every due card, past the daily cap')
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach revisit', 'coach revisit --date 2026-12-01', 'coach revisit --all --json', 'coach revisit done ee294e9 --rating hard', 'coach revisit skip ee294e9', 'coach revisit forget ee294e9']) +
    '\nEvery titled DSA problem is a card; it comes back on the date FSRS gives for its ratings.' +
    '\nIds are the first 7 hex digits of the card\'s id; any unique prefix of 4 or more works.' +
    '\nThe daily cap is coach init --revisit-cap N (default 5); the rest wait in order.\n');

type Revisit = ReturnType<typeof declareRevisit>;

export const declareRevisitDone = (parent: Revisit) => parent
  .command('done')
  .description('record a re-solve of a card (a revisit, not a new problem) and schedule its next one')
  .argument('<id>', 'the card\'s id from coach revisit')
  .addOption(new Option('--rating <how>', 'how it went: again, hard, good or easy (asked on a terminal)').argParser(rating))
  .addOption(new Option('--minutes <n>', 'minutes spent').argParser(minutesArg('--minutes')))
  .addOption(contentOption())
  .addOption(dateOption('day re-solved (default: today)'))
  .addHelpText('after', examples(['coach revisit done ee294e9 --rating good', 'coach revisit done ee29 --rating again --minutes 40', 'coach undo']));

export const declareRevisitSkip = (parent: Revisit) => parent
  .command('skip')
  .description('postpone a card by one study day (past today, if it is overdue)')
  .argument('<id>', 'the card\'s id from coach revisit')
  .addOption(contentOption())
  .addHelpText('after', examples(['coach revisit skip ee294e9', 'coach undo']));

export const declareRevisitForget = (parent: Revisit) => parent
  .command('forget')
  .description('retire a card: it never comes back (logging the title again starts it afresh)')
  .argument('<id>', 'the card\'s id from coach revisit')
  .addOption(contentOption())
  .addHelpText('after', examples(['coach revisit forget ee294e9', 'coach undo']));
