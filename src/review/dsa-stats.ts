// DSA statistics over the learner's log: totals by difficulty and topic, and the per-day rate
// against the target. Pure, so `coach dsa stats` only reads the log and prints.
import { addDays, compareDates, daysBetween } from '../schedule/dates.js';
import type { Difficulty, Problem } from '../log/types.js';
import type { Minutes } from '../track/model.js';

export interface DsaStats {
  /** Problems dated up to today. */
  total: number;
  byDifficulty: Record<Difficulty | 'unknown', number>;
  byTopic: Record<string, number>;
  /** The plan's start, or the first problem if earlier. */
  since: string;
  /** Days from `since` to today, both included; 0 while the plan has not started and nothing is logged. */
  days: number;
  perDay: number;
  target: Minutes;
  /** Problems dated after today: logged ahead, left out of every figure above. */
  later: number;
}

/**
 * Pure: the statistics `dsa stats` prints, over the days from the start (or the first problem,
 * if earlier) to `today`. Problems dated after today fall outside that window and are only counted
 * in `later`, so the total and the per-day rate cover the same days.
 */
export function dsaStats(rows: readonly Problem[], start: string, today: string, target: Minutes): DsaStats {
  const counted = rows.filter((p) => compareDates(p.date, today) <= 0);
  const byDifficulty: DsaStats['byDifficulty'] = { easy: 0, medium: 0, hard: 0, unknown: 0 };
  // A Map: topics are the learner's words, and "constructor" or "__proto__" must count like any other.
  const byTopic = new Map<string, number>();
  for (const p of counted) {
    byDifficulty[p.difficulty ?? 'unknown']++;
    for (const t of p.topics) byTopic.set(t, (byTopic.get(t) ?? 0) + 1);
  }
  const since = counted.reduce((d, p) => (compareDates(p.date, d) < 0 ? p.date : d), start);
  const days = Math.max(0, daysBetween(since, addDays(today, 1)));
  const sorted = [...byTopic].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    total: counted.length,
    byDifficulty,
    // Object.fromEntries defines own properties, so even "__proto__" becomes a plain key.
    byTopic: Object.fromEntries(sorted),
    since,
    days,
    perDay: days > 0 ? Math.round((counted.length / days) * 100) / 100 : 0,
    target,
    later: rows.length - counted.length,
  };
}

