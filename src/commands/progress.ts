// `coach progress`: the whole track at a glance, with a heatmap of the last 16 weeks.
import type { OptionsOf } from '../cli/options.js';
import type { declareProgress } from '../cli/review.js';
import type { Context } from '../context.js';
import { renderProgress } from '../render/progress.js';
import { buildProgress, type Progress } from '../review/progress.js';
import { openSession } from '../session.js';

export type ProgressOptions = OptionsOf<typeof declareProgress>;

export async function progress(ctx: Context, opts: ProgressOptions): Promise<Progress> {
  const { store, settings, track, date } = await openSession(ctx, opts);
  try {
    const result = buildProgress({
      track, plan: settings.plan, pace: settings.pace, startWeek: settings.week, start: settings.start, today: date,
      completions: store?.completions({ track: track.id }) ?? [],
      problems: store?.problems() ?? [],
      skips: store?.skips() ?? [],
    });
    ctx.stdout.write(opts.json ? JSON.stringify(result, null, 2) + '\n' : renderProgress(ctx.stdout.style, result));
    return result;
  } finally {
    store?.close();
  }
}
