// Where the learner is in their plan, for a session: the current plan day and week, a --week
// checked against the plan, and the learner's daily DSA target. Commands ask here rather than
// each working it out.
import { UsageError } from './errors.js';
import { currentPlanDay as planDayAt, planDayOn, planWeeks } from './schedule/current.js';
import { planSequence, type PlanDay, type ScheduleInput } from './schedule/scheduler.js';
import { doneIds } from './log/attach.js';
import { attachLog, droppedIds, planOf, type Session } from './session.js';
import type { ProblemCount } from './track/model.js';
import { dailyDsaTarget, type DsaTarget } from './schedule/targets.js';

/** The learner's own daily DSA target (`coach init --dsa`), taken by `dailyDsaTarget` for days the track leaves open. */
export function dsaSetting(session: Session): ProblemCount | null {
  return session.settings.dsa;
}

/** The target of the session's date: nothing on a rest day, else its plan day's (see `currentPlanDay`). */
export function dayDsaTarget(session: Session): DsaTarget {
  const rest = session.store?.skips().includes(session.date) ?? false;
  return dailyDsaTarget(rest ? 'rest' : currentPlanDay(session), session.settings.plan, dsaSetting(session));
}

function scheduleInput(session: Session): ScheduleInput {
  return { ...planOf(session), done: doneIds(attachLog(session)), dropped: droppedIds(session) };
}

/**
 * The plan day of the session's date, in the learner's pace (see `nearestPlanDay`). On the
 * calendar's pace that is the day the calendar gives the date (`planDayOn`), whatever is done, so
 * the log's completions are not read for it.
 */
export function currentPlanDay(session: Session): PlanDay | null {
  const { track, settings, date, store } = session;
  if (settings.pace === 'calendar') return planDayOn(planSequence(track, settings.week), settings.start, store?.skips() ?? [], date);
  return planDayAt(scheduleInput(session));
}

/** The week of the current plan day; null when the plan has no days. */
export function currentWeek(session: Session): number | null {
  return currentPlanDay(session)?.week ?? null;
}

/** `week` when the plan includes it; else a usage error naming the plan's weeks. */
export function checkPlanWeek(session: Session, week: number): number {
  const { track, settings } = session;
  const weeks = planWeeks(track, settings.week);
  if (!weeks.includes(week)) {
    throw new UsageError(`week ${week} is not part of your plan; its weeks: ${weeks.join(', ')} (track "${track.id}" from week ${settings.week})`);
  }
  return week;
}

/** The week `--week` names, checked against the plan, else the current week. */
export function planWeek(session: Session, week: number | undefined): number {
  if (week !== undefined) return checkPlanWeek(session, week);
  const current = currentWeek(session);
  if (current === null) {
    const { track, settings } = session;
    throw new UsageError(`track "${track.id}" has no days from week ${settings.week} on; check it with coach validate, or choose a start week with coach init --week N`);
  }
  return current;
}
