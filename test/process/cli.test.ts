// The built binary as a user meets it: exit codes, which stream gets what, help and version,
// colour, the JSON of the read-only commands, and where the content folder comes from.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCoach, type RunResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const WEEK_11 = fs.readFileSync(path.join(ROOT, 'content', 'go', 'week-11.md'), 'utf8');

/** A content folder with one week of a `node` track, so it is told apart from the bundled one. */
function nodeContent(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'node'));
  fs.writeFileSync(path.join(dir, 'node', 'week-01.md'), WEEK_11.replace(/^track: go$/m, 'track: node').replace(/^week: 11$/m, 'week: 1'));
  return dir;
}

/** Exit 2 with a one-line reason and a pointer to --help on stderr, nothing on stdout, no stack. */
function expectUsage(r: RunResult, reason: string | RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^coach: /);
  expect(r.stderr).toMatch(reason);
  expect(r.stderr).not.toContain('    at ');
}

const json = <T>(r: RunResult): T => {
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as T;
};
const sortedKeys = (o: object): string[] => Object.keys(o).sort();

describe('exit codes and streams', () => {
  it('0 for success, with the output on stdout and nothing on stderr', () => {
    const r = runCoach(['today']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Go Track · week 11 · day 1');
    expect(r.stderr).toBe('');
  });

  it.each([
    ['an unknown command', ['bogus'], /bogus|too many arguments/],
    ['an unknown option', ['today', '--bogus'], "unknown option '--bogus'"],
    ['an unknown option of a subcommand', ['dsa', 'add', 'x', '--level', 'easy'], "unknown option '--level'"],
    ['a bad --plan', ['today', '--plan', '5h'], /'5h' is invalid\. plan must be 4h or 6h/],
    ['a date that is not on the calendar', ['today', '--date', '2026-02-30'], /'2026-02-30' is invalid\. expected a real calendar date/],
    ['a date in another format', ['done', '1', '--date', '25/11/2026'], /'25\/11\/2026' is invalid/],
    ['a count of 0', ['dsa', 'log', '0'], /'0' is invalid .*N must be a whole number of 1 or more/],
    ['a negative count', ['dsa', 'log', '-2'], /-2/],
    ['a difficulty outside the list', ['dsa', 'add', 'Two Sum', '--difficulty', 'extreme'], /'extreme' is invalid\. Allowed choices are easy, medium, hard/],
    ['a week that is not a number', ['plan', '--week', 'eleven'], /--week must be a whole number/],
  ])('2 for %s, on stderr, without a stack', (_what, args, reason) => {
    const home = tempDir();
    const r = runCoach(args, { home });
    expectUsage(r, reason);
    expect(r.stderr).toContain('(run coach --help or coach <command> --help for usage)');
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });

  it('2 for a bad block ref, naming it, with nothing logged', () => {
    const home = tempDir();
    expect(runCoach(['init', '--yes'], { home }).status).toBe(0);
    expectUsage(runCoach(['done', '7'], { home }), "no block 7 today: today's blocks are numbered 1–4");
    expect(runCoach(['undo'], { home }).stdout).toBe('Nothing to undo.\n');
  });

  it('2 for init without a terminal when answers are missing, listing the flags and writing nothing', () => {
    const home = tempDir();
    const r = runCoach(['init', '--plan', '6h'], { home });
    expectUsage(r, /missing --track, --start, --week, --pace \(no terminal to ask on\)/);
    expect(r.stderr).toContain('coach init --track ID --plan 4h|6h --start YYYY-MM-DD --week N --pace calendar|progress --content DIR');
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });

  it('0 for re-running init without a terminal and without --yes: only the flags given change', () => {
    const home = tempDir();
    const flags = ['--track', 'go', '--plan', '4h', '--start', '2026-11-02', '--week', '11', '--pace', 'calendar'];
    expect(runCoach(['init', ...flags], { home }).status).toBe(0);
    expect(runCoach(['init', '--plan', '6h'], { home }).status).toBe(0);
    const after = json<{ plan: string; pace: string }>(runCoach(['today', '--json', '--date', '2026-11-02'], { home }));
    expect(after).toMatchObject({ plan: '6h', pace: 'calendar', week: 11, day: 1 });
  });

  it('2 for a bad --target-date or --hours, writing nothing', () => {
    const home = tempDir();
    expectUsage(runCoach(['init', '--yes', '--target-date', '2027-02-30'], { home }), '--target-date 2027-02-30 is not a calendar date');
    expectUsage(runCoach(['init', '--yes', '--hours', 'mon-fri=3,fri=2'], { home }), '--hours mon-fri=3,fri=2');
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });

  it('2 for done without refs and without a terminal', () => {
    expectUsage(runCoach(['done']), 'which blocks? Name them: coach done 1 2');
  });
});

describe('help and version', () => {
  /** Command names listed under "Commands:" in a help text, without `help` itself. */
  const commandsIn = (help: string): string[] =>
    [...(help.split('\nCommands:\n')[1] ?? '').matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1] ?? '').filter((c) => c !== 'help');

  it('--help of coach and of every command and subcommand shows examples', () => {
    const checked: string[] = [];
    const check = (command: string[]): void => {
      const r = runCoach([...command, '--help']);
      expect({ command, status: r.status, stderr: r.stderr }).toEqual({ command, status: 0, stderr: '' });
      expect(r.stdout, `coach ${command.join(' ')} --help`).toContain('\nExamples:\n  $ coach ');
      checked.push(command.join(' '));
      for (const sub of commandsIn(r.stdout)) check([...command, sub]);
    };
    check([]);
    expect(checked).toEqual(expect.arrayContaining(['', 'tracks', 'plan', 'validate', 'init', 'today', 'done', 'undo', 'skip', 'dsa']));
    expect(checked).toEqual(expect.arrayContaining(['dsa add', 'dsa log', 'dsa list', 'dsa stats']));
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = runCoach(['--version']);
    expect(r).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('colour', () => {
  it('is off when output is not a terminal', () => {
    const r = runCoach(['today']);
    expect(r.stdout).toContain('Go Track');
    expect(r.stdout).not.toContain('\x1b');
  });

  it('is off with NO_COLOR, on errors too', () => {
    const out = runCoach(['today'], { env: { NO_COLOR: '1' } });
    const err = runCoach(['done', '9'], { env: { NO_COLOR: '1' } });
    expect(out.stdout).toContain('Go Track');
    expect(out.stdout + err.stderr).not.toContain('\x1b');
  });

  it('is on with FORCE_COLOR=1, even into a pipe', () => {
    const r = runCoach(['today'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toMatch(/\x1b\[1mGo Track\x1b\[22m/);
  });
});

describe('JSON of the read-only commands', () => {
  it('coach tracks --json: id, title, weeks and days of each track', () => {
    expect(json(runCoach(['tracks', '--json']))).toEqual([{ id: 'go', title: 'Go Track', weeks: [11], days: 7 }]);
  });

  it('coach plan --day --json: one day with its blocks', () => {
    const day = json<Record<string, unknown> & { blocks: Record<string, unknown>[] }>(runCoach(['plan', '--week', '11', '--day', '3', '--plan', '6h', '--json']));
    expect(Object.keys(day)).toEqual(['track', 'week', 'day', 'title', 'focus', 'plan', 'dsa', 'blocks']);
    expect(day).toMatchObject({ track: 'go', week: 11, day: 3, plan: '6h', title: 'Designing File Storage (HLD + LLD)', dsa: { min: 2, max: 3 } });
    expect(day.blocks.map((b) => b.id)).toEqual(['go.w11.d3.4h.1', 'go.w11.d3.4h.2', 'go.w11.d3.4h.3', 'go.w11.d3.4h.4', 'go.w11.d3.6h.1']);
    for (const b of day.blocks) expect(Object.keys(b)).toEqual(['id', 'label', 'category', 'title', 'minutes', 'plan', 'details']);
    expect(day.blocks[1]).toMatchObject({ label: 'Block 2', category: 'LLD', minutes: { min: 60, max: 60 }, plan: '4h' });
    expect(day.blocks[1]?.details).toEqual(expect.arrayContaining([expect.stringContaining('FileService')]));
  });

  it('coach plan --json without --day: the whole week', () => {
    const week = json<Record<string, unknown> & { days: { day: number }[] }>(runCoach(['plan', '--json']));
    expect(Object.keys(week)).toEqual(['track', 'week', 'plan', 'days']);
    expect(week).toMatchObject({ track: 'go', week: 11, plan: '4h' });
    expect(week.days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('coach validate --json: 0 and no errors for the bundled track', () => {
    const r = runCoach(['validate', 'content', '--json']);
    const result = json<{ files: number; diagnostics: { severity: string }[] }>(r);
    expect(result.files).toBe(1);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('coach validate --json: 4 and every diagnostic located for a broken file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'week-11.md'), WEEK_11.replace(/^#### 4-Hour Plan$/m, '#### Four hours'));
    const r = runCoach(['validate', dir, '--json']);
    expect(r.status).toBe(4);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as { files: number; diagnostics: Record<string, unknown>[] };
    expect(sortedKeys(result)).toEqual(['diagnostics', 'files']);
    for (const d of result.diagnostics) expect(sortedKeys(d)).toEqual(['code', 'column', 'file', 'line', 'message', 'severity']);
    expect(result.diagnostics).toContainEqual({
      file: path.join(dir, 'week-11.md'), line: 45, column: 1, severity: 'error', code: 'missing-4h', message: 'Day 1 has no "4-Hour Plan" section',
    });
  });
});

describe('choosing the content folder', () => {
  it('--content works before and after the command name', () => {
    const content = nodeContent();
    for (const args of [['--content', content, 'tracks', '--json'], ['tracks', '--content', content, '--json']]) {
      expect(json<{ id: string }[]>(runCoach(args)).map((t) => t.id)).toEqual(['node']);
    }
    expect(json<{ track: string }>(runCoach(['--content', content, 'today', '--json'])).track).toBe('node');
  });

  it('COACH_CONTENT is honoured, and --content wins over it', () => {
    const content = nodeContent();
    expect(json<{ track: string }>(runCoach(['today', '--json'], { env: { COACH_CONTENT: content } })).track).toBe('node');
    expect(json<{ id: string }[]>(runCoach(['tracks', '--json', '--content', 'content'], { env: { COACH_CONTENT: content } }))[0]?.id).toBe('go');
  });

  it('a folder without tracks is a usage error that says what to do', () => {
    expectUsage(runCoach(['today', '--content', tempDir()]), /no tracks found in .*\nPoint --content at a folder of track files/);
  });
});
