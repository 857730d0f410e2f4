// `coach forecast`: what is left, the learner's pace, the finish dates, and against a target date
// what it takes; `--apply` lets the proposed blocks go in one undoable action.
import type { OptionsOf } from '../cli/options.js';
import type { declareForecast } from '../cli/behind.js';
import type { Context } from '../context.js';
import { forecastJson, renderForecast, type ForecastView } from '../render/forecast.js';
import { printResult } from '../render/output.js';
import { planHours } from '../schedule/hours.js';
import { sessionForecast } from '../session-forecast.js';
import { trackCompletions, trackDrops, withSession, type Session } from '../session.js';
import { allBlocks, type Located } from './block-refs.js';
import { dropLocated } from './drop.js';

export type ForecastOptions = OptionsOf<typeof declareForecast>;

function viewOf(session: Session, applied: number | null): ForecastView {
  const { track, settings, date } = session;
  const f = sessionForecast(session, trackCompletions(session), trackDrops(session));
  return {
    ...f, trackTitle: track.title, plan: settings.plan, date,
    hours: settings.hours ?? planHours(settings.plan), hoursSet: settings.hours !== null, applied,
  };
}

export async function forecastCommand(ctx: Context, opts: ForecastOptions): Promise<ForecastView> {
  // Letting blocks go writes against the plan's weeks: refused while the plan may be another track's or week's.
  return withSession(ctx, { ...opts, notAfterToday: opts.apply === true, unreadable: opts.apply === true ? 'refuse' : 'warn' }, async (session) => {
    let view = viewOf(session, null);
    if (opts.apply) {
      const index = allBlocks(session.track, session.settings.plan, session.settings.week);
      const chosen = (view.target?.drop ?? []).flatMap((d): Located[] => {
        const located = index.get(d.id);
        return located ? [located] : [];
      });
      const result = chosen.length === 0 ? null : await dropLocated(ctx, session, chosen);
      view = viewOf(session, result?.added.length ?? 0);
    }
    printResult(ctx.stdout, renderForecast, view, { json: opts.json, toJson: forecastJson });
    return view;
  });
}
