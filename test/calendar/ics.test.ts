// The plan as iCalendar: which blocks land on which dates (pace, rest days, drops, the window), and
// the file against RFC 5545's rules, an independent parser (ical.js) and a golden file.
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarJson, escapeText, foldLine, renderIcs } from '../../src/render/ics.js';
import { calendarDays, type CalendarInput } from '../../src/schedule/calendar.js';
import type { IsoDate } from '../../src/schedule/dates.js';
import { buildCatalog } from '../../src/track/assemble.js';
import { discover } from '../../src/track/discover.js';
import { blocksFor, type Track } from '../../src/track/model.js';
import { CONTENT } from '../helpers/cli.js';
import { isoDate, isoDates } from '../helpers/dates.js';
import { expectGolden } from '../render/golden.js';

const track = buildCatalog(discover(path.join(CONTENT)).map((f) => f.path)).tracks.find((t) => t.id === 'go') as Track;
const base: CalendarInput = {
  track, plan: '4h', pace: 'calendar', start: isoDate('2026-11-23'), startWeek: 11, skips: [],
  done: new Set(), dropped: new Set(), from: isoDate('2026-11-23'), days: 7,
};
/** A zone-free clock for the golden file: local time is UTC. */
const utcTime = (date: IsoDate, minutes: number): Date => new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000);
const NOW = new Date('2026-11-22T18:30:00Z');

const dayList = (input: Partial<CalendarInput>) => calendarDays({ ...base, ...input }).map((d) => `${d.date} d${d.day.day} ${d.blocks.length}`);

describe('calendarDays', () => {
  it.each<[string, Partial<CalendarInput>, string[]]>([
    ['calendar pace: one plan day a date', {}, ['2026-11-23 d1 4', '2026-11-24 d2 4', '2026-11-25 d3 4', '2026-11-26 d4 4', '2026-11-27 d5 4', '2026-11-28 d6 4', '2026-11-29 d7 3']],
    ['a rest day has none and moves the rest back', { skips: isoDates('2026-11-24'), days: 3 }, ['2026-11-23 d1 4', '2026-11-25 d2 4']],
    ['a block let go has no event', { dropped: new Set(['go.w11.d1.4h.2']), days: 1 }, ['2026-11-23 d1 3']],
    ['the 6-hour plan adds its blocks', { plan: '6h', days: 1 }, ['2026-11-23 d1 5']],
    ['the window starts at --from', { from: isoDate('2026-11-28'), days: 7 }, ['2026-11-28 d6 4', '2026-11-29 d7 3']],
    ['before the start: from the start', { from: isoDate('2026-11-20'), days: 4 }, ['2026-11-23 d1 4']],
    ['after the end: none', { from: isoDate('2026-12-01'), days: null }, []],
    ['no window: to the end of the plan', { from: isoDate('2026-11-27'), days: null }, ['2026-11-27 d5 4', '2026-11-28 d6 4', '2026-11-29 d7 3']],
    ['progress pace: the first unfinished day first', {
      pace: 'progress', from: isoDate('2026-11-26'), days: 2,
      done: new Set(blocksFor(track.weeks[0]?.days[0] as never, '4h').map((b) => b.id)),
    }, ['2026-11-26 d2 4', '2026-11-27 d3 4']],
  ])('%s', (_name, input, expected) => {
    expect(dayList(input)).toEqual(expected);
  });
});

describe('renderIcs', () => {
  const days = calendarDays({ ...base, skips: isoDates('2026-11-25'), dropped: new Set(['go.w11.d2.4h.4']), days: 4 });
  const text = renderIcs({ trackTitle: track.title, days, at: 9 * 60, now: NOW, localTime: utcTime });

  it('matches the golden file', () => {
    expectGolden('calendar/four-days-rest-and-drop', text);
  });

  it('ends every line in CRLF and folds none beyond 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // some lines were long enough to fold
  });

  it('reads back through ical.js as one event per block, in plan order from 09:00', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const blocks = days.flatMap((d) => d.blocks.map((b) => ({ date: d.date, block: b })));
    expect(events).toHaveLength(blocks.length);
    expect(blocks.map((b) => b.block.id)).not.toContain('go.w11.d2.4h.4');
    let previousEnd = 0;
    events.forEach((event, i) => {
      const { date, block } = blocks[i] as (typeof blocks)[number];
      expect(event.uid).toBe(`${block.id}@coach`);
      expect(event.summary).toBe(`${block.category}: ${block.title}`);
      expect(event.component.getFirstPropertyValue('categories')).toBe(block.category);
      expect(event.duration.toSeconds()).toBe((block.minutes?.max ?? 0) * 60);
      const start = event.startDate.toJSDate().getTime();
      expect(event.startDate.toString().slice(0, 10)).toBe(date);
      // The first block of a date at 09:00, each next one where the one before ends.
      if (blocks[i - 1]?.date === date) expect(start).toBe(previousEnd);
      else expect(start).toBe(utcTime(date, 9 * 60).getTime());
      previousEnd = event.endDate.toJSDate().getTime();
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-22T18:30:00Z');
      expect(event.description).toContain(`Week 11, day ${/\.d(\d+)\./.exec(block.id)?.[1]}`);
    });
    expect(new Set(events.map((e) => e.startDate.toString().slice(0, 10)))).not.toContain('2026-11-25');
  });

  it('gives the same events as JSON, with their UTC times', () => {
    const json = calendarJson('go', calendarEvents({ days, at: 9 * 60, localTime: utcTime }));
    const uids = [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(json.events.map((e) => e.uid)).toEqual(uids);
    expect(json.events[0]).toMatchObject({ blockId: 'go.w11.d1.4h.1', date: '2026-11-23', week: 11, day: 1, category: 'HLD', start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T10:15:00.000Z', minutes: 75 });
    expect(json.events[1]?.start).toBe(json.events[0]?.end);
  });

  it('makes the same UIDs again, so a re-import updates events', () => {
    const again = renderIcs({ trackTitle: track.title, days, at: 10 * 60, now: new Date(), localTime: utcTime });
    const uids = (t: string) => [...t.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids(again)).toEqual(uids(text));
    expect(new Set(uids(text)).size).toBe(uids(text).length);
  });
});

describe('RFC 5545 text', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nthree', 'two\\nlines\\nthree'],
  ])('escapes %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it('folds at 75 octets without splitting a character, and unfolds to the line', () => {
    const line = `SUMMARY:${'–é'.repeat(40)}${'x'.repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });
});
