// The parse cache is a file anyone can edit or truncate: before it is trusted, its JSON must
// have the shape of a Catalog, down to every block, or coach parses the tracks again.
import type { Catalog } from './assemble.js';

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const nullable = (check: Check): Check => (v) => v === null || check(v);
const shape = (fields: Record<string, Check>): Check => (v) =>
  isObject(v) && Object.entries(fields).every(([key, check]) => check(v[key]));

const range = shape({ min: isNumber, max: isNumber });
const block = shape({
  id: isString, label: isString, category: isString, title: isString, minutes: nullable(range),
  plan: (v) => v === '4h' || v === '6h', details: arrayOf(isString), line: isNumber,
});
const day = shape({
  number: isNumber, title: isString, focus: isString, blocks4h: arrayOf(block), additions6h: arrayOf(block),
  notes: arrayOf(isString), line: isNumber,
});
const goal: Check = shape({ text: isString, children: (v) => arrayOf(goal)(v) });
const week = shape({
  number: isNumber, title: isString, goals: arrayOf(goal), references: arrayOf(shape({ title: isString, href: isString })),
  overview: (v) => isObject(v) && Object.values(v).every(isString), days: arrayOf(day), dailyDsa: nullable(range), file: isString,
});
const track = shape({ id: isString, title: isString, weeks: arrayOf(week) });
const diagnostic = shape({
  file: isString, line: isNumber, column: isNumber, severity: isString, code: isString, message: isString,
});
const catalog = shape({ tracks: arrayOf(track), diagnostics: arrayOf(diagnostic), files: isNumber });

/** True when `v` has the shape of a Catalog, as the parser writes one. */
export function isCatalog(v: unknown): v is Catalog {
  return catalog(v);
}
