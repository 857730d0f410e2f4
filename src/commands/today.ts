// `coach today`: today's blocks with what is done, DSA against the target, and the learner's standing.
import type { OptionsOf } from '../cli/options.js';
import type { declareToday } from '../cli/daily.js';
import type { Context } from '../context.js';
import { printResult } from '../render/output.js';
import { renderToday } from '../render/today.js';
import { todayJson, todayView, type TodayView } from '../schedule/today-view.js';
import { planOf, trackCompletions, trackDrops, withSession } from '../session.js';
import { dsaSetting } from '../session-plan.js';
import { sessionForecast } from '../session-forecast.js';

export type TodayOptions = OptionsOf<typeof declareToday>;

export async function today(ctx: Context, opts: TodayOptions): Promise<TodayView> {
  return withSession(ctx, opts, async (session) => {
    const { store, date } = session;
    const completions = trackCompletions(session);
    const drops = trackDrops(session);
    const view = todayView({
      ...planOf(session),
      today: session.today,
      completions,
      drops,
      forecast: sessionForecast(session, completions, drops),
      dsaToday: store?.problems({ from: date, to: date }).length ?? 0,
      dsaSetting: dsaSetting(session),
      initialised: session.initialised,
    });
    printResult(ctx.stdout, (st, data, columns) => renderToday(st, data, columns, { all: opts.all === true, details: opts.details }), view, { json: opts.json, toJson: todayJson });
    return view;
  });
}
