// Each practice area against its target, for `coach progress` (the track so far) and `coach review`
// (one week): what is done, the target's range and where it came from, the pace per week so far
// and the total that pace reaches by the end of the track. Pure: counts and dates are passed in.
import type { Practice } from '../log/types.js';
import type { Difficulty } from '../log/entities.js';
import { compareDates, daysBetween, type IsoDate } from '../schedule/dates.js';
import type { Range } from '../track/model.js';
import type { MockType } from './kinds.js';
import { practiceTargets, PRACTICE_AREAS, type PracticeArea, type TargetSource } from './targets.js';

export interface AreaProgress {
  kind: PracticeArea;
  /** DSA problems, or practice entries of the kind (a mock counts as a mock, whatever its type). */
  done: number;
  target: Range;
  source: TargetSource;
  /** Done per week so far. */
  pace: number;
  /** `pace` over the whole track, rounded: where this pace ends. */
  projected: number;
}

export interface PracticeSpan {
  /** Weeks in the learner's plan: the guide's ranges are scaled to these. */
  weeks: number;
  start: IsoDate;
  today: IsoDate;
  /** Rest days so far, which count in no week's pace. */
  restDays: number;
}

/**
 * Weeks gone so far: study days from the start to today (today included, rest days not) over 7;
 * at least one day's worth, so a first day has a pace, and at most the track's length.
 */
export function weeksSoFar(span: PracticeSpan): number {
  const days = compareDates(span.today, span.start) < 0 ? 0 : daysBetween(span.start, span.today) + 1 - span.restDays;
  return Math.min(Math.max(days, 1) / 7, Math.max(span.weeks, 1 / 7));
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Done per area: DSA problems, then practice entries by kind (each entry, or `n` of a kind counted by the log). */
export function doneByArea(dsa: number, practice: readonly (Pick<Practice, 'kind'> & { n?: number })[]): Record<PracticeArea, number> {
  const done = Object.fromEntries(PRACTICE_AREAS.map((a) => [a, 0])) as Record<PracticeArea, number>;
  done.dsa = dsa;
  for (const p of practice) done[p.kind] += p.n ?? 1;
  return done;
}

/** Every area against its target (learner's, else the track's, else the guide's scaled), in the areas' order. */
export function practiceProgress(
  span: PracticeSpan,
  done: Record<PracticeArea, number>,
  declared: Partial<Record<PracticeArea, Range>>,
  learner: Partial<Record<PracticeArea, Range>>,
): AreaProgress[] {
  const weeks = weeksSoFar(span);
  return practiceTargets(span.weeks, declared, learner).map(({ area, range, source }) => {
    const pace = done[area] / weeks;
    return { kind: area, done: done[area], target: range, source, pace: round2(pace), projected: Math.round(pace * Math.max(span.weeks, weeks)) };
  });
}

/** The week's milestone lines, as the guide states them. */
export interface WeekMilestones {
  /** Concepts learnt: the week's lessons, against the 3–5 asked for. */
  concepts: { done: number; target: Range };
  dsa: Record<Difficulty | 'unknown', number>;
  /** Project features completed: the week's project entries. */
  projectFeatures: string[];
  mocks: { title: string | null; type: MockType | null; score: number | null }[];
}

export function weekMilestones(
  lessons: number,
  lessonsTarget: Range,
  dsa: Record<Difficulty | 'unknown', number>,
  practice: readonly Practice[],
): WeekMilestones {
  return {
    concepts: { done: lessons, target: lessonsTarget },
    dsa,
    projectFeatures: practice.filter((p) => p.kind === 'project').map((p) => p.title ?? '(untitled)'),
    mocks: practice.filter((p) => p.kind === 'mock').map((p) => ({ title: p.title, type: p.mockType, score: p.score })),
  };
}
