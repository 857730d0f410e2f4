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

export function renderIcs(input: IcsInput): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//coach//study plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(`coach · ${sanitizeLine(input.trackTitle)}`)}`];
  const stamp = utc(input.now);
  for (const { date, day, blocks } of input.days) {
    let minute = input.at;
    for (const block of blocks) {
      const length = eventMinutes(block.minutes);
      const category = sanitizeLine(block.category);
      const about = [`Week ${day.week}, day ${day.day}${day.dayRef.title ? `: ${sanitizeLine(day.dayRef.title)}` : ''}`, `${sanitizeLine(block.label)} · ${formatMinutes(block.minutes)}`, ...block.details.map((d) => sanitizeLine(d))];
      lines.push(
        'BEGIN:VEVENT',
        // The block id is unique in the track and a block is on one date only: importing again updates it.
        `UID:${escapeText(block.id)}@coach`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${utc(input.localTime(date, minute))}`,
        `DURATION:PT${length}M`,
        `SUMMARY:${escapeText(`${category}: ${sanitizeLine(block.title)}`)}`,
        `DESCRIPTION:${escapeText(about.join('\n'))}`,
        `CATEGORIES:${escapeText(category)}`,
        'TRANSP:OPAQUE',
        'END:VEVENT',
      );
      minute += length;
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
