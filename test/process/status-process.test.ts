// `coach status` as a prompt runs it: the bundled fast path reads the state file, and a write by
// another process, a direct edit of the log or an edited track file shows at once.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateFile, type StatusState } from '../../src/status/state.js';
import { dbFile } from '../../src/store/db-file.js';
import { WEEK_11, copyOfBundled } from '../commands/setup.js';
import { runCoach } from '../helpers/cli.js';
import { rawDatabase } from '../helpers/raw-db.js';
import { tempDir } from '../helpers/temp-dir.js';

const coach = (home: string, ...args: string[]) => runCoach(args, { home });

function initialised(content?: string): string {
  const home = tempDir();
  const r = coach(home, 'init', '--yes', '--plan', '4h', '--week', '11', '--pace', 'calendar', ...(content ? ['--content', content] : []));
  expect(r.status, r.stderr).toBe(0);
  return home;
}

/** The status line, checked to be a clean success. */
function statusLine(home: string, ...args: string[]): string {
  const r = coach(home, 'status', ...args);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('coach status (process)', () => {
  it('prints one empty line and exits 0 with no log', () => {
    const home = tempDir();
    expect(statusLine(home)).toBe('\n');
    expect(statusLine(home)).toBe('\n');
  });

  it('prints from the state file when it is current', () => {
    const home = initialised();
    expect(statusLine(home)).toBe('blocks 0/4  DSA 0/2–3\n');
    // A state whose stamps still hold is believed: changed facts show that the log was not read.
    const state = JSON.parse(fs.readFileSync(stateFile(home), 'utf8')) as StatusState;
    fs.writeFileSync(stateFile(home), JSON.stringify({ ...state, facts: { ...state.facts, blocks: { done: 3, planned: 4 } } }));
    expect(statusLine(home)).toBe('blocks 3/4  DSA 0/2–3\n');
    expect(statusLine(home, '--format', '{blocks-done}')).toBe('3\n');
  });

  it('shows a write by another process at once', () => {
    const home = initialised();
    expect(statusLine(home)).toBe('blocks 0/4  DSA 0/2–3\n');
    expect(coach(home, 'done', '1', '2').status).toBe(0);
    expect(statusLine(home)).toBe('blocks 2/4  DSA 0/2–3\n');
    expect(coach(home, 'dsa', 'log', '3').status).toBe(0);
    expect(statusLine(home)).toBe('blocks 2/4  DSA 3/2–3\n');
  });

  it('shows a direct edit of the log at once', () => {
    const home = initialised();
    expect(coach(home, 'done', '1').status).toBe(0);
    expect(statusLine(home)).toBe('blocks 1/4  DSA 0/2–3\n');
    const db = rawDatabase(dbFile(home));
    db.prepare('DELETE FROM completions').run();
    db.close();
    expect(statusLine(home)).toBe('blocks 0/4  DSA 0/2–3\n');
  });

  it('shows an edit of the track file at once', () => {
    const content = copyOfBundled();
    const home = initialised(content);
    const before = statusLine(home);
    expect(before).toMatch(/^blocks 0\/\d {2}DSA/);
    // The week's goals ask for more problems a day; nothing else in the file changes.
    fs.writeFileSync(path.join(content, 'go', 'week-11.md'), WEEK_11.replace('2–3 problems/day', '4–5 problems/day'));
    expect(statusLine(home)).toBe(before.replace('DSA 0/2–3', 'DSA 0/4–5'));
  });
});
