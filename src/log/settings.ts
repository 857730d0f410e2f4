// The learner's choices from `coach init` and their stored form: one text value per key, as the
// settings table and the export file hold them. Pure: reading and writing them is the store's.
import path from 'node:path';
import { DATE_RANGE, inDateRange, parseIsoDate, type IsoDate } from '../schedule/dates.js';
import { isPlainLine } from '../text/sanitize.js';
import type { Pace } from '../schedule/scheduler.js';
import { formatHoursSetting, parseHours, type WeeklyHours } from '../schedule/hours.js';
import { PLANS, type Plan, type ProblemCount, type Range } from '../track/model.js';
import { parseTargetsSetting, targetsSettingText, type PracticeArea } from '../practice/targets.js';

export const PACES: readonly Pace[] = ['calendar', 'progress'];

export interface Settings {
  track: string | null;
  plan: Plan;
  /** First study date, YYYY-MM-DD. */
  start: IsoDate | null;
  /** The track week the learner started at. */
  week: number | null;
  pace: Pace;
  /** Absolute content folder, or null for the bundled track. */
  content: string | null;
  /** Hour (0–23) at which a new study day begins. */
  rollover: number;
  /** The date to be ready by (an interview), for `coach forecast`; null when none. */
  target: IsoDate | null;
  /** Hours available per weekday; null: the plan's own hours every day (`planHours`). */
  hours: WeeklyHours | null;
  /** Categories the learner lets `coach forecast` propose dropping after the 6-hour additions. */
  optional: string[];
  /** The learner's own daily DSA target, for days the track leaves open (`coach init --dsa 3` or `--dsa 2-4`). */
  dsa: ProblemCount | null;
  /** The learner's own practice targets over the track, by area (`coach init --target design=8-12`). */
  targets: Partial<Record<PracticeArea, Range>>;
  /** How many due revisit cards `coach revisit` shows a day; null: DEFAULT_REVISIT_CAP. */
  revisitCap: number | null;
}

/** Revisit cards a day may be capped at most: more is a typo. */
export const MAX_REVISIT_CAP = 100;

/** Problems a day may ask for at most: more is a typo. */
export const MAX_DAILY_DSA = 50;

/** `3` or `2-4` (an en dash too) as a daily target; null when it is not one. */
export function parseDsaSetting(text: string): ProblemCount | null {
  const m = /^\s*(\d{1,3})\s*(?:[-–]\s*(\d{1,3}))?\s*$/.exec(text);
  if (!m) return null;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  return min >= 1 && max >= min && max <= MAX_DAILY_DSA ? { min, max } : null;
}

/** The stored form of a daily target: `3` or `2-4`. */
export const dsaSettingText = (t: ProblemCount): string => (t.min === t.max ? `${t.min}` : `${t.min}-${t.max}`);

export const DEFAULT_ROLLOVER = 4;

export type SettingKey = keyof Settings;

const wholeNumber = (v: string, min: number, max: number): boolean =>
  /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) && Number(v) >= min && Number(v) <= max;

export interface SettingFormat {
  what: string;
  test(value: string): boolean;
  /** Why a value that looks right is still refused, when `what` does not say it. */
  why?(value: string): string | null;
}

const controls = (v: string): string | null => (isPlainLine(v) ? null : 'it has a control or bidi character');

/**
 * What each stored setting looks like as text. Import refuses a file that breaks these, and
 * reading treats a stored value that breaks them as missing, so no command meets a bad one.
 */
