// `coach today`: today's blocks with what is done, DSA against the target, and the learner's standing.
import type { OptionsOf } from '../cli/options.js';
import type { declareToday } from '../cli/daily.js';
import type { Context } from '../context.js';
import { renderToday } from '../render/today.js';
import { todayJson, todayView, type TodayView } from '../schedule/today-view.js';
import { openSession, planOf } from '../session.js';

export type TodayOptions = OptionsOf<typeof declareToday>;

export async function today(ctx: Context, opts: TodayOptions): Promise<TodayView> {
  const session = await openSession(ctx, opts);
  const { store, track, date } = session;
  try {
    const done = new Map<string, number | null>();
    for (const c of store?.completions({ track: track.id }) ?? []) done.set(c.blockId, c.minutes);
    const view = todayView({
      ...planOf(session),
      done,
      dsaToday: store?.problems({ from: date, to: date }).length ?? 0,
      initialised: session.initialised,
    });
    ctx.stdout.write(opts.json ? JSON.stringify(todayJson(view), null, 2) + '\n' : renderToday(ctx.stdout.style, view));
    return view;
  } finally {
    store?.close();
  }
}
