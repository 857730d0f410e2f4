// What each practice area asks for over a whole track: the guide's 16-week ranges scaled to the
// track's length, unless the content declares its own or the learner overrides one
// (`KIND=MIN-MAX`). Pure: the views and `coach init` read these rules, and nothing else states them.
import { UsageError } from '../errors.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Range } from '../track/model.js';

import { isPracticeArea, PRACTICE_AREAS, type PracticeArea } from './areas.js';

export { isPracticeArea, PRACTICE_AREAS, type PracticeArea } from './areas.js';

/** The weeks the guide's ranges are for. */
export const GUIDE_WEEKS = 16;

/**
 * The guide's ranges over GUIDE_WEEKS: DSA problems, complete machine-coding problems, full system
 * designs, mocks ("at least 4 system design mocks": 4, no upper bound stated), focused theory
 * revision sessions and production-style backends.
 */
export const GUIDE_TARGETS: Readonly<Record<PracticeArea, Range>> = {
  dsa: { min: 80, max: 150 },
  'machine-coding': { min: 8, max: 15 },
  design: { min: 8, max: 12 },
  mock: { min: 4, max: 4 },
  theory: { min: 8, max: 12 },
  project: { min: 1, max: 3 },
};

/** The largest count a target may name: a typo guard, far above any curriculum's. */
export const MAX_TARGET = 10_000;

/** Where an area's target came from, for the views to say. */
export type TargetSource = 'guide' | 'content' | 'learner';

export interface AreaTarget {
  area: PracticeArea;
  range: Range;
  source: TargetSource;
}

/** A 16-week range for a track of `weeks` weeks, rounded to whole counts (never below 0, max ≥ min). */
export function scaleTarget(range: Range, weeks: number): Range {
  const factor = Math.max(0, weeks) / GUIDE_WEEKS;
  const min = Math.round(range.min * factor);
  return { min, max: Math.max(min, Math.round(range.max * factor)) };
}

/**
 * Every area's target for a track of `weeks` weeks: the learner's override, else the content's
 * declared range (for the whole track, as written), else the guide's scaled.
 */
export function practiceTargets(
  weeks: number,
  declared: Partial<Record<PracticeArea, Range>> = {},
  learner: Partial<Record<PracticeArea, Range>> = {},
): AreaTarget[] {
  return PRACTICE_AREAS.map((area): AreaTarget => {
    const own = learner[area];
    if (own) return { area, range: own, source: 'learner' };
    const stated = declared[area];
    if (stated) return { area, range: stated, source: 'content' };
    return { area, range: scaleTarget(GUIDE_TARGETS[area], weeks), source: 'guide' };
  });
}

/** `N` or `MIN-MAX` (a hyphen or an en dash), whole numbers 0–MAX_TARGET with MIN ≤ MAX; else null. */
export function parseTargetRange(text: string): Range | null {
  const m = /^\s*(\d{1,6})\s*(?:[-–]\s*(\d{1,6}))?\s*$/.exec(text);
  if (!m) return null;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  return min <= max && max <= MAX_TARGET ? { min, max } : null;
}

/** `coach init --target KIND=MIN-MAX`, checked: a bad one is a usage error naming what to write. */
export function parseTargetFlag(text: string): { area: PracticeArea; range: Range } {
  const [name = '', value] = text.split('=', 2);
  const area = name.trim().toLowerCase();
  const shown = sanitizeLine(text);
  if (!isPracticeArea(area)) {
    throw new UsageError(`--target ${shown}: the area must be one of ${PRACTICE_AREAS.join(', ')}, as in --target design=8-12`);
  }
  const range = value === undefined ? null : parseTargetRange(value);
  if (!range) {
    throw new UsageError(`--target ${shown}: give the range as MIN-MAX or a single number, whole numbers 0–${MAX_TARGET}, as in --target ${area}=8-12`);
  }
  return { area, range };
}

/** The learner's overrides as `coach init --target` saves them: `design=8-12,mock=4`, areas in their order. */
export function targetsSettingText(targets: Partial<Record<PracticeArea, Range>>): string {
  return PRACTICE_AREAS.flatMap((a) => {
    const r = targets[a];
    return r ? [`${a}=${r.min === r.max ? r.min : `${r.min}-${r.max}`}`] : [];
  }).join(',');
}

/** The stored form read back; null when any part of it is not `AREA=MIN-MAX`. */
export function parseTargetsSetting(text: string): Partial<Record<PracticeArea, Range>> | null {
  const targets: Partial<Record<PracticeArea, Range>> = {};
  if (text.trim() === '') return targets;
  for (const part of text.split(',')) {
    const [name = '', value = ''] = part.split('=', 2);
    const area = name.trim().toLowerCase();
    const range = parseTargetRange(value);
    if (!isPracticeArea(area) || !range) return null;
    targets[area] = range;
  }
  return targets;
}

/**
 * `coach init --target KIND=MIN-MAX` (repeatable) applied to the saved overrides: each sets one
 * area, `KIND=none` forgets it. A bad one is a usage error before anything is written.
 */
export function applyTargetFlags(saved: Partial<Record<PracticeArea, Range>>, flags: readonly string[]): Partial<Record<PracticeArea, Range>> {
  const targets = { ...saved };
  for (const flag of flags) {
    const [name = '', value = ''] = flag.split('=', 2);
    const area = name.trim().toLowerCase();
    if (isPracticeArea(area) && value.trim().toLowerCase() === 'none') delete targets[area];
    else {
      const parsed = parseTargetFlag(flag);
      targets[parsed.area] = parsed.range;
    }
  }
  return targets;
}
