// The focus timer's commands: start and stop the clock on a block, pause, resume, cancel, and
// the live view (`focus`, or `start --watch`).
import { Option } from '@commander-js/extra-typings';
import { minutesArg } from '../cli-args.js';
import { contentOption, examples, jsonOption, planOption } from './options.js';
import type { Root } from './root.js';

const atOption = (what: string) => new Option('--at <HH:MM>', `${what} (local time on the current study day)`);
const blockArg = 'a block number from coach today (1, 5) or a block id (go.w11.d3.4h.2)';
const keys = '\nKeys in the live view: p pauses and resumes, d stops and marks the block done, q (or Ctrl+C) leaves\nthe view with the timer still running.';

export const declareStart = (parent: Root) => parent
  .command('start')
  .description('start the clock on a block (one timer at a time; starting another stops the first); no block: show the timer')
  .argument('[ref]', blockArg)
  .addOption(contentOption())
  .addOption(atOption('when you started, if you forgot to start the timer then'))
  .option('--watch', 'stay in the foreground with a live bar (needs a terminal)')
  .addOption(planOption())
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach start 2', 'coach start 3 --at 09:05', 'coach start 2 --watch', 'coach start', 'coach start --json']) +
    '\nThe timer is kept in the log: closing the terminal or rebooting loses nothing.' +
    '\nStarting another block stops the running timer first, as coach stop would (marking it done).' + keys + '\n');

export const declareStop = (parent: Root) => parent
  .command('stop')
  .description('stop the timer and log its minutes on the block, marking it done (unless --keep-open)')
  .addOption(contentOption())
  .addOption(atOption('when you stopped, if later than you run this'))
  .option('--keep-open', 'keep the minutes without marking the block done; the stop that marks it adds them')
  .addOption(new Option('--minutes <n>', 'log these minutes instead of what the clock counted').argParser(minutesArg('--minutes')))
  .addOption(planOption())
  .addOption(jsonOption())
  .addHelpText('after', examples(['coach stop', 'coach stop --at 09:50', 'coach stop --keep-open', 'coach stop --minutes 50', 'coach stop --json']) +
    '\nMinutes are the time counted less the pauses, to the nearest minute. A block already done has its\nminutes corrected, as coach done REF --minutes does. A timer that has run more than 24 hours is asked\nabout on a terminal; elsewhere give --minutes or run coach cancel.\n');

const simple = (parent: Root, name: string, description: string, example: string[]) => parent
  .command(name)
  .description(description)
  .addOption(jsonOption())
  .addHelpText('after', examples(example));

export const declarePause = (parent: Root) => simple(parent, 'pause', 'pause the running timer', ['coach pause', 'coach resume']);
export const declareResume = (parent: Root) => simple(parent, 'resume', 'resume the paused timer', ['coach resume']);
export const declareCancel = (parent: Root) =>
  simple(parent, 'cancel', 'throw the running timer away, logging nothing (coach undo brings it back)', ['coach cancel', 'coach undo']);

export const declareFocus = (parent: Root) => parent
  .command('focus')
  .description('a live bar counting to the block\'s planned minutes; starts the timer on REF, or watches the running one')
  .argument('[ref]', blockArg)
  .addOption(contentOption())
  .addOption(planOption())
  .addHelpText('after', examples(['coach focus 2', 'coach focus']) + keys + '\nA bell rings once when the planned minutes (the upper end of the range) are reached. Needs a terminal.\n');
