// Dates in tests: a literal becomes an IsoDate through the same check as user input, never a cast.
import { parseIsoDate, type IsoDate } from '../../src/schedule/dates.js';

/** `text` as an IsoDate; a malformed or impossible date throws, so a typo fails the test that has it. */
export function isoDate(text: string): IsoDate {
  const date = parseIsoDate(text);
  if (date === null) throw new Error(`not a YYYY-MM-DD date: ${text}`);
  return date;
}

/** Several dates at once, e.g. a list of skips. */
export const isoDates = (...texts: readonly string[]): IsoDate[] => texts.map(isoDate);

/**
 * `text` passed off as an IsoDate without the check: only for tests of the run-time guards, which
 * stand for a malformed date that reached the code anyway (a hand-edited log row).
 */
export const unchecked = (text: string): IsoDate => text as IsoDate;
