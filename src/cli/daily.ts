// Commands of the study day: init sets it up; today, done, skip and undo follow it.
import { Option } from '@commander-js/extra-typings';
import { collect, dsaTarget, hour, isoDate, minutesArg, revisitCap } from '../cli-args.js';
import { DEFAULT_REVISIT_CAP } from '../practice/cards.js';
import { MAX_REVISIT_CAP } from '../log/settings.js';
import { OVERDUE_SHOWN } from '../schedule/overdue.js';
import { contentOption, dateOption, examples, jsonOption, planOption, weekOption } from './options.js';
import type { Root } from './root.js';

export const declareInit = (parent: Root) => parent
  .command('init')
  .description('choose your track, plan, start date, starting week and pace (asks on a terminal)')
  .addOption(contentOption())
  .option('--track <id>', 'track id (see coach tracks)')
  .addOption(planOption())
  .addOption(new Option('--start <YYYY-MM-DD>', 'first study day').argParser(isoDate))
  .addOption(weekOption('track week to start at'))
  .addOption(new Option('--pace <pace>', 'calendar: a plan day per calendar day; progress: the first unfinished day').choices(['calendar', 'progress']))
  .addOption(new Option('--rollover <hour>', 'hour (0-23) at which a new study day starts; default 4, so 1 a.m. still counts for the evening before').argParser(hour))
  .option('--target-date <YYYY-MM-DD>', 'the date to be ready by (an interview), after the start date, for coach forecast; none forgets it')
  .option('--hours <hours>', 'hours you have per weekday: 4, or mon-fri=3,sat=6,sun=0 (default: the plan\'s 4 or 6 every day); none forgets it')
  .option('--optional <category...>', 'categories coach forecast may propose dropping after the 6-hour additions (e.g. Refactor); none forgets them')
  .addOption(new Option('--revisit-cap <n>', `due revisit cards coach revisit shows a day (default ${DEFAULT_REVISIT_CAP}, at most ${MAX_REVISIT_CAP})`).argParser(revisitCap))
  .addOption(new Option('--dsa <n|n-m>', 'your daily DSA target (3, or 2-4) for days whose track text names none').argParser(dsaTarget))
  .addOption(new Option('--target <kind=min-max>', 'your own target over the track for a practice area (dsa, machine-coding, design, mock, theory, project), repeatable; KIND=none forgets one').argParser(collect))
  .option('-y, --yes', 'no questions: take defaults for anything not given, and change existing settings')
  .addHelpText('after', examples([
    'coach init',
    'coach init --plan 6h --week 11 --start 2026-12-01 --pace calendar --yes',
    'coach init --content ~/prep/weeks --track go --yes',
    'coach init --target-date 2027-01-15 --hours mon-fri=3,sat=6,sun=0',
    'coach init --optional Refactor Pseudo-code',
    'coach init --dsa 2-4 --yes',
    'coach init --target design=10-14 --target mock=6',
  ]) + '\nRe-running init changes the settings and keeps the log. Without a terminal it changes only the\nsettings whose flags are given.' +
  '\nThe DSA target of a day is what its blocks name ("1–2 problems"), else its week\'s goals, else --dsa, else 2–3.\n');

export const declareToday = (parent: Root) => parent
  .command('today', { isDefault: true })
  .description("today's blocks, what is done, DSA against the target, and whether you are on schedule")
  .addOption(contentOption())
  .addOption(dateOption('show another study date'))
  .addOption(planOption())
  .option('--details', "each block's details under it: the track file's nested items, code as code")
  .option('--all', `list every overdue block, not only the first ${OVERDUE_SHOWN}`)
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach today', 'coach today --plan 6h', 'coach today --all', 'coach today --details', 'coach today --date 2026-12-03 --json']) +
    '\nA study day starts at 4 a.m., so work after midnight counts for the evening before.' +
    `\nOverdue blocks are numbered after today's: DSA and Review blocks of the current week first, then the\nother 4-hour blocks, then the 6-hour additions, each the most recent day first. The first ${OVERDUE_SHOWN} are shown.\n`);

export const declareDone = (parent: Root) => parent
  .command('done')
  .description('mark blocks done, by the numbers coach today prints or by block id (asks on a terminal when none given)')
  .argument('[refs...]', 'block numbers from coach today (1 2 5) or block ids (go.w11.d3.4h.2)')
  .addOption(contentOption())
  .addOption(dateOption('study date the blocks belong to (default: today)'))
  .addOption(new Option('--minutes <n>', 'minutes you actually spent (one block)').argParser(minutesArg('--minutes')))
  .option('--note <text>', 'a note to keep with the block')
  .addOption(planOption())
  .addHelpText('after', examples(['coach done', 'coach done 1 2', 'coach done 3 --minutes 75 --note "rate limiter took longer"', 'coach done go.w11.d2.4h.4']));

export const declareUndo = (parent: Root) => parent
  .command('undo')
  .description('revert the most recent logged action (done, dsa, log, skip, lesson, dsa rm, lesson rm, log rm, import); a removed row comes back as it was')
  .addHelpText('after', examples(['coach undo']));

export const declareSkip = (parent: Root) => parent
  .command('skip')
  .description('mark a rest day; in calendar pace the rest of the plan moves back one day')
  .addOption(contentOption())
  .addOption(dateOption('the rest day (default: today); may be ahead'))
  .option('--force', 'rest on a day that already has blocks done or problems logged')
  .addHelpText('after', examples(['coach skip', 'coach skip --date 2026-12-05', 'coach skip --date today --force']) +
    '\nA date before your start date or after the plan ends is refused: a rest day there changes nothing.' +
    '\nA day with blocks done or problems logged is refused too, unless you pass --force.\n');

export const declareShow = (parent: Root) => parent
  .command('show')
  .description("one block with all its details: the track file's nested items, code blocks as code")
  .argument('<ref>', 'a block number from coach today (1, 5) or a block id (go.w11.d3.4h.2)')
  .addOption(contentOption())
  .addOption(dateOption('the study date whose numbers REF uses (default: today)'))
  .addOption(planOption())
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach show 2', 'coach show go.w11.d3.4h.2', 'coach show 5 --plan 6h --json']));
