// `coach plan`: a day's blocks, or the whole week, straight from the track. Without --week it
// shows the learner's current week (as `coach review` picks it), or the first for another track.
import { chooseTrack, chooseWeek } from '../catalog.js';
import type { OptionsOf } from '../cli/options.js';
import type { declarePlan } from '../cli/track.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { printResult } from '../render/output.js';
import { dayJson, renderDay, renderWeek, weekJson, type DayJson, type WeekJson } from '../render/plan.js';
import { withSession } from '../session.js';
import { currentWeek } from '../session-plan.js';
import { findDay } from '../track/model.js';

export type PlanOptions = OptionsOf<typeof declarePlan>;

export async function plan(ctx: Context, opts: PlanOptions): Promise<DayJson | WeekJson> {
  // With --week the plan is only browsed, so a start week the track has lost does not matter.
  // The log is read for the current week only; the rest is the track's.
  const { session, weekNumber } = await withSession(ctx, { content: opts.content, plan: opts.plan, browse: opts.week !== undefined }, (session) => ({
    session,
    weekNumber: opts.week ?? (opts.track && opts.track !== session.track.id ? undefined : (currentWeek(session) ?? undefined)),
  }));
  const track = opts.track ? await chooseTrack(session.catalog, opts.track) : session.track;
  const week = chooseWeek(track, weekNumber);
  const plan = session.settings.plan;
  const dsaSetting = session.settings.dsa;
  if (opts.day === undefined) {
    const result = weekJson(track, week, plan, dsaSetting);
    printResult(ctx.stdout, (st, _data, columns) => renderWeek(st, track, week, plan, { columns, dsaSetting }), result, { json: opts.json });
    return result;
  }
  const day = findDay(week, opts.day);
  if (!day) {
    throw new UsageError(`week ${week.number} of track "${track.id}" has no day ${opts.day}; its days: ${week.days.map((d) => d.number).join(', ')}`);
  }
  const result = dayJson(track, week, day, plan, dsaSetting);
  printResult(ctx.stdout, (st, _data, columns) => renderDay(st, track, week, day, plan, { columns, dsaSetting }), result, { json: opts.json });
  return result;
}
