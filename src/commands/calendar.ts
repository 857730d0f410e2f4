// `coach calendar --ics` (or --json): the learner's plan, from their settings, rest days and blocks let go,
// as an iCalendar file for their calendar app; to stdout or, with --out, written safely to a file.
import path from 'node:path';
import type { OptionsOf } from '../cli/options.js';
import type { declareCalendar } from '../cli/shell.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { standardStream, writeFileAtomic } from '../files.js';
import { calendarEvents, calendarJson, renderIcs } from '../render/ics.js';
import { jsonText } from '../render/output.js';
import { calendarDays, type CalendarDay } from '../schedule/calendar.js';
import { resolveDate, type IsoDate } from '../schedule/dates.js';
import { attachLog, droppedIds, planOf, withSession } from '../session.js';
import { doneIds } from '../log/attach.js';
import { sanitizeLine } from '../text/sanitize.js';
import { plural } from '../render/format.js';

export type CalendarOptions = OptionsOf<typeof declareCalendar>;

const DEFAULT_AT = 9 * 60;

/** The instant of `minutes` after local midnight of `date` in the process's zone; a DST gap moves it forward. */
function localTime(date: IsoDate, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, minutes);
}

export interface CalendarResult {
  days: CalendarDay[];
  events: number;
  text: string;
}

export async function calendar(ctx: Context, opts: CalendarOptions): Promise<CalendarResult> {
  if (opts.ics && opts.json) throw new UsageError('--ics and --json are two formats: give one (--ics is the default)');
  return withSession(ctx, { content: opts.content, plan: opts.plan }, (session) => {
    const from = opts.from === undefined ? session.today : resolveDate(opts.from, session.today);
    if (from === null) throw new UsageError(`--from ${sanitizeLine(opts.from ?? '')} is not a calendar date; write it as YYYY-MM-DD, today or yesterday`);
    const days = calendarDays({
      ...planOf(session), done: doneIds(attachLog(session)), dropped: droppedIds(session), from, days: opts.weeks === undefined ? null : opts.weeks * 7,
    });
    const input = { trackTitle: session.track.title, days, at: opts.at ?? DEFAULT_AT, now: ctx.now, localTime };
    const text = opts.json ? jsonText(calendarJson(session.track.id, calendarEvents(input))) : renderIcs(input);
    const events = days.reduce((n, d) => n + d.blocks.length, 0);
    const file = opts.out === undefined || opts.out === '-' ? null : path.resolve(ctx.cwd, opts.out);
    const stream = file === null ? 'stdout' : standardStream(file);
    if (stream) ctx[stream].write(text);
    else if (file !== null) {
      const written = writeFileAtomic(file, text, { force: opts.force, dataDir: ctx.dataDir });
      const say = written === 'streamed' ? ctx.stderr : ctx.stdout;
      say.write(`Wrote ${plural(events, 'event')} over ${plural(days.length, 'study day')} to ${sanitizeLine(file)}.\n`);
    }
    return { days, events, text };
  });
}
