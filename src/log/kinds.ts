// Shape checks for values that come from outside the type system: import files and user input.
// Each failure names the first bad field, so a hand-edited export can be fixed.
import { UsageError } from '../errors.js';
import { isIsoDate, type IsoDate } from '../schedule/dates.js';
import type { Minutes } from '../track/model.js';

export interface Kind<T> {
  what: string;
  test(value: unknown): value is T;
}

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

export const text: Kind<string> = { what: 'a string', test: (v): v is string => typeof v === 'string' };
export const id: Kind<string> = { what: 'a non-empty string', test: (v): v is string => typeof v === 'string' && v !== '' };
/** A real calendar date: `2024-02-30` is refused. */
export const date: Kind<IsoDate> = { what: 'a date (YYYY-MM-DD)', test: isIsoDate };
// Date.parse alone takes "2026" or "Nov 25": a timestamp must be a full date and time with its zone.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
export const timestamp: Kind<string> = {
  what: 'an ISO timestamp (YYYY-MM-DDTHH:MM:SS.sssZ)',
  test: (v): v is string =>
    typeof v === 'string' && TIMESTAMP.test(v) && isIsoDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)),
};
export const count: Kind<number> = { what: 'a whole number ≥ 0', test: isCount };
export const positive: Kind<number> = { what: 'a whole number ≥ 1', test: (v): v is number => isCount(v) && v >= 1 };
export const strings: Kind<string[]> = {
  what: 'an array of strings',
  test: (v): v is string[] => Array.isArray(v) && v.every((t) => typeof t === 'string'),
};
export const range: Kind<Minutes> = {
  what: 'an object {min, max} of whole minutes with min ≤ max',
  test: (v): v is Minutes => isObject(v) && isCount(v.min) && isCount(v.max) && v.min <= v.max,
};

export function nullable<T>(kind: Kind<T>): Kind<T | null> {
  return { what: `${kind.what} or null`, test: (v): v is T | null => v === null || kind.test(v) };
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
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

/** `o[key]` if it is a `kind`, else a UsageError naming `at.key`. */
export function field<T>(o: Obj, key: string, kind: Kind<T>, at: string, prefix: string): T {
  const where = at ? `${at}.${key}` : key;
  if (!Object.hasOwn(o, key)) throw new UsageError(`${prefix}${where} is missing (expected ${kind.what})`);
  const v = o[key];
  if (!kind.test(v)) throw new UsageError(`${prefix}${where} must be ${kind.what}, got ${describe(v)}`);
  return v;
}

/** Check one argument of a store method. */
export function expectArg<T>(value: unknown, kind: Kind<T>, name: string): T {
  if (!kind.test(value)) throw new UsageError(`${name} must be ${kind.what}, got ${describe(value)}`);
  return value;
}
