// A track file's own practice targets: `targets:` in its front matter, a map from practice area to
// a count or a range over the whole track (`targets: { design: 8-12, mock: 4 }`). Checked here, so
// `coach validate` names a bad one with its line; the views read them through `declaredTargets`.
import { isPracticeArea, parseTargetRange, PRACTICE_AREAS, MAX_TARGET, type PracticeArea } from '../practice/targets.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Range, Track } from './model.js';

export type DeclaredTargets = Partial<Record<PracticeArea, Range>>;

/** A problem with one entry of the map, and the key it is about (null: the map itself). */
export interface TargetProblem {
  key: string | null;
  message: string;
}

/** The targets a front matter's `targets:` value declares, and what is wrong with the rest of it. */
export function readTargets(value: unknown): { targets: DeclaredTargets; problems: TargetProblem[] } {
  const targets: DeclaredTargets = {};
  const problems: TargetProblem[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ key: null, message: 'front matter targets must be a map of area to range, e.g. targets: { design: 8-12, mock: 4 }' });
    return { targets, problems };
  }
  for (const [raw, v] of Object.entries(value as Record<string, unknown>)) {
    const key = raw.trim().toLowerCase();
    const shown = sanitizeLine(raw).slice(0, 40);
    if (!isPracticeArea(key)) {
      problems.push({ key: raw, message: `front matter targets: unknown area "${shown}"; the areas are ${PRACTICE_AREAS.join(', ')}` });
      continue;
    }
    const range = typeof v === 'number' || typeof v === 'string' ? parseTargetRange(String(v)) : null;
    if (!range) {
      const got = sanitizeLine(JSON.stringify(v) ?? String(v)).slice(0, 40);
      problems.push({ key: raw, message: `front matter targets: ${key} must be a count or a range MIN-MAX of whole numbers 0–${MAX_TARGET}, got ${got}` });
      continue;
    }
    targets[key] = range;
  }
  return { targets, problems };
}

/**
 * What the track's files declare: each area from the first week (by number) that names it, so a
 * track can keep its targets in one file or spread them, and a later file cannot quietly override.
 */
export function declaredTargets(track: Track): DeclaredTargets {
  const all: DeclaredTargets = {};
  for (const week of track.weeks) {
    for (const [area, range] of Object.entries(week.targets ?? {}) as [PracticeArea, Range][]) all[area] ??= range;
  }
  return all;
}