export const SETTING_FORMATS: Readonly<Record<SettingKey, SettingFormat>> = {
  // Track ids and folders are printed in messages: no control or bidi character may hide in them.
  track: { what: 'a non-empty string', test: (v) => v !== '' && isPlainLine(v), why: controls },
  plan: { what: PLANS.map((p) => JSON.stringify(p)).join(' or '), test: (v) => (PLANS as readonly string[]).includes(v) },
  start: {
    what: 'a date (YYYY-MM-DD)',
    test: (v) => {
      const date = parseIsoDate(v);
      return date !== null && inDateRange(date);
    },
    why: (v) => (parseIsoDate(v) !== null ? `coach takes ${DATE_RANGE}` : null),
  },
  week: { what: 'a whole number ≥ 1', test: (v) => wholeNumber(v, 1, Number.MAX_SAFE_INTEGER) },
  pace: { what: PACES.map((p) => JSON.stringify(p)).join(' or '), test: (v) => (PACES as readonly string[]).includes(v) },
  content: { what: 'an absolute path, or "" for the bundled track', test: (v) => v === '' || (path.isAbsolute(v) && isPlainLine(v)), why: controls },
  rollover: { what: 'a whole number 0–23', test: (v) => wholeNumber(v, 0, 23) },
  target: {
    what: 'a date (YYYY-MM-DD), or "" for none',
    test: (v) => {
      const date = parseIsoDate(v);
      return v === '' || (date !== null && inDateRange(date));
    },
    why: (v) => (parseIsoDate(v) !== null ? `coach takes ${DATE_RANGE}` : null),
  },
  hours: { what: 'hours per weekday such as "mon=3,tue=3,wed=3,thu=3,fri=3,sat=6,sun=0"', test: (v) => parseHours(v) !== null },
  optional: { what: 'categories separated by commas', test: (v) => v === '' || splitCategories(v).every(isCategory), why: controls },
  dsa: { what: `a number of problems 1–${MAX_DAILY_DSA}, or a range such as 2-4`, test: (v) => /^\d+(?:[-–]\d+)?$/.test(v) && parseDsaSetting(v) !== null },
  targets: { what: 'practice targets such as "design=8-12,mock=4", or "" for none', test: (v) => parseTargetsSetting(v) !== null },
  revisitCap: { what: `a whole number 1–${MAX_REVISIT_CAP}`, test: (v) => wholeNumber(v, 1, MAX_REVISIT_CAP) },
};

/** A category as `--optional` takes it: one line, no comma (the stored list's separator). */
export function isCategory(v: string): boolean {
  return v.trim() !== '' && !v.includes(',') && isPlainLine(v);
}

function splitCategories(v: string): string[] {
  return v.split(',').map((c) => c.trim());
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_FORMATS, key);
}

/** Typed settings from the raw key/value rows; unknown or damaged values fall back to defaults. */
export function fromRows(rows: Record<string, string>): Settings {
  const valid = (key: SettingKey): string | null => {
    const value = Object.hasOwn(rows, key) ? rows[key] : undefined;
    return value !== undefined && SETTING_FORMATS[key].test(value) ? value : null;
  };
  const start = valid('start');
  const week = valid('week');
  const rollover = valid('rollover');
  const target = valid('target');
  const hours = valid('hours');
  const optional = valid('optional');
  const dsa = valid('dsa');
  const revisitCap = valid('revisitCap');
  return {
    track: valid('track'),
    plan: (valid('plan') as Plan | null) ?? '4h',
    start: start === null ? null : parseIsoDate(start),
    week: week === null ? null : Number(week),
    pace: (valid('pace') as Pace | null) ?? 'calendar',
    content: valid('content') || null,
    rollover: rollover === null ? DEFAULT_ROLLOVER : Number(rollover),
    target: target ? parseIsoDate(target) : null,
    hours: hours === null ? null : parseHours(hours),
    optional: optional ? splitCategories(optional) : [],
    dsa: dsa === null ? null : parseDsaSetting(dsa),
    targets: parseTargetsSetting(valid('targets') ?? '') ?? {},
    revisitCap: revisitCap === null ? null : Number(revisitCap),
  };
}

export function toRows(s: Partial<Settings>): Record<string, string> {
  const rows: Record<string, string> = {};
  if (s.track !== undefined && s.track !== null) rows.track = s.track;
  if (s.plan !== undefined) rows.plan = s.plan;
  if (s.start !== undefined && s.start !== null) rows.start = s.start;
  if (s.week !== undefined && s.week !== null) rows.week = String(s.week);
  if (s.pace !== undefined) rows.pace = s.pace;
  if (s.content !== undefined) rows.content = s.content ?? '';
  if (s.rollover !== undefined) rows.rollover = String(s.rollover);
  // Unset ones are left out, so a log without them exports as before; `clearedRows` forgets one.
  if (s.target) rows.target = s.target;
  if (s.hours) rows.hours = formatHoursSetting(s.hours);
  if (s.optional && s.optional.length > 0) rows.optional = s.optional.join(',');
  if (s.dsa !== undefined && s.dsa !== null) rows.dsa = dsaSettingText(s.dsa);
  if (s.targets && Object.keys(s.targets).length > 0) rows.targets = targetsSettingText(s.targets);
  if (s.revisitCap !== undefined && s.revisitCap !== null) rows.revisitCap = String(s.revisitCap);
  return rows;
}

/** Keys whose stored value becomes "" (read as unset): `coach init --target-date none` and the like. */
export function clearedRows(keys: readonly ('target' | 'hours' | 'optional' | 'targets')[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, '']));
}
