// `coach plan`: a day's blocks, or the whole week, straight from the track. Without --week it
// shows the week the learner is in (after `coach init`), else the track's first week.
import { chooseTrack, chooseWeek } from '../catalog.js';
import type { OptionsOf } from '../cli/options.js';
import type { declarePlan } from '../cli/track.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { dayJson, renderDay, renderWeek, weekJson, type DayJson, type WeekJson } from '../render/plan.js';
import { schedule } from '../schedule/scheduler.js';
import { openSession, planOf, type Session } from '../session.js';
import { findDay } from '../track/model.js';

export type PlanOptions = OptionsOf<typeof declarePlan>;

/** The week of today's plan day, when the learner has a log and today is a plan day. */
function currentWeek(session: Session): number | undefined {
  const { store } = session;
  if (!store || !session.initialised) return undefined;
  return schedule({ ...planOf(session), done: store.completedIds() }).today?.week ?? session.settings.week;
}

export async function plan(ctx: Context, opts: PlanOptions): Promise<DayJson | WeekJson> {
  // With --week the plan is only browsed, so a start week the track has lost does not matter.
  const session = await openSession(ctx, { content: opts.content, plan: opts.plan, browse: opts.week !== undefined });
  let weekNumber: number | undefined;
  try {
    weekNumber = opts.week ?? (opts.track && opts.track !== session.track.id ? undefined : currentWeek(session));
  } finally {
    session.store?.close();
  }
  const track = opts.track ? chooseTrack(session.catalog, opts.track) : session.track;
  const week = chooseWeek(track, weekNumber);
  const plan = session.settings.plan;
  const s = ctx.stdout.style;
  if (opts.day === undefined) {
    const result = weekJson(track, week, plan);
    ctx.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : renderWeek(s, track, week, plan));
    return result;
  }
  const day = findDay(week, opts.day);
  if (!day) {
    throw new UsageError(`week ${week.number} of track "${track.id}" has no day ${opts.day}; its days: ${week.days.map((d) => d.number).join(', ')}`);
  }
  const result = dayJson(track, week, day, plan);
  ctx.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : renderDay(s, track, week, day, plan));
  return result;
}
