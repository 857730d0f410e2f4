// The forecast for a session: its plan's blocks still to do, the log's minutes by date, and the
// learner's hours and target, handed to the pure arithmetic in schedule/forecast.ts.
import { attach, completionMinutes, doneIds } from './log/attach.js';
import type { Completion, Drop } from './log/types.js';
import { forecast, leftWork, settledDays, type Forecast } from './schedule/forecast.js';
import { planHours } from './schedule/hours.js';
import { ownRatioOf } from './review/planned-actual.js';
import type { Session } from './session.js';

export function sessionForecast(session: Session, completions: readonly Completion[], drops: readonly Drop[]): Forecast {
  const { track, settings, date, store } = session;
  const done = doneIds(attach(track, completions));
  const dropped = doneIds(attach(track, drops));
  return forecast({
    left: leftWork(track, settings.plan, settings.week, (id) => done.has(id) || dropped.has(id), settledDays([...done, ...dropped])),
    today: date,
    start: settings.start,
    logged: completions.map((c) => ({ date: c.date, minutes: completionMinutes(c) })),
    skips: store?.skips() ?? [],
    hours: settings.hours ?? planHours(settings.plan),
    target: settings.target,
    optional: settings.optional,
    ownRatio: ownRatioOf(completions),
  });
}
