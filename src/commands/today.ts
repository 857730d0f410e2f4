// `coach today`: today's blocks with what is done, DSA against the target, and the learner's standing.
import type { OptionsOf } from '../cli/options.js';
import type { declareToday } from '../cli/daily.js';
import type { Context } from '../context.js';
import { printResult } from '../render/output.js';
import { renderToday } from '../render/today.js';
import { todayJson, todayView, type TodayView } from '../schedule/today-view.js';
import { planOf, withSession } from '../session.js';
import { dsaSetting } from '../session-plan.js';

export type TodayOptions = OptionsOf<typeof declareToday>;

export async function today(ctx: Context, opts: TodayOptions): Promise<TodayView> {
  return withSession(ctx, opts, async (session) => {
    const { store, track, date } = session;
    const view = todayView({
      ...planOf(session),
      completions: store?.completions({ track: track.id }) ?? [],
      dsaToday: store?.problems({ from: date, to: date }).length ?? 0,
      dsaSetting: dsaSetting(session),
      initialised: session.initialised,
    });
    printResult(ctx.stdout, (st, data, columns) => renderToday(st, data, columns, { details: opts.details }), view, { json: opts.json, toJson: todayJson });
    return view;
  });
}
