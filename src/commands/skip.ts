// `coach skip`: a rest day. In calendar pace the rest of the plan moves back by one day.
import type { OptionsOf } from '../cli/options.js';
import type { declareSkip } from '../cli/daily.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { plural } from '../render/format.js';
import { renderSkip } from '../render/skip.js';
import { compareDates, type IsoDate } from '../schedule/dates.js';
import { dateOfPlanDay, planSequence } from '../schedule/scheduler.js';
import { withSession, writableStore, type Session } from '../session.js';

export type SkipOptions = OptionsOf<typeof declareSkip>;

/**
 * A rest day moves the plan only when it falls between the start and the plan's last day (as
 * the calendar has it now); outside that span it would be logged and change nothing.
 */
function checkInPlan(session: Session, skips: readonly IsoDate[], given: boolean): void {
  const { settings, track, date } = session;
  const days = planSequence(track, settings.week).length;
  if (days === 0) throw new UsageError(`track "${track.id}" has no days from week ${settings.week} on, so there is no plan to rest from`);
  const when = given ? date : `today (${date})`;
  if (compareDates(date, settings.start) < 0) {
    throw new UsageError(`${when} is before your plan starts (${settings.start}); a rest day there would change nothing. Nothing was logged.`);
  }
  const last = dateOfPlanDay(days - 1, settings.start, skips);
  if (compareDates(date, last) > 0 && !skips.includes(date)) {
    throw new UsageError(`${when} is after your plan ends (${last}); a rest day there would change nothing. Nothing was logged.`);
  }
}

/** A day with work logged is no rest day: refused, naming what is logged, unless forced. */
function checkNothingLogged(session: Session, given: boolean): void {
  const { store, date } = session;
  const blocks = store?.completions({ from: date, to: date }).length ?? 0;
  const problems = store?.problemLog().count({ from: date, to: date }) ?? 0;
  if (blocks === 0 && problems === 0) return;
  const logged = [blocks ? `${plural(blocks, 'block')} done` : '', problems ? `${plural(problems, 'DSA problem')} logged` : ''].filter(Boolean).join(' and ');
  const when = given ? date : `today (${date})`;
  throw new UsageError(`${when} already has ${logged}; pass --force to make it a rest day anyway. Nothing was logged.`);
}

export async function skip(ctx: Context, opts: SkipOptions): Promise<{ date: IsoDate; added: boolean }> {
  return withSession(ctx, opts, async (session) => {
    checkInPlan(session, session.store?.skips() ?? [], opts.date !== undefined);
    if (!opts.force) checkNothingLogged(session, opts.date !== undefined);
    const store = await writableStore(ctx, session);
    const { added } = store.addSkip(session.date);
    ctx.stdout.write(renderSkip(ctx.stdout.style, { date: session.date, added, pace: session.settings.pace }));
    return { date: session.date, added };
  });
}
