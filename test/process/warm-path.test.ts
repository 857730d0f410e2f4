// The daily commands stay fast because their warm path never loads the markdown parser,
// the prompt library or (before `coach init`) SQLite. Checked on a real process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT, runCoach } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const HOOK = path.join(ROOT, 'test', 'process', 'trace-imports.mjs');

/** Packages a coach run imported. */
function imported(args: string[], home: string): string[] {
  const trace = path.join(tempDir(), 'trace.txt');
  fs.writeFileSync(trace, '');
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    env: cleanEnv(home, { COACH_TRACE_FILE: trace }), encoding: 'utf8', cwd: ROOT,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

/** Node's own modules a coach run loaded. */
function builtins(args: string[], home: string): string[] {
  const trace = path.join(tempDir(), 'builtins.txt');
  const r = spawnSync(process.execPath, ['--require', path.join(ROOT, 'test', 'process', 'trace-builtins.cjs'), BIN, ...args], {
    env: cleanEnv(home, { COACH_TRACE_FILE: trace }), encoding: 'utf8', cwd: ROOT,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

describe('warm path', () => {
  it('the first run parses the track (and the trace sees it)', () => {
    const home = tempDir();
    expect(imported(['plan', '--week', '11', '--day', '3'], home)).toEqual(expect.arrayContaining(['remark', 'remark-gfm', 'gray-matter']));
  });

  it('coach plan on a warm cache loads neither remark nor gray-matter nor SQLite', () => {
    const home = tempDir();
    expect(runCoach(['plan', '--week', '11', '--day', '3'], { home }).status).toBe(0);
    const loaded = imported(['plan', '--week', '11', '--day', '3'], home);
    for (const heavy of ['remark', 'remark-gfm', 'gray-matter', '@inquirer/prompts', 'better-sqlite3']) expect(loaded).not.toContain(heavy);
    // Nothing at all from node_modules: commander, chalk and coach are the bundle.
    expect(loaded).toEqual([]);
  });

  it('coach today after init loads SQLite but not the parser or the prompts', () => {
    const home = tempDir();
    expect(runCoach(['init', '--yes'], { home }).status).toBe(0);
    expect(runCoach(['today'], { home }).status).toBe(0);
    const loaded = imported(['today'], home);
    // SQLite's compiled module, loaded by its path without the `bindings` search; its JavaScript is
    // in the bundle (scripts/bundle.mjs), once its package.json shows the version bundled.
    expect(loaded).toContain('better-sqlite3/build/Release/better_sqlite3.node');
    for (const heavy of ['remark', 'remark-gfm', 'gray-matter', '@inquirer/prompts']) expect(loaded).not.toContain(heavy);
    expect(loaded).not.toContain('bindings');
    expect([...new Set(loaded)].sort()).toEqual(['better-sqlite3/build/Release/better_sqlite3.node', 'better-sqlite3/package.json']);
  });

  it('coach today with problems due for a revisit reads the kept cards: no FSRS, no ts-fsrs', () => {
    const home = tempDir();
    expect(runCoach(['init', '--yes'], { home }).status).toBe(0);
    expect(runCoach(['dsa', 'add', 'Two Sum', '--rating', 'again', '--date', 'yesterday'], { home }).status).toBe(0);
    const r = runCoach(['today'], { home });
    expect(r.stdout).toContain('Revisit: 1 due — Two Sum · coach revisit');
    expect(imported(['today'], home)).not.toContain('ts-fsrs');
    expect(imported(['revisit'], home)).not.toContain('ts-fsrs');
    expect(imported(['dsa', 'add', 'LRU Cache', '--rating', 'good'], home)).toContain('ts-fsrs');
  });

  it('coach today loads node:crypto only when it writes', () => {
    const home = tempDir();
    expect(runCoach(['init', '--yes'], { home }).status).toBe(0);
    expect(runCoach(['today'], { home }).status).toBe(0);
    expect(builtins(['today'], home)).not.toContain('crypto');
    expect(builtins(['dsa', 'log', '1'], home)).toContain('crypto');
  });

  it('an edited track file is parsed again', () => {
    const home = tempDir();
    const content = path.join(tempDir(), 'week-11.md');
    fs.copyFileSync(path.join(ROOT, 'content', 'go', 'week-11.md'), content);
    expect(runCoach(['plan', '--content', content, '--day', '1', '--json'], { home }).status).toBe(0);
    const text = fs.readFileSync(content, 'utf8').replace('Pin down the requirements', 'Write down the requirements');
    fs.writeFileSync(content, text);
    const loaded = imported(['plan', '--content', content, '--day', '1'], home);
    expect(loaded).toContain('remark');
    const r = runCoach(['plan', '--content', content, '--day', '1', '--json'], { home });
    const day = JSON.parse(r.stdout) as { blocks: { title: string }[] };
    expect(day.blocks[0]?.title).toMatch(/^Write down the requirements/);
  });
});
