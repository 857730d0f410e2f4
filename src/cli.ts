// The command line: every command is declared here; each action imports its command module lazily,
// so `--help` and fast commands load only what they use. Errors become exit codes in cli-process.ts.
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { collect, hour, isoDate, plan, positiveInt } from './cli-args.js';
import { distance, makeContext, processIo, report, type Io } from './cli-process.js';
import type { Context } from './context.js';
import { EXIT } from './errors.js';
import { csvHelp } from './log/csv-layout.js';
import { PACKAGE_ROOT } from './paths.js';
import { HEATMAP_WEEKS, LESSONS_PER_WEEK, LEVEL_MINUTES } from './review/constants.js';

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const examples = (lines: string[]): string => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

const contentOption = (): Option =>
  new Option('--content <path>', 'track folder or file (default: COACH_CONTENT, the saved setting, or the bundled track)');
const jsonOption = (): Option => new Option('--json', 'print JSON instead of text');
const planOption = (): Option => new Option('--plan <plan>', 'daily plan: 4h or 6h').argParser(plan);
const dateOption = (what: string): Option => new Option('--date <YYYY-MM-DD>', what).argParser(isoDate);
const lessonsWanted = `${LESSONS_PER_WEEK.min}–${LESSONS_PER_WEEK.max}`;
/** The heatmap's level bounds in whole hours, for the legend in --help. */
const hours = LEVEL_MINUTES.map((m) => m / 60);

