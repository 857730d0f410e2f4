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
import { todaysRevisits } from '../practice/card-reads.js';
import { revisitJson, withRevisits, type WithRevisits } from '../render/revisit-today.js';
import { timerState } from '../timer/report.js';

export type TodayOptions = OptionsOf<typeof declareToday>;

export async function today(ctx: Context, opts: TodayOptions): Promise<TodayView & WithRevisits> {
  return withSession(ctx, { ...opts, lazy: true }, async (session) => {
    const { store, date } = session;
    const completions = trackCompletions(session);
    const drops = trackDrops(session);
    // Counted by the log (one row of its counts by date), not read: a busy day has many problems.
    const dsaToday = store?.problemLog().count({ from: date, to: date }) ?? 0;
    const revisit = await todaysRevisits(store, date, session.settings.revisitCap);
    const running = store?.runningTimer();
    const timer = running ? timerState(running, ctx.now) : null;
    // The track's texts are read as the view asks for them; the text is made inside, printed once settled.
    const { view, text } = await session.catalog.settle(session.track, (track) => {
      const at = { ...session, track };
      const made = withRevisits(todayView({
        ...planOf(at),
        today: session.today,
        completions,
        drops,
        forecast: sessionForecast(at, completions, drops),
        dsaToday,
        dsaSetting: dsaSetting(at),
        initialised: session.initialised, savedPlan: session.savedPlan,
      }), revisit);
      let printed = '';
      const { isTTY, style, columns } = ctx.stdout;
      const out = { isTTY, style, columns, write: (t: string) => void (printed += t) };
      printResult(out, (st, data, columns) => renderToday(st, data, columns, { all: opts.all === true, details: opts.details, timer }), made, { json: opts.json, toJson: (v) => ({ ...todayJson(v), revisit: revisitJson(v.revisit) }) });
      return { view: made, text: printed };
    });
    ctx.stdout.write(text);
    return view;
  });
}
