// `coach progress`: the whole track at a glance, with a heatmap of the last weeks.
import type { OptionsOf } from '../cli/options.js';
import type { declareProgress } from '../cli/review.js';
import type { Context } from '../context.js';
import { printResult } from '../render/output.js';
import { renderProgress } from '../render/progress.js';
import { buildProgress, type Progress } from '../review/progress.js';
import { openSession } from '../session.js';
import { dsaSetting } from '../session-plan.js';

export type ProgressOptions = OptionsOf<typeof declareProgress>;

export async function progress(ctx: Context, opts: ProgressOptions): Promise<Progress> {
  const session = await openSession(ctx, opts);
  const { store, settings, track, date } = session;
  try {
    const result = buildProgress({
      track, plan: settings.plan, pace: settings.pace, startWeek: settings.week, start: settings.start, today: date,
      completions: store?.completions({ track: track.id }) ?? [],
      problems: store?.problems() ?? [],
      skips: store?.skips() ?? [],
      dsaSetting: dsaSetting(session),
    });
    printResult(ctx.stdout, renderProgress, result, { json: opts.json });
    return result;
  } finally {
    store?.close();
  }
}
