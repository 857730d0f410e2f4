// Shape checks for values that come from outside the type system: import files and user input.
// Each failure names the first bad field, so a hand-edited export can be fixed.
import { UsageError } from '../errors.js';
import { DATE_RANGE, inDateRange, isIsoDate, type IsoDate } from '../schedule/dates.js';
import { escapeInvisible } from '../text/sanitize.js';
import type { Minutes } from '../track/model.js';

export interface Kind<T> {
  what: string;
  test(value: unknown): value is T;
  /** Why a value that looks right is still refused, when `what` does not say it: appended to the message. */
  why?(value: unknown): string | null;
}

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** A real calendar date in the years coach keeps to: `2024-02-30` and `9999-12-25` are refused. */
export function isStudyDate(v: unknown): v is IsoDate {
  return isIsoDate(v) && inDateRange(v);
}

/** For a date (or a timestamp's date) that is real but outside the years coach keeps to. */
export function outOfRange(v: unknown): string | null {
  const day = typeof v === 'string' ? v.slice(0, 10) : null;
  return isIsoDate(day) && !inDateRange(day) ? `coach takes ${DATE_RANGE}` : null;
}

export const text: Kind<string> = { what: 'a string', test: (v): v is string => typeof v === 'string' };
export const id: Kind<string> = { what: 'a non-empty string', test: (v): v is string => typeof v === 'string' && v !== '' };
export const date: Kind<IsoDate> = { what: 'a date (YYYY-MM-DD)', test: isStudyDate, why: outOfRange };
// Date.parse alone takes "2026" or "Nov 25", and "T24:00:00" as the next midnight: a timestamp
// must be a full date and a time of that day, with its zone.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
export const timestamp: Kind<string> = {
  what: 'an ISO timestamp (YYYY-MM-DDTHH:MM:SS.sssZ)',
  why: outOfRange,
  test: (v): v is string =>
    typeof v === 'string' && TIMESTAMP.test(v) && isStudyDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)),
};
export const count: Kind<number> = { what: 'a whole number ≥ 0', test: isCount };
export const positive: Kind<number> = { what: 'a whole number ≥ 1', test: (v): v is number => isCount(v) && v >= 1 };
/** A whole number from `min` to `max`, such as a self-score of 1–5. */
export function between(min: number, max: number): Kind<number> {
  return { what: `a whole number ${min}–${max}`, test: (v): v is number => isCount(v) && v >= min && v <= max };
}
export const strings: Kind<string[]> = {
  what: 'an array of strings',
  test: (v): v is string[] => Array.isArray(v) && v.every((t) => typeof t === 'string'),
};
export const range: Kind<Minutes> = {
  what: 'an object {min, max} of whole minutes with min ≤ max',
  test: (v): v is Minutes => isObject(v) && isCount(v.min) && isCount(v.max) && v.min <= v.max,
};

export function nullable<T>(kind: Kind<T>): Kind<T | null> {
  return { what: `${kind.what} or null`, test: (v): v is T | null => v === null || kind.test(v), why: kind.why };
}

export function oneOf<T extends string>(values: readonly T[]): Kind<T> {
  return {
    what: values.map((v) => JSON.stringify(v)).join(' or '),
    test: (v): v is T => typeof v === 'string' && (values as readonly string[]).includes(v),
  };
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  // As a JSON string with every control and bidi character escaped: the message shows what is there.
  if (typeof v === 'string') return escapeInvisible(JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v));
  return String(v);
}

/** What the message says after `got …`: the kind's reason, when it has one for `v`. */
function because<T>(kind: Kind<T>, v: unknown): string {
  const why = kind.why?.(v);
  return why ? `; ${why}` : '';
}

/** `o[key]` if it is a `kind`, else a UsageError naming `at.key`. */
export function field<T>(o: Obj, key: string, kind: Kind<T>, at: string, prefix: string): T {
  // The path is spelled out only for a message: an import checks millions of fields.
  const where = (): string => (at ? `${at}.${key}` : key);
  if (!Object.hasOwn(o, key)) throw new UsageError(`${prefix}${where()} is missing (expected ${kind.what})`);
  const v = o[key];
  if (!kind.test(v)) throw new UsageError(`${prefix}${where()} must be ${kind.what}, got ${describe(v)}${because(kind, v)}`);
  return v;
}

/** Check one argument of a store method. */
export function expectArg<T>(value: unknown, kind: Kind<T>, name: string): T {
  if (!kind.test(value)) throw new UsageError(`${name} must be ${kind.what}, got ${describe(value)}${because(kind, value)}`);
  return value;
}
