// `coach plan`: a day's blocks, or the whole week, straight from the track (no log involved).
import { chooseTrack, chooseWeek, loadContent } from '../catalog.js';
import type { Context, GlobalOptions } from '../context.js';
import { UsageError } from '../errors.js';
import { dayJson, renderDay, renderWeek, weekJson, type DayJson, type WeekJson } from '../render/plan.js';
import { findDay, type Plan } from '../track/model.js';
import { readSettings } from '../settings.js';

export interface PlanOptions extends GlobalOptions {
  track?: string;
  week?: number;
  day?: number;
  plan?: Plan;
  json?: boolean;
}

export async function plan(ctx: Context, opts: PlanOptions): Promise<DayJson | WeekJson> {
  const saved = await readSettings(ctx.dataDir);
  const { catalog } = await loadContent(ctx, opts.content, saved?.content);
  const track = chooseTrack(catalog, opts.track ?? (opts.content ? undefined : saved?.track));
  const week = chooseWeek(track, opts.week ?? (saved?.track === track.id ? (saved.week ?? undefined) : undefined));
  const plan = opts.plan ?? saved?.plan ?? '4h';
  const s = ctx.stdout.style;
  if (opts.day === undefined) {
    if (opts.json) ctx.stdout.write(JSON.stringify(weekJson(track, week, plan), null, 2) + '\n');
    else ctx.stdout.write(renderWeek(s, track, week, plan));
    return weekJson(track, week, plan);
  }
  const day = findDay(week, opts.day);
  if (!day) {
    throw new UsageError(`week ${week.number} of track "${track.id}" has no day ${opts.day}; its days: ${week.days.map((d) => d.number).join(', ')}`);
  }
  const result = dayJson(track, week, day, plan);
  ctx.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : renderDay(s, track, week, day, plan));
  return result;
}
