// `coach progress`: the whole track at a glance, with a heatmap of the last 16 weeks.
import type { Context, GlobalOptions } from '../context.js';
import { printResult } from '../render/output.js';
import { renderProgress } from '../render/progress.js';
import { buildProgress, type Progress } from '../review/progress.js';
import { openSession } from '../session.js';

export interface ProgressOptions extends GlobalOptions {
  json?: boolean;
}

export async function progress(ctx: Context, opts: ProgressOptions): Promise<Progress> {
  const { store, settings, track, date } = await openSession(ctx, opts);
  try {
    const result = buildProgress({
      track, plan: settings.plan, pace: settings.pace, startWeek: settings.week, start: settings.start, today: date,
      completions: store?.completions({ track: track.id }) ?? [],
      problems: store?.problems() ?? [],
      skips: store?.skips() ?? [],
    });
    printResult(ctx.stdout, renderProgress, result, { json: opts.json });
    return result;
  } finally {
    store?.close();
  }
}
