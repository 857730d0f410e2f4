// Calendar dates as `YYYY-MM-DD` strings, with day arithmetic done on year/month/day numbers.
// Nothing here divides milliseconds by a day's length: local days are 23 or 25 hours long on
// DST changes, and that division is off by one exactly on those days.

declare const checked: unique symbol;

/**
 * A calendar date `YYYY-MM-DD` (proleptic Gregorian, years 0000–9999), with no time zone. Branded, so
 * a plain string cannot pass for one: a value becomes an IsoDate only through the checks and the
 * arithmetic in this module (and the log's rows, whose date column was checked on the way in).
 */
export type IsoDate = string & { readonly [checked]: 'IsoDate' };

/**
 * The years a date from outside may fall in: options, the clock, an imported row or setting. Far
 * inside 0000–9999, so that weeks, heatmaps and projected finishes computed from such a date never
 * leave the calendar this file can count.
 */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2999;

/** The window in words, for messages and help. */
export const DATE_RANGE = `years ${FIRST_YEAR}–${LAST_YEAR}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_DAYS = daysFromCivil(0, 1, 1);
const MAX_DAYS = daysFromCivil(9999, 12, 31);

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil: days since 1970-01-01 for a Gregorian date. Counting years
// from March puts the leap day last, so a month's offset is the closed form (153·mp + 2) / 5.
function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

// The inverse, Hinnant's civil_from_days.
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

// The one place a string is branded: every caller has just checked it or built it from numbers.
const brand = (text: string): IsoDate => text as IsoDate;

function format(y: number, m: number, d: number): IsoDate {
  return brand(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** The year, month and day `text` names, or null unless it is `YYYY-MM-DD` and a real calendar day. */
function calendarParts(text: string): [number, number, number] | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) ? [y, mo, d] : null;
}

/** Dates already found real: a log or an import names the same few thousand days again and again. */
const calendarDates = new Set<string>();

function isCalendarDate(text: string): boolean {
  if (calendarDates.has(text)) return true;
  if (calendarParts(text) === null) return false;
  if (calendarDates.size >= 8192) calendarDates.clear();
  calendarDates.add(text);
  return true;
}

/** The date `text` names, or null unless it is exactly `YYYY-MM-DD` and a real calendar day. */
export function parseIsoDate(text: string): IsoDate | null {
  return isCalendarDate(text) ? brand(text) : null;
}

/** Whether a value from outside (an import file, a row) is a date: `2024-02-30` is not. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && isCalendarDate(value);
}

/** Whether a valid `date` falls in the years coach takes from outside (FIRST_YEAR–LAST_YEAR). */
export function inDateRange(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

// An IsoDate was checked when it was made, but a log row is only as good as what wrote it, and a
// malformed one must not turn into a wrong day count: throw, as for a bug.
function toDays(date: IsoDate): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    const parts = calendarParts(date);
    if (!parts) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
    days = daysFromCivil(...parts);
    if (dayNumbers.size >= 8192) dayNumbers.clear();
    dayNumbers.set(date, days);
  }
  return days;
}

/** Day numbers of dates seen, since views compare and count the same few hundred dates many times. */
const dayNumbers = new Map<string, number>();

function fromDays(days: number): IsoDate {
  if (days < MIN_DAYS || days > MAX_DAYS) throw new RangeError('date outside years 0000–9999');
  return format(...civilFromDays(days));
}

/** `date` moved by `n` calendar days (negative moves back). */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  return fromDays(toDays(date) + n);
}

/** Calendar days from `a` to `b`: positive when `b` is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDays(b) - toDays(a);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 non-negative.
  return (((toDays(date) + 4) % 7) + 7) % 7;
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (a sort comparator). */
export function compareDates(a: IsoDate, b: IsoDate): number {
  // Every IsoDate is a checked, fixed-width YYYY-MM-DD, so the order of the text is the order of the
  // days: no day numbers needed, which sorts of whole logs feel.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The day a moment of study belongs to: the local calendar date, except that before
 * `rolloverHour` it is still the previous day, so a session at 01:30 counts for the evening
 * it continues. The previous day is found on the calendar, not by subtracting 24 hours,
 * which lands on the wrong date when a DST change makes the night 23 or 25 hours long.
 */
export function studyDate(now: Date, rolloverHour = 4): IsoDate {
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
    throw new RangeError(`rollover hour must be a whole number 0–23: ${rolloverHour}`);
  }
  if (Number.isNaN(now.getTime())) throw new RangeError('invalid Date');
  const today = format(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return now.getHours() < rolloverHour ? addDays(today, -1) : today;
}

/**
 * The moment a study date begins: its rollover hour in the local zone (the inverse of
 * `studyDate`). Where a DST change skips that hour, the first moment after the gap.
 */
export function startOfStudyDay(date: IsoDate, rolloverHour = 4): Date {
  const parts = calendarParts(date);
  if (!parts) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [y, m, d] = parts;
  const start = new Date(y, m - 1, d, rolloverHour);
  // Years 0–99 would be read as 1900–1999.
  start.setFullYear(y);
  return start;
}

/** Words a date option takes besides `YYYY-MM-DD`, as days from the current study date. */
export const DATE_WORDS = { today: 0, yesterday: -1 } as const;

export type DateWord = keyof typeof DATE_WORDS;

export function isDateWord(text: string): text is DateWord {
  return Object.hasOwn(DATE_WORDS, text);
}

/**
 * The date a date option names: `YYYY-MM-DD`, or `today` / `yesterday` counted from `today`, the
 * current study date (see `studyDate`); null when it is neither. The words are resolved here, where
 * the study date is known, since the command line's parser has no clock.
 */
export function resolveDate(text: string, today: IsoDate): IsoDate | null {
  const word = text.trim().toLowerCase();
  return isDateWord(word) ? addDays(today, DATE_WORDS[word]) : parseIsoDate(text.trim());
}
