// Commands for a learner behind the plan or facing a deadline: drop lets blocks go, forecast says
// when the plan finishes and what to let go to make a target date.
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { contentOption, dateOption, examples, jsonOption, planOption, weekOption } from './options.js';
import type { Root } from './root.js';

/** `W.D`: a plan day, week W day D. */
export function planDayArg(value: string): { week: number; day: number } {
  const m = /^\s*(\d{1,4})\.(\d{1,2})\s*$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new InvalidArgumentError('expected week.day, e.g. 11.3 for week 11 day 3.');
  return { week: Number(m[1]), day: Number(m[2]) };
}

export const declareDrop = (parent: Root) => parent
  .command('drop')
  .description('let blocks go: not done, no longer overdue, shown apart in the review; coach undo takes them back')
  .argument('[refs...]', 'numbers from coach today (overdue ones continue today\'s numbering) or block ids')
  .addOption(contentOption())
  .addOption(new Option('--day <W.D>', 'every unfinished block of plan day W.D (e.g. 11.3)').argParser(planDayArg))
  .addOption(weekOption('every unfinished block of plan week N'))
  .addOption(dateOption('study date the blocks are let go on (default: today)'))
  .addOption(planOption())
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach drop 3', 'coach drop 3 4 --json', 'coach drop go.w11.d2.4h.1', 'coach drop --day 11.1', 'coach drop --week 11', 'coach undo']) +
    '\nA block already done stays done: dropping never removes a completion.\n');

export const declareForecast = (parent: Root) => parent
  .command('forecast')
  .description('what is left, your pace, when you finish; with a target date, whether it is reachable and what to let go')
  .addOption(contentOption())
  .addOption(dateOption('count from another study date'))
  .addOption(planOption())
  .option('--apply', 'let go of the blocks the forecast proposes (coach undo takes them back)')
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach forecast', 'coach forecast --json', 'coach init --target-date 2027-01-15 --hours mon-fri=3,sat=6,sun=0', 'coach forecast --apply']) +
    '\nPace: minutes logged per study day over the last 14 days (rest days apart; today once something is logged).' +
    '\nA block counts the middle of its planned minutes. Hours: coach init --hours (default: the plan\'s 4 or 6 a day).' +
    '\nProposed drops: the 6-hour additions first, then the categories marked with coach init --optional, the' +
    '\nlongest first; never DSA or mocks unless you mark them optional.\n');
