// Targets a track states in words, e.g. "Maintain 2–3 problems/day".
import type { Goal, ProblemCount } from './model.js';

const DAILY = /(\d+)(?:\s*(?:[-–—]|to)\s*(\d+))?\+?\s*(?:\w+\s+){0,2}problems?\s*(?:\/|per|a|each)\s*day/i;

/** The daily DSA problem target a week's goals state, or null when they state none. */
export function parseDailyTarget(goals: readonly Goal[]): ProblemCount | null {
  for (const g of goals) {
    const m = DAILY.exec(g.text);
    if (m) {
      const a = Number(m[1]);
      const b = m[2] === undefined ? a : Number(m[2]);
      if (a > 0 && b > 0 && b < 100) return { min: Math.min(a, b), max: Math.max(a, b) };
    }
    const nested = parseDailyTarget(g.children);
    if (nested) return nested;
  }
  return null;
}
