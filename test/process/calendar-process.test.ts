// `coach calendar --ics` as a learner runs it: in their own time zone across a DST change, to a
// file through the safe writer, and refusing bad input with nothing written.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCoach } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

function learner(start: string, tz: string): string {
  const home = tempDir();
  const r = runCoach(['init', '--yes', '--plan', '4h', '--week', '11', '--pace', 'calendar', '--start', start], { home, env: { TZ: tz } });
  expect(r.status, r.stderr).toBe(0);
  return home;
}

/** Each event's UTC start, by date, from the first event of that date. */
function firstStarts(ics: string): Map<string, string> {
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const firsts = new Map<string, string>();
  for (const e of events) {
    const utc = e.startDate.toJSDate().toISOString();
    const local = e.uid.replace(/@coach$/, '');
    if (!firsts.has(utc.slice(0, 10))) firsts.set(utc.slice(0, 10), `${utc.slice(11, 16)} ${local}`);
  }
  return firsts;
}

describe('coach calendar --ics (process)', () => {
  it("keeps the day's start at 09:00 local time across a DST change", () => {
    // New York moves its clocks forward on Sunday 14 March 2027: 09:00 is 14:00 UTC before, 13:00 after.
    const home = learner('2027-03-12', 'America/New_York');
    const r = runCoach(['calendar', '--ics', '--from', '2027-03-12', '--weeks', '1'], { home, env: { TZ: 'America/New_York' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const firsts = firstStarts(r.stdout);
    expect(firsts.get('2027-03-13')).toBe('14:00 go.w11.d2.4h.1');
    expect(firsts.get('2027-03-14')).toBe('13:00 go.w11.d3.4h.1');
    expect(firsts.get('2027-03-15')).toBe('13:00 go.w11.d4.4h.1');
  });

  it('writes --out through the safe writer and says what it wrote; --at moves the day', () => {
    const home = learner('2027-03-12', 'UTC');
    const out = path.join(tempDir(), 'plan', 'coach.ics');
    // A folder that does not exist is made only with --force.
    const r = runCoach(['calendar', '--ics', '--from', '2027-03-12', '--at', '07:30', '--out', out, '--force'], { home, env: { TZ: 'UTC' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Wrote 27 events over 7 study days to .*coach\.ics\.\n$/);
    const text = fs.readFileSync(out, 'utf8');
    expect(firstStarts(text).get('2027-03-12')).toBe('07:30 go.w11.d1.4h.1');
  });

  it.each([
    [['--at', '9'], /--at.*expected a time of day HH:MM/],
    [['--at', '24:00'], /expected a time of day HH:MM/],
    [['--weeks', '0'], /--weeks must be a whole number of 1 or more/],
    [['--from', '2027-02-30'], /expected a real calendar date/],
    [['--json'], /--ics and --json are two formats: give one/],
  ])('refuses %j with exit 2 and writes nothing', (args, message) => {
    const home = learner('2027-03-12', 'UTC');
    const out = path.join(tempDir(), 'coach.ics');
    const r = runCoach(['calendar', '--ics', ...args, '--out', out], { home, env: { TZ: 'UTC' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(fs.existsSync(out)).toBe(false);
  });
});
