// The daily DSA target: one rule for every view (`today`, `dsa`, `review`, `progress`), and the
// target of a span of days built from it. A leaf module: type imports only.
import type { ProblemCount, Week } from '../track/model.js';

/** The daily target when neither the week's text nor the learner says otherwise. */
export const DEFAULT_DAILY_DSA: ProblemCount = { min: 2, max: 3 };

/** Where a day's target came from. */
export type DsaTargetSource = 'week' | 'setting' | 'default';

export interface DsaTarget {
  target: ProblemCount;
  source: DsaTargetSource;
}

/** What the rule reads of a plan day: the week it belongs to (a `PlanDay` is one). */
export interface TargetDay {
  weekRef: Pick<Week, 'dailyDsa'>;
}

/**
 * The target of one plan day: what its week's goals state ("2–3 problems/day"), else the
 * learner's own daily target, else the default. A week that states nothing borrows from no other
 * week: the learner's setting is the place for one target across the track. `day` is null for a
 * date the plan does not reach (a plan without days).
 */
export function dailyDsaTarget(day: TargetDay | null, setting: ProblemCount | null): DsaTarget {
  const stated = day?.weekRef.dailyDsa;
  if (stated) return { target: stated, source: 'week' };
  if (setting) return { target: setting, source: 'setting' };
  return { target: DEFAULT_DAILY_DSA, source: 'default' };
}

export interface SpanTarget {
  /** The days' targets added up: what the span asks for in all. */
  total: ProblemCount;
  /** The same per day, rounded to hundredths: the days' own target when they share one. */
  perDay: ProblemCount;
  /** Days of the span. */
  days: number;
  /** Days whose target came from each source. */
  sources: Record<DsaTargetSource, number>;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The target of a span of days (a review's week, the whole plan, the window of `dsa stats`):
 * each day's own `dailyDsaTarget`, added up. An empty span asks for nothing.
 */
export function spanDsaTarget(days: readonly (TargetDay | null)[], setting: ProblemCount | null): SpanTarget {
  const total = { min: 0, max: 0 };
  const sources: Record<DsaTargetSource, number> = { week: 0, setting: 0, default: 0 };
  for (const day of days) {
    const { target, source } = dailyDsaTarget(day, setting);
    total.min += target.min;
    total.max += target.max;
    sources[source]++;
  }
  const n = days.length;
  return { total, perDay: n ? { min: round2(total.min / n), max: round2(total.max / n) } : { min: 0, max: 0 }, days: n, sources };
}
