// Commands that look back over the plan: review, lesson and progress.
import { contentOption, dateOption, examples, jsonOption, weekOption } from './options.js';
import type { Root } from './root.js';
import { HEATMAP_WEEKS, LESSONS_PER_WEEK, LEVEL_MINUTES } from '../review/constants.js';

/** The heatmap's level bounds in whole hours, for the legend in --help. */
const hours = LEVEL_MINUTES.map((m) => m / 60);

export const declareReview = (parent: Root) => parent
  .command('review')
  .description('summary of one plan week: days, totals, streaks, blocks left undone, the week before, lessons')
  .addOption(contentOption())
  .addOption(weekOption('plan week to review (default: the current one)'))
  .option('--markdown <file>', 'also write the review as a markdown note, ending with a progress-log row per date up to today')
  .option('--force', 'let --markdown replace a file that is not an earlier coach review, or create a missing folder or the file a link to nothing points to')
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach review', 'coach review --week 11', 'coach review --markdown week-11.md', 'coach review --json']) +
    '\n--markdown replaces a file only if coach wrote it (its first line starts with "<!-- coach review");' +
    '\nfor any other existing file it stops with an error unless you pass --force.\n');

export const declareLesson = (parent: Root) => parent
  .command('lesson')
  .description(`note a week's key lessons; coach review shows them (day 7 asks for ${LESSONS_PER_WEEK.min}–${LESSONS_PER_WEEK.max})`)
  .addHelpText('after', examples(['coach lesson add "close channels from the sender, never the receiver"', 'coach lesson add "sketch the API first" --week 11', 'coach lesson list', 'coach lesson rm 7d1e5a90-3c2b-4f18-a6d4-9e0b1c2d3f4a']));

export const declareLessonAdd = (parent: ReturnType<typeof declareLesson>) => parent
  .command('add')
  .description('note one lesson for the current plan week, or for --week N (asks on a terminal when no text is given)')
  .argument('[text...]', 'the lesson, one line')
  .addOption(contentOption())
  .addOption(weekOption('plan week the lesson belongs to (default: the current one)'))
  .addOption(dateOption('day the lesson was learnt (default: today)'))
  .addHelpText('after', examples(['coach lesson add "token buckets allow bursts; sliding windows do not"', 'coach lesson add "presigned URLs keep data off the service" --week 11', 'coach lesson add "sketch the API first" --week 11 --date yesterday']) +
    '\nA date after today is refused.\n');

export const declareLessonList = (parent: ReturnType<typeof declareLesson>) => parent
  .command('list')
  .description('lessons noted for your track, by week, with their ids')
  .addOption(contentOption())
  .addOption(weekOption('only the lessons of plan week N'))
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach lesson list', 'coach lesson list --week 11', 'coach lesson list --json']));

export const declareLessonRm = (parent: ReturnType<typeof declareLesson>) => parent
  .command('rm')
  .description('remove one lesson by its id (coach lesson list shows the ids); coach undo brings it back')
  .argument('<id>', 'the lesson\'s id')
  .addHelpText('after', examples(['coach lesson list', 'coach lesson rm 7d1e5a90-3c2b-4f18-a6d4-9e0b1c2d3f4a', 'coach undo']));

export const declareProgress = (parent: Root) => parent
  .command('progress')
  .description(`the whole track: blocks and weeks done, where today sits, DSA against the target, projected finish, a ${HEATMAP_WEEKS}-week heatmap`)
  .addOption(contentOption())
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach progress', 'coach progress --json', 'NO_COLOR=1 coach progress']) +
    '\nHeatmap: one column per week, Mon–Sun rows, shaded by time studied per day:\n' +
    `  · none  ░ under ${hours[1]}h  ▒ ${hours[1]}–${hours[2]}h  ▓ ${hours[2]}–${hours[3]}h  █ ${hours[3]}h or more (a day with only DSA problems logged shows as ░).\n`);
