// The plan as an iCalendar file (RFC 5545): one VEVENT per block, times in UTC, text escaped, CRLF
// line ends and lines folded at 75 octets (a UTF-8 character is never split). Pure.
import type { CalendarDay } from '../schedule/calendar.js';
import type { IsoDate } from '../schedule/dates.js';
import { sanitizeLine } from '../text/sanitize.js';
import { formatMinutes } from './format.js';

export interface IcsInput {
  trackTitle: string;
  days: readonly CalendarDay[];
  /** Minutes after local midnight at which a day's first block starts. */
  at: number;
  /** DTSTAMP: when the file was made. */
  now: Date;
  /** The instant a local date and minute of day is, in the learner's zone (DST included). */
  localTime: (date: IsoDate, minutes: number) => Date;
}

const MAX_OCTETS = 75;

/** TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** One content line folded (§3.1): at most 75 octets a line, each continuation starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const room = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20261125T080000Z`. */
const utc = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The block's length on the calendar: the top of its range, as a plan of the day would allow for it. */
const eventMinutes = (m: { max: number } | null): number => m?.max ?? 0;

/** One block on the calendar: what the .ics file and `coach calendar --json` say of it. */
export interface CalendarEvent {
  uid: string;
  blockId: string;
  date: IsoDate;
  week: number;
  day: number;
  start: Date;
  minutes: number;
  category: string;
  title: string;
  /** The week, day and label, the planned minutes, the block's details: one line each. */
  description: string[];
}

/** The events of the days: a day's blocks one after another from `at`, in plan order. */
export function calendarEvents(input: Pick<IcsInput, 'days' | 'at' | 'localTime'>): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const { date, day, blocks } of input.days) {
    let minute = input.at;
    for (const block of blocks) {
      const minutes = eventMinutes(block.minutes);
      events.push({
        // The block id is unique in the track and a block is on one date only: importing again updates it.
        uid: `${block.id}@coach`,
        blockId: block.id,
        date, week: day.week, day: day.day,
        start: input.localTime(date, minute),
        minutes,
        category: sanitizeLine(block.category),
        title: sanitizeLine(block.title),
        description: [
          `Week ${day.week}, day ${day.day}${day.dayRef.title ? `: ${sanitizeLine(day.dayRef.title)}` : ''}`,
          `${sanitizeLine(block.label)} · ${formatMinutes(block.minutes)}`,
          ...block.details.map((d) => sanitizeLine(d)),
        ],
      });
      minute += minutes;
    }
  }
  return events;
}

export function renderIcs(input: IcsInput): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//coach//study plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(`coach · ${sanitizeLine(input.trackTitle)}`)}`];
  const stamp = utc(input.now);
  for (const e of calendarEvents(input)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utc(e.start)}`,
      `DURATION:PT${e.minutes}M`,
      `SUMMARY:${escapeText(`${e.category}: ${e.title}`)}`,
      `DESCRIPTION:${escapeText(e.description.join('\n'))}`,
      `CATEGORIES:${escapeText(e.category)}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** `coach calendar --json`: the events, their times in UTC. */
export function calendarJson(track: string, events: readonly CalendarEvent[]): CalendarJson {
  return {
    track,
    events: events.map(({ start, minutes, ...e }) => ({ ...e, start: start.toISOString(), end: new Date(start.getTime() + minutes * 60_000).toISOString(), minutes })),
  };
}

export interface CalendarJson {
  track: string;
  events: (Omit<CalendarEvent, 'start'> & { start: string; end: string })[];
}
