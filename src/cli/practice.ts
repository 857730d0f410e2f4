// `coach log`: the practice log (machine coding, designs, mocks, theory, projects), one subcommand
// per kind so that --help and completion list them, beside `list` and `rm`.
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { minutesArg } from '../cli-args.js';
import { CARD_KINDS, isMockType, isPracticeKind, KIND_NAMES, MAX_SCORE, MOCK_TYPES, PRACTICE_KINDS, type MockType, type PracticeKind } from '../practice/kinds.js';
import { isRating, RATINGS, type Rating } from '../practice/ratings.js';
import { contentOption, dateOption, examples, jsonOption, weekOption } from './options.js';
import type { Root } from './root.js';

const score = (value: string): number => {
  const v = value.trim();
  if (!/^\d$/.test(v) || Number(v) < 1 || Number(v) > MAX_SCORE) throw new InvalidArgumentError(`expected a self-score from 1 to ${MAX_SCORE}.`);
  return Number(v);
};
const mockType = (value: string): MockType => {
  const v = value.trim().toLowerCase().replace(/\s+/g, '-').replace('behavioural', 'behavioral');
  if (!isMockType(v)) throw new InvalidArgumentError(`Allowed choices are ${MOCK_TYPES.join(', ')}.`);
  return v;
};
const rating = (value: string): Rating => {
  const v = value.trim().toLowerCase();
  if (!isRating(v)) throw new InvalidArgumentError(`Allowed choices are ${RATINGS.join(', ')}.`);
  return v;
};
const kind = (value: string): PracticeKind => {
  const v = value.trim().toLowerCase();
  if (!isPracticeKind(v)) throw new InvalidArgumentError(`Allowed choices are ${PRACTICE_KINDS.join(', ')}.`);
  return v;
};

export const declareLog = (parent: Root) => parent
  .command('log')
  .description('log practice beyond DSA: machine coding, designs, mocks, theory sessions, projects; see them against the targets in coach progress')
  .addHelpText('after', examples([
    'coach log mock "Design a URL shortener" --type design --minutes 60 --score 3',
    'coach log design "Rate limiter" --rating hard',
    'coach log machine-coding "Parking lot" --minutes 90',
    'coach log theory "Consistency models"',
    'coach log list --week 11',
    'coach log rm 3f2c9a10-5b7d-4e21-9c3a-0d1e2f3a4b5c',
  ]));

type Log = ReturnType<typeof declareLog>;

const EXAMPLES: Record<PracticeKind, string[]> = {
  'machine-coding': ['coach log machine-coding "Parking lot" --minutes 90 --rating good', 'coach log machine-coding "Splitwise" --url https://github.com/me/splitwise'],
  design: ['coach log design "Rate limiter" --minutes 75 --rating hard', 'coach log design "File storage" --block go.w11.d3.4h.1'],
  mock: ['coach log mock "URL shortener" --type design --minutes 60 --score 3', 'coach log mock --type behavioral --score 4 --note "STAR answers too long"'],
  theory: ['coach log theory "Consistency models" --minutes 60', 'coach log theory --date yesterday'],
  project: ['coach log project "Notes API: auth" --url https://github.com/me/notes-api'],
};

/** `coach log KIND [TITLE]`: the options every kind takes; `--type` and `--rating` are shown only where they apply. */
export const declareLogKind = (parent: Log, k: PracticeKind) => {
  const isMock = k === 'mock';
  const isCard = CARD_KINDS.includes(k);
  return parent
    .command(k)
    .description(`log a ${KIND_NAMES[k]}${isMock ? ' with its type and a self-score' : ''}${isCard ? ', rated for when it comes back' : ''} (asks for what is missing on a terminal)`)
    .argument('[title...]', 'what it was, e.g. "Rate limiter"')
    .addOption(contentOption())
    .addOption(dateOption('day it was done (default: today)'))
    .addOption(new Option('--minutes <n>', 'minutes spent').argParser(minutesArg('--minutes')))
    .addOption(new Option('--score <1-5>', `how it went, 1 (poorly) to ${MAX_SCORE} (very well)`).argParser(score))
    .addOption(new Option('--type <type>', `the mock's kind: ${MOCK_TYPES.join(', ')}`).argParser(mockType).hideHelp(!isMock))
    .addOption(new Option('--rating <rating>', `how it went, for when it comes back: ${RATINGS.join(', ')} (default good)`).argParser(rating).hideHelp(!isCard))
    .option('--url <url>', 'a link: the problem, your repository, your diagram')
    .option('--note <text>', 'a note')
    .option('--block <id>', 'the block it was done in (coach done offers this); a block is logged once')
    .addHelpText('after', examples(EXAMPLES[k]) + '\nA date after today is refused.\n');
};

export const declareLogList = (parent: Log) => parent
  .command('list')
  .description('practice logged, oldest first, with ids')
  .addOption(contentOption())
  .addOption(new Option('--kind <kind>', `only one kind: ${PRACTICE_KINDS.join(', ')}`).argParser(kind))
  .addOption(weekOption('only the dates of plan week N'))
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach log list', 'coach log list --kind mock', 'coach log list --week 11 --json']));

export const declareLogRm = (parent: Log) => parent
  .command('rm')
  .description('remove one practice entry by its id (coach log list shows the ids); coach undo brings it back')
  .argument('<id>', 'the entry\'s id')
  .addHelpText('after', examples(['coach log list', 'coach log rm 3f2c9a10-5b7d-4e21-9c3a-0d1e2f3a4b5c', 'coach undo']));