/** Builds the program; `run` receives each action's module loader and options. */
function program(ctx: Context, setResult: (code: number) => void): Command {
  const cli = new Command('coach');
  cli
    .description('A study coach for multi-week interview preparation tracks written in markdown.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(contentOption())
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
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
    ]) + '\nExit codes: 0 ok, 1 unexpected error, 2 bad usage or input, 3 data store problem.\n');

  // A command returns its result; a result carrying `exitCode` sets the process's exit code.
  const act = <T>(load: () => Promise<(ctx: Context, opts: T) => unknown>) =>
    async (...args: unknown[]): Promise<void> => {
      const cmd = args[args.length - 1] as Command;
      const opts = { ...cmd.optsWithGlobals(), args: cmd.args } as T;
      const fn = await load();
      const result = await fn(ctx, opts);
      const code = (result as { exitCode?: unknown } | null)?.exitCode;
      setResult(typeof code === 'number' ? code : EXIT.ok);
    };

  cli
    .command('tracks')
    .description('list the tracks in the content folder with their weeks, days and planned hours')
    .addOption(contentOption())
    .addOption(jsonOption())
    .addHelpText('after', examples(['coach tracks', 'coach tracks --content ~/prep/weeks --json']))
    .action(act(async () => (await import('./commands/tracks.js')).tracks));

  cli
    .command('plan')
    .description("show a day's blocks, or the whole week without --day")
    .addOption(contentOption())
    .option('--track <id>', 'track id (see coach tracks)')
    .addOption(new Option('--week <n>', 'week number').argParser(positiveInt('--week')))
    .addOption(new Option('--day <n>', 'day number in the week').argParser(positiveInt('--day')))
    .addOption(planOption())
    .addOption(jsonOption())
    .addHelpText('after', examples([
      'coach plan --week 11 --day 3',
      'coach plan --week 11 --plan 6h',
      'coach plan --track go --week 11 --day 1 --json',
    ]))
    .action(act(async () => (await import('./commands/plan.js')).plan));

  cli
    .command('validate')
    .description('check track files and print every problem found (always parses from scratch)')
    .argument('[path]', 'folder or file to check (default: the content folder)')
    .addOption(contentOption())
    .addOption(jsonOption())
    .addHelpText('after', examples(['coach validate', 'coach validate ./weeks', 'coach validate ./weeks/week-11.md --json']) +
      '\nPrints file:line:column severity message per problem. Exit 1 when there are errors.\n')
    .action(act(async () => (await import('./commands/validate.js')).validate));

  cli
    .command('init')
    .description('choose your track, plan, start date, starting week and pace (asks on a terminal)')
    .addOption(contentOption())
    .option('--track <id>', 'track id (see coach tracks)')
    .addOption(planOption())
    .addOption(new Option('--start <YYYY-MM-DD>', 'first study day').argParser(isoDate))
    .addOption(new Option('--week <n>', 'track week to start at').argParser(positiveInt('--week')))
    .addOption(new Option('--pace <pace>', 'calendar: a plan day per calendar day; progress: the first unfinished day').choices(['calendar', 'progress']))
    .addOption(new Option('--rollover <hour>', 'hour (0-23) at which a new study day starts; default 4, so 1 a.m. still counts for the evening before').argParser(hour))
    .option('-y, --yes', 'no questions: take defaults for anything not given, and change existing settings')
    .addHelpText('after', examples([
      'coach init',
      'coach init --plan 6h --week 11 --start 2026-12-01 --pace calendar --yes',
      'coach init --content ~/prep/weeks --track go --yes',
    ]) + '\nRe-running init changes the settings and keeps the log.\n')
    .action(act(async () => (await import('./commands/init.js')).init));

  cli
    .command('today', { isDefault: true })
    .description("today's blocks, what is done, DSA against the target, and whether you are on schedule")
    .addOption(contentOption())
    .addOption(dateOption('show another study date'))
    .addOption(planOption())
    .addOption(jsonOption())
    .addHelpText('after', examples(['coach today', 'coach today --plan 6h', 'coach today --date 2026-12-03 --json']) +
      '\nA study day starts at 4 a.m., so work after midnight counts for the evening before.\n')
    .action(act(async () => (await import('./commands/today.js')).today));

  cli
    .command('done')
    .description('mark blocks done, by the numbers coach today prints or by block id (asks on a terminal when none given)')
    .argument('[refs...]', 'block numbers from coach today (1 2 5) or block ids (go.w11.d3.4h.2)')
    .addOption(contentOption())
    .addOption(dateOption('study date the blocks belong to (default: today)'))
    .addOption(new Option('--minutes <n>', 'minutes you actually spent (one block)').argParser(positiveInt('--minutes')))
    .option('--note <text>', 'a note to keep with the block')
    .addOption(planOption())
    .addHelpText('after', examples(['coach done', 'coach done 1 2', 'coach done 3 --minutes 75 --note "rate limiter took longer"', 'coach done go.w11.d2.4h.4']))
    .action(act(async () => (await import('./commands/done.js')).done));

  cli
    .command('undo')
    .description('revert the most recent logged action (done, dsa, skip, lesson, import)')
    .addHelpText('after', examples(['coach undo']))
    .action(act(async () => (await import('./commands/undo.js')).undo));

  cli
    .command('skip')
    .description('mark a rest day; in calendar pace the rest of the plan moves back one day')
    .addOption(contentOption())
    .addOption(dateOption('the rest day (default: today)'))
    .addHelpText('after', examples(['coach skip', 'coach skip --date 2026-12-05']) +
      '\nA date before your start date or after the plan ends is refused: a rest day there changes nothing.\n')
    .action(act(async () => (await import('./commands/skip.js')).skip));

  const dsa = cli
    .command('dsa')
    .description('log solved DSA problems and see how you are doing against the daily target')
    .addHelpText('after', examples(['coach dsa add "Two Sum" --difficulty easy --topic arrays --topic hashing', 'coach dsa log 3', 'coach dsa list --week 11', 'coach dsa stats']));
  dsa
    .command('add')
    .description('log one solved problem (asks for what is missing on a terminal)')
    .argument('[title...]', 'problem title')
    .addOption(contentOption())
    .addOption(new Option('--difficulty <level>', 'easy, medium or hard').choices(['easy', 'medium', 'hard']))
    .addOption(new Option('--topic <topic>', 'topic, repeatable (or comma-separated)').argParser(collect))
    .option('--url <url>', 'link to the problem')
    .addOption(new Option('--minutes <n>', 'minutes spent').argParser(positiveInt('--minutes')))
    .addOption(dateOption('day solved (default: today)'))
    .option('--note <text>', 'a note')
    .addHelpText('after', examples(['coach dsa add "Two Sum" --difficulty easy --topic arrays', 'coach dsa add "LRU Cache" --difficulty medium --topic design --url https://leetcode.com/problems/lru-cache/', 'coach dsa add']))
    .action(act(async () => (await import('./commands/dsa.js')).dsaAdd));
  dsa
    .command('log')
    .description('log N untitled problems at once')
    .argument('<n>', 'how many', positiveInt('N'))
    .addOption(contentOption())
    .addOption(dateOption('day solved (default: today)'))
    .addHelpText('after', examples(['coach dsa log 3', 'coach dsa log 2 --date 2026-12-01']))
    .action(async (n: number, _o: unknown, cmd: Command) => {
      const { dsaLog } = await import('./commands/dsa.js');
      await dsaLog(ctx, { ...cmd.optsWithGlobals(), count: n });
    });
  dsa
    .command('list')
    .description('problems logged, oldest first')
    .addOption(contentOption())
    .addOption(new Option('--week <n>', 'only the dates of plan week N').argParser(positiveInt('--week')))
    .addOption(new Option('--since <YYYY-MM-DD>', 'only from this date on').argParser(isoDate))
    .addOption(jsonOption())
    .addHelpText('after', examples(['coach dsa list', 'coach dsa list --week 11', 'coach dsa list --since 2026-12-01 --json']))
    .action(act(async () => (await import('./commands/dsa.js')).dsaList));
  dsa
    .command('stats')
    .description('totals by difficulty and topic, and the per-day average against the target the days ask for')
    .addOption(contentOption())
    .addOption(new Option('--week <n>', 'only the dates of plan week N').argParser(positiveInt('--week')))
    .addOption(new Option('--since <YYYY-MM-DD>', 'only from this date on').argParser(isoDate))
    .addOption(jsonOption())
    .addHelpText('after', examples(['coach dsa stats', 'coach dsa stats --week 11', 'coach dsa stats --since 2026-12-01 --json']))
    .action(act(async () => (await import('./commands/dsa.js')).dsaStatsCommand));

  cli
    .command('review')
    .description('summary of one plan week: days, totals, streaks, blocks left undone, the week before, lessons')
    .addOption(contentOption())
    .addOption(new Option('--week <n>', 'plan week to review (default: the current one)').argParser(positiveInt('--week')))
    .option('--markdown <file>', 'also write the review as a markdown note, ending with one progress-log row per day')
    .option('--force', 'let --markdown replace a file that is not an earlier coach review')
    .addOption(jsonOption())
    .addHelpText('after', examples(['coach review', 'coach review --week 11', 'coach review --markdown notes/week-11.md', 'coach review --json']) +
      '\n--markdown replaces a file only if coach wrote it (its first line starts with "<!-- coach review");' +
      '\nfor any other existing file it stops with an error unless you pass --force.\n')
    .action(act(async () => (await import('./commands/review.js')).review));

  const lesson = cli
    .command('lesson')
    .description(`note a week's key lessons; coach review shows them (day 7 asks for ${lessonsWanted})`)
    .addHelpText('after', examples(['coach lesson add "close channels from the sender, never the receiver"', 'coach lesson add "sketch the API first" --week 11']));
  lesson
    .command('add')
    .description('note one lesson for the current plan week, or for --week N (asks on a terminal when no text is given)')
    .argument('[text...]', 'the lesson, one line')
    .addOption(contentOption())
    .addOption(new Option('--week <n>', 'plan week the lesson belongs to (default: the current one)').argParser(positiveInt('--week')))
    .addHelpText('after', examples(['coach lesson add "token buckets allow bursts; sliding windows do not"', 'coach lesson add "presigned URLs keep the service out of the data path" --week 11']))
    .action(act(async () => (await import('./commands/lesson.js')).lessonAdd));

  cli
    .command('progress')
    .description(`the whole track: blocks and weeks done, where today sits, DSA against the target, projected finish, a ${HEATMAP_WEEKS}-week heatmap`)
    .addOption(contentOption())
    .addOption(jsonOption())
    .addHelpText('after', examples(['coach progress', 'coach progress --json', 'NO_COLOR=1 coach progress']) +
      '\nHeatmap: one column per week, Mon–Sun rows, shaded by time studied per day:\n' +
      `  · none  ░ under ${hours[1]}h  ▒ ${hours[1]}–${hours[2]}h  ▓ ${hours[2]}–${hours[3]}h  █ ${hours[3]}h or more (a day with only DSA problems logged shows as ░).\n`)
    .action(act(async () => (await import('./commands/progress.js')).progress));

  cli
    .command('export')
    .description('write everything in the log (settings, blocks done, problems, rest days, lessons) with stable ids')
    .addOption(new Option('--format <format>', 'json or csv (default: json, or csv when --out ends in .csv)').choices(['json', 'csv']))
    .option('--out <file>', 'write to this file (replaced atomically) instead of stdout; - means stdout')
    .addHelpText('after', examples(['coach export > coach-backup.json', 'coach export --out coach-backup.json', 'coach export --format csv --out coach-log.csv']) +
      '\n' + csvHelp())
    .action(act(async () => (await import('./commands/export.js')).exportLog));

  cli
    .command('import')
    .description('merge a file from coach export (JSON or CSV) into the log by id; importing it again changes nothing')
    .argument('<file>', 'a file written by coach export')
    .addHelpText('after', examples(['coach import coach-backup.json', 'coach import coach-log.csv']) +
      '\nThe whole file is checked first: a malformed or foreign file is refused and nothing is written.\n' +
      'Rows already in the log (same id, same block, same rest day) are left as they are; settings you have keep their value.\n')
    .action(act(async () => (await import('./commands/import.js')).importLog));

  return cli;
}

/** Runs coach with `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const ctx = makeContext(io);
  let code: number = EXIT.ok;
  const cli = program(ctx, (c) => {
    code = c;
  });
  try {
    // `today` is the default command, so commander would read an unknown command as its argument.
    const first = argv[2];
    if (first !== undefined && !first.startsWith('-') && first !== 'help' && !cli.commands.some((c) => c.name() === first)) {
      const names = cli.commands.map((c) => c.name());
      const near = names.find((n) => distance(n, first) <= 2);
      throw new CommanderError(2, 'commander.unknownCommand', `unknown command '${first}'${near ? ` (did you mean ${near}?)` : ''}; commands: ${names.join(', ')}`);
    }
    await cli.parseAsync([...argv]);
    return code;
  } catch (err) {
    return report(ctx, err);
  }
}
