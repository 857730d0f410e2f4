// The daily DSA target: one rule for every view (`today`, `plan`, `dsa`, `review`, `progress`),
// and the target of a span of days built from it. A leaf module: no I/O, no heavy imports.
import type { Day, Plan, ProblemCount, Week } from '../track/model.js';
import { add, blocksProblems } from '../track/targets.js';

/** The daily target when neither the track's text nor the learner says otherwise. */
export const DEFAULT_DAILY_DSA: ProblemCount = { min: 2, max: 3 };

/** What a rest day asks for. */
export const REST_DAY_DSA: ProblemCount = { min: 0, max: 0 };

/** Where a day's target came from. */
export type DsaTargetSource = 'day' | 'week' | 'setting' | 'default' | 'rest';
export const DSA_TARGET_SOURCES: readonly DsaTargetSource[] = ['day', 'week', 'setting', 'default', 'rest'];

export interface DsaTarget {
  target: ProblemCount;
  source: DsaTargetSource;
}

/** What the rule reads of a plan day: its blocks and the week it belongs to (a `PlanDay` is one). */
export interface TargetDay {
  dayRef: Pick<Day, 'blocks4h' | 'additions6h'>;
  weekRef: Pick<Week, 'dailyDsa'>;
}

/** A date as the rule sees it: a plan day, a rest day (`coach skip`), or null where the plan has no day. */
export type TargetDate = TargetDay | 'rest' | null;

/**
 * The target of one day. A rest day asks for nothing. Else what the day's 4-hour blocks say
 * ("2–3 problems", "2 easy problems" and "3 medium problems" in two blocks make 5), else what
 * its week's goals state ("2–3 problems/day"), else the learner's own daily target (`coach init
 * --dsa`), else the default. On the 6-hour plan the additions add theirs ("Extra 1–2 DSA
 * problems") on top. A week that states nothing borrows from no other week. `day` is null for a
 * date the plan does not reach (a plan without days).
 */
export function dailyDsaTarget(day: TargetDate, plan: Plan, setting: ProblemCount | null): DsaTarget {
  if (day === 'rest') return { target: REST_DAY_DSA, source: 'rest' };
  const base = baseTarget(day, setting);
  const extra = day && plan === '6h' ? blocksProblems(day.dayRef.additions6h) : null;
  return { target: add(base.target, extra) ?? base.target, source: base.source };
}

function baseTarget(day: TargetDay | null, setting: ProblemCount | null): DsaTarget {
  const named = day ? blocksProblems(day.dayRef.blocks4h) : null;
  if (named) return { target: named, source: 'day' };
  const stated = day?.weekRef.dailyDsa;
  if (stated) return { target: stated, source: 'week' };
  if (setting) return { target: setting, source: 'setting' };
  return { target: DEFAULT_DAILY_DSA, source: 'default' };
}

export interface SpanTarget {
  /** The days' targets added up: what the span asks for in all (rest days add nothing). */
  total: ProblemCount;
  /** The same per study day, rest days left out, rounded to hundredths: the days' own target when they share one. */
  perDay: ProblemCount;
  /** Study days of the span: rest days are not counted. */
  days: number;
  /** Rest days of the span, left out of `days` and `perDay`. */
  rest: number;
  /** Days whose target came from each source. */
  sources: Record<DsaTargetSource, number>;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The target of a span of days (a review's week, the whole plan, the window of `dsa stats`):
 * each day's own `dailyDsaTarget`, added up. An empty span asks for nothing; rest days count
 * in no average.
 */
export function spanDsaTarget(days: readonly TargetDate[], plan: Plan, setting: ProblemCount | null): SpanTarget {
  const total = { min: 0, max: 0 };
  const sources: Record<DsaTargetSource, number> = { day: 0, week: 0, setting: 0, default: 0, rest: 0 };
  for (const day of days) {
    const { target, source } = dailyDsaTarget(day, plan, setting);
    total.min += target.min;
    total.max += target.max;
    sources[source]++;
  }
  const n = days.length - sources.rest;
  return {
    total,
    perDay: n ? { min: round2(total.min / n), max: round2(total.max / n) } : { min: 0, max: 0 },
    days: n,
    rest: sources.rest,
    sources,
  };
}

/** Whether every day of a span takes its target from the track's text (a day's blocks or its week's goals). */
export const statedByTrack = (span: SpanTarget): boolean => span.sources.day + span.sources.week === span.days;
