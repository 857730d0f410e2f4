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
import { sessionPractice } from '../session-practice.js';
import { renderPracticeProgress } from '../render/practice-progress.js';
import type { AreaProgress } from '../practice/practice-view.js';

export type ProgressOptions = OptionsOf<typeof declareProgress>;

/** The track's progress, each practice area against its target (see session-practice.ts), and the revisits. */
export type ProgressResult = Progress & { revisits: RevisitFigures; practice: AreaProgress[] };

export async function progress(ctx: Context, opts: ProgressOptions): Promise<ProgressResult> {
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
    const result = { ...built, revisits: revisitFiguresOf(store?.revisitsByOutcome() ?? []) };
    const forecast = settings.target ? sessionForecast(session, completions, trackDrops(session)) : null;
    const full: ProgressResult = { ...result, practice: sessionPractice(session) };
    printResult(ctx.stdout, (s, p, columns) =>
      `${renderProgress(s, p, columns, forecast)}\n${renderPracticeProgress(s, p.practice, p.weeks.total, columns)}`, full, { json: opts.json });
    return full;
  });
}
