// The practice areas for a session: the log's counts, the track's declared targets and the
// learner's, handed to the pure arithmetic in practice/practice-view.ts. `coach progress` shows the
// track so far; `coach review` one week's entries beside the same projections.
import { compareDates, type IsoDate } from './schedule/dates.js';
import { planSequence } from './schedule/scheduler.js';
import { spanDsaTarget, statedByTrack } from './schedule/targets.js';
import { declaredTargets } from './track/practice-targets.js';
import { doneByArea, practiceProgress, weekMilestones, type AreaProgress, type WeekMilestones } from './practice/practice-view.js';
import type { Review } from './review/review.js';
import { LESSONS_PER_WEEK } from './review/constants.js';
import type { Range } from './track/model.js';
import type { PracticeArea } from './practice/targets.js';
import { dsaSetting } from './session-plan.js';
import type { Session } from './session.js';

/**
 * The track's own targets: its front matter's `targets:`, and for DSA, when no file declares one
 * and every plan day states its daily target, those daily targets added up (the DSA line above it).
 */
function trackTargets(session: Session): Partial<Record<PracticeArea, Range>> {
  const { track, settings } = session;
  const declared = declaredTargets(track);
  if (declared.dsa) return declared;
  const dsa = spanDsaTarget(planSequence(track, settings.week), settings.plan, dsaSetting(session));
  return statedByTrack(dsa) ? { ...declared, dsa: dsa.total } : declared;
}

/** Every area up to `today` (the session's date): done, target, pace and projection. */
export function sessionPractice(session: Session, today: IsoDate = session.date): AreaProgress[] {
  const { track, settings, store } = session;
  const weeks = new Set(planSequence(track, settings.week).map((d) => d.week)).size;
  const skips = store?.skips() ?? [];
  const restDays = skips.filter((d) => compareDates(settings.start, d) <= 0 && compareDates(d, today) <= 0).length;
  const dsa = store?.problemLog().count({ to: today }) ?? 0;
  const done = doneByArea(dsa, store?.practiceByKind({ to: today }) ?? []);
  return practiceProgress({ weeks, start: settings.start, today, restDays }, done, trackTargets(session), settings.targets);
}

/** What `coach review` adds: the week's entries by area (`done`: the week's; `total`: to date) and its milestones. */
export interface ReviewPractice {
  practice: (AreaProgress & { total: number })[];
  milestones: WeekMilestones;
}

export function reviewPractice(session: Session, review: Review): ReviewPractice {
  const end = compareDates(review.to, review.today) < 0 ? review.to : review.today;
  const rows = session.store?.practice({ from: review.from, to: review.to }) ?? [];
  const week = doneByArea(review.totals.dsa.done, rows);
  const practice = sessionPractice(session, end).map((a) => ({ ...a, total: a.done, done: week[a.kind] }));
  const milestones = weekMilestones(review.lessons.length, LESSONS_PER_WEEK, review.totals.dsa.byDifficulty, rows);
  return { practice, milestones };
}
