// The hours a learner has for study on each weekday (`coach init --hours`): one number for every
// day (`4`), or days and ranges (`mon-fri=3,sat=6,sun=0`). Pure; stored in the settings as text.
import type { Plan } from '../track/model.js';

/** Hours per weekday, Sunday first (as `weekday()` numbers them). */
export type WeeklyHours = readonly [number, number, number, number, number, number, number];

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** A day's hours: 0 to 24 in quarter hours at most two decimals (`2.5`, `0.75`). */
const HOURS = /^(\d{1,2})(\.\d{1,2})?$/;

function hoursOf(text: string): number | null {
  const t = text.trim();
  if (!HOURS.test(t)) return null;
  const n = Number(t);
  return n >= 0 && n <= 24 ? n : null;
}

/** Monday-first positions, so `mon-fri` and `sat-sun` read as a learner means them. */
const ORDER = [1, 2, 3, 4, 5, 6, 0];

function daysOf(text: string): number[] | null {
  const [from, to, extra] = text.trim().toLowerCase().split('-');
  if (extra !== undefined || from === undefined) return null;
  const a = WEEKDAYS.indexOf(from as (typeof WEEKDAYS)[number]);
  if (a < 0) return null;
  if (to === undefined) return [a];
  const b = WEEKDAYS.indexOf(to as (typeof WEEKDAYS)[number]);
  if (b < 0) return null;
  const i = ORDER.indexOf(a);
  const j = ORDER.indexOf(b);
  return i <= j ? ORDER.slice(i, j + 1) : null;
}

/**
 * `4` (every day), or comma-separated `DAYS=H` where DAYS is a day (`sat`) or a range (`mon-fri`);
 * days not named get 0. Null when the text is not that, names a day twice, or gives no hour at all.
 */
export function parseHours(text: string): WeeklyHours | null {
  const all = hoursOf(text);
  if (all !== null) return all > 0 ? [all, all, all, all, all, all, all] : null;
  const week = [0, 0, 0, 0, 0, 0, 0];
  const named = new Set<number>();
  for (const part of text.split(',')) {
    const [days, value, extra] = part.split('=');
    if (days === undefined || value === undefined || extra !== undefined) return null;
    const list = daysOf(days);
    const h = hoursOf(value);
    if (list === null || h === null || list.some((d) => named.has(d))) return null;
    for (const d of list) {
      named.add(d);
      week[d] = h;
    }
  }
  return week.some((h) => h > 0) ? (week as unknown as WeeklyHours) : null;
}

/** The stored form: `mon=3,tue=3,…,sun=0`, Monday first; parses back to the same hours. */
export function formatHoursSetting(hours: WeeklyHours): string {
  return ORDER.map((d) => `${WEEKDAYS[d]}=${hours[d]}`).join(',');
}

/** Without `--hours`: the plan's own hours every day (4 or 6). */
export function planHours(plan: Plan): WeeklyHours {
  const h = plan === '6h' ? 6 : 4;
  return [h, h, h, h, h, h, h];
}

/** `mon-fri 3h, sat 6h, sun 0h`-style words for views: runs of equal days joined. */
export function describeHours(hours: WeeklyHours): string {
  if (hours.every((h) => h === hours[0])) return `${hours[0]}h every day`;
  const parts: string[] = [];
  let i = 0;
  while (i < ORDER.length) {
    let j = i;
    while (j + 1 < ORDER.length && hours[ORDER[j + 1] as number] === hours[ORDER[i] as number]) j++;
    const name = i === j ? WEEKDAYS[ORDER[i] as number] : `${WEEKDAYS[ORDER[i] as number]}-${WEEKDAYS[ORDER[j] as number]}`;
    parts.push(`${name} ${hours[ORDER[i] as number]}h`);
    i = j + 1;
  }
  return parts.join(', ');
}
