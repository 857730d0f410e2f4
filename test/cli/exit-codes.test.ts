// Exit codes by name: each kind of failure has its own code, `report` maps errors to them in one
// place, and `coach --help` and the README list the same codes as src/errors.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/cli-process.js';
import { DataError, EXIT, EXIT_MEANINGS, IoError, UsageError } from '../../src/errors.js';
import { ContentError } from '../../src/track/errors.js';
import { ROOT, runCoach, runMain, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { NOW, WEEK_11 } from '../commands/setup.js';

/** `coach ARGS` in this process, with its own data folder and captured output. */
const coach = (args: string[], opts: { home?: string; cwd?: string } = {}) => runMain(args, { now: NOW, ...opts });

/** A folder holding a regular file `plain.txt`: a path below it can be neither read nor written. */
function underAFile(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'plain.txt'), 'not a folder\n');
  return path.join(dir, 'plain.txt', 'out.md');
}

describe('the codes are listed where the learner looks', () => {
  it('the README table has exactly the codes of EXIT', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.split('### Exit codes')[1]?.split('\n## ')[0] ?? '';
    const rows = [...section.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(rows).toEqual(Object.values(EXIT));
  });

  it('coach --help lists every code with its meaning', async () => {
    const { code, stdout } = await coach(['--help']);
    expect(code).toBe(EXIT.ok);
    const listed = stdout.split('\nExit codes:\n')[1] ?? '';
    for (const [n, meaning] of Object.entries(EXIT_MEANINGS)) expect(listed).toMatch(new RegExp(`^  ${n} +${meaning.replace(/[()]/g, '\\$&')}$`, 'm'));
  });
});

describe('coach validate', () => {
  it('exits 0 for clean track files and 4 when it finds errors, with the diagnostics on stdout', async () => {
    expect((await coach(['validate', 'content'])).code).toBe(EXIT.ok);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'week-11.md'), WEEK_11.replace(/^#### 4-Hour Plan$/m, '#### Four hours'));
    const r = await coach(['validate', dir]);
    expect(r.code).toBe(4);
    expect(r.stdout).toContain('error');
    expect(r.stdout).toContain('Day 1 has no "4-Hour Plan" section');
    expect(r.stderr).toBe('');
  });

  it('exits 2 for a path that does not exist, with the same message as before', async () => {
    const missing = path.join(tempDir(), 'nope');
    const r = await coach(['validate', missing]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `coach: content folder not found: ${missing}\nPoint --content (or COACH_CONTENT) at a folder of track files or a single .md file.\n`,
    });
  });
});

describe('--minutes past a day', () => {
  it('is refused by every command that takes it, exit 2 and nothing written', async () => {
    const home = tempDir();
    expect((await runMain(['init', '--yes', '--start', '2026-11-23'], { home })).code).toBe(0);
    const commands = [['done', '1'], ['dsa', 'add', 'Two Sum'], ['log', 'design', 'Rate limiter'], ['revisit', 'done', 'abc'], ['stop']];
    for (const args of commands) {
      const r = await runMain([...args, '--minutes', '1441'], { home });
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(r.stderr).toContain('--minutes must be at most 1440 (a day); log longer work on each day it was done.');
    }
    const log = JSON.parse((await runMain(['export'], { home })).stdout) as { completions: unknown[]; problems: unknown[]; practice: unknown[] };
    expect([log.completions.length, log.problems.length, log.practice.length]).toEqual([0, 0, 0]);
    const day = await runMain(['done', '1', '--minutes', '1440'], { home });
    expect(day.code).toBe(0);
  });
});

describe('files that cannot be read or written exit 5', () => {
  it('export --out a folder', async () => {
    const dir = tempDir();
    const r = await coach(['export', '--out', dir]);
    expect(r).toEqual({ code: 5, stdout: '', stderr: `coach: cannot write ${dir}: it is a folder; give the path of a file\n` });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('export --out a path below a regular file', async () => {
    const file = underAFile();
    const r = await coach(['export', '--out', file]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(new RegExp(`^coach: cannot write ${file.replace(/[.]/g, '\\.')}: `));
  });

  it('review --markdown a path below a regular file', async () => {
    const file = underAFile();
    const r = await coach(['review', '--markdown', file]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^coach: cannot (read|write) .*out\.md: /);
    expect(r.stdout).toBe('');
  });

  it('import a file that is not there, creating no log', async () => {
    const home = tempDir();
    const file = path.join(tempDir(), 'missing.json');
    const r = await coach(['import', file], { home });
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(new RegExp(`^coach: cannot read ${file.replace(/[.]/g, '\\.')}: ENOENT`));
    expect(fs.readdirSync(home)).toEqual([]);
  });

  it('and the binary passes the code on to the shell', () => {
    const dir = tempDir();
    const r = runCoach(['export', '--out', dir]);
    expect(r).toEqual({ status: 5, stdout: '', stderr: `coach: cannot write ${dir}: it is a folder; give the path of a file\n` });
  });
});

describe('--out and --markdown never replace a file or make a folder unasked', () => {
  it('export and calendar refuse an existing file without --force, exit 2, and replace it with --force', async () => {
    for (const [args, head] of [[['export'], '{'], [['calendar', '--ics', '--weeks', '1'], 'BEGIN:VCALENDAR']] as const) {
      const file = path.join(tempDir(), 'notes.md');
      fs.writeFileSync(file, 'my interview notes\n');
      const r = await coach([...args, '--out', file]);
      expect({ args, r }).toEqual({
        args, r: { code: 2, stdout: '', stderr: `coach: ${file} already exists; pass --force to replace it, or choose another name. Nothing was written.\n` },
      });
      expect(fs.readFileSync(file, 'utf8')).toBe('my interview notes\n');
      expect(fs.readdirSync(path.dirname(file))).toEqual(['notes.md']);
      expect((await coach([...args, '--out', file, '--force'])).code).toBe(0);
      expect(fs.readFileSync(file, 'utf8').startsWith(head)).toBe(true);
    }
  });

  it('export, calendar and review refuse a folder that does not exist, exit 5, creating none', async () => {
    for (const args of [['export', '--out'], ['calendar', '--ics', '--weeks', '1', '--out'], ['review', '--markdown']]) {
      const dir = tempDir();
      const file = path.join(dir, 'no', 'such', 'w.md');
      const r = await coach([...args, file]);
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 5, stdout: '' });
      expect(r.stderr).toBe(`coach: cannot write ${file}: the folder ${path.join(dir, 'no')} does not exist; create it first, choose a file in an existing folder, or pass --force to create it\n`);
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  });
});

describe('report', () => {
  it.each([
    ['UsageError', new UsageError('bad flag'), 2],
    ['DataError', new DataError('database busy'), 3],
    ['IoError', new IoError('cannot write x: full'), 5],
    ["the core's ContentError", new ContentError('content folder not found: x'), 2],
  ])('prints a %s as one line and returns its code', (_name, err, code) => {
    const t = testContext();
    expect(report(t.ctx, err)).toBe(code);
    expect(t.err()).toBe(`coach: ${err.message}\n`);
  });

  it('returns 1 for anything else, with the stack and a request to report it', () => {
    const t = testContext();
    expect(report(t.ctx, new TypeError('x is undefined'))).toBe(1);
    expect(t.err()).toMatch(/^coach: unexpected error\. Please report it with the command you ran\.\nTypeError: x is undefined\n {4}at /);
  });

  it('returns 130 quietly when the learner stops at a question', () => {
    const t = testContext();
    const stop = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    expect(report(t.ctx, stop)).toBe(130);
    expect(t.err()).toBe('');
  });
});
