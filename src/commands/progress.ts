// `coach progress`: the whole track at a glance, with a heatmap of the last weeks.
import type { OptionsOf } from '../cli/options.js';
import type { declareProgress } from '../cli/review.js';
import type { Context } from '../context.js';
import { printResult } from '../render/output.js';
import { renderProgress } from '../render/progress.js';
import { buildProgress, type Progress } from '../review/progress.js';
import { revisitFiguresOf, type RevisitFigures } from '../practice/cards.js';
import { problemLog } from '../log/problem-log.js';
import { trackCompletions, trackDrops, withSession } from '../session.js';
import { dsaSetting } from '../session-plan.js';
import { sessionForecast } from '../session-forecast.js';

export type ProgressOptions = OptionsOf<typeof declareProgress>;

export async function progress(ctx: Context, opts: ProgressOptions): Promise<Progress & { revisits: RevisitFigures }> {
  return withSession(ctx, opts, async (session) => {
    const { store, settings, track, date } = session;
    const completions = trackCompletions(session);
    const built = buildProgress({
      track, plan: settings.plan, pace: settings.pace, startWeek: settings.week, start: settings.start, today: date,
      completions,
      problems: store?.problemLog() ?? problemLog([]),
      skips: store?.skips() ?? [],
      dsaSetting: dsaSetting(session),
    });
    const result = { ...built, revisits: revisitFiguresOf(store?.revisits() ?? []) };
    const forecast = settings.target ? sessionForecast(session, completions, trackDrops(session)) : null;
    printResult(ctx.stdout, (s, p, columns) => renderProgress(s, p, columns, forecast), result, { json: opts.json });
    return result;
  });
}
