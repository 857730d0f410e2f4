// Tab completion in real shells: each sources `coach completion SHELL` and asks its completion
// function (bash: COMP_WORDS and COMP_CWORD; zsh: words and CURRENT; fish: complete -C) for the
// candidates, which come from the command declarations and the learner's log through the binary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { BIN, cleanEnv, runCoach } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { weekFile } from '../commands/setup.js';

const have = (shell: string): boolean => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** Skips with a reason when the shell is missing, except in CI (COACH_CORPUS=1), where .ci/run installs it. */
function requireShell(t: TestContext, shell: string): void {
  if (have(shell)) return;
  if (process.env.COACH_CORPUS === '1') throw new Error(`${shell} is required in CI (.ci/run installs it) but was not found`);
  t.skip(`${shell} is not installed; install it (apt-get install ${shell}) to run its completion tests`);
}

let home = '';
let binDir = '';
let problemId = '';
let lessonId = '';
let files = '';

// One learner for every test (files under a temp folder removed after each test would be gone, so these live apart).
beforeAll(() => {
  const root = fs.mkdtempSync(path.join(path.dirname(tempDir()), 'coach-completion-'));
  home = path.join(root, 'home');
  binDir = path.join(root, 'bin');
  files = path.join(root, 'files');
  fs.mkdirSync(binDir, { recursive: true });
  fs.mkdirSync(files, { recursive: true });
  fs.symlinkSync(BIN, path.join(binDir, 'coach'));
  fs.writeFileSync(path.join(files, 'backup.json'), '{}');
  fs.writeFileSync(path.join(files, 'notes.md'), '');
  fs.mkdirSync(path.join(files, 'other'));
  fs.writeFileSync(path.join(files, 'other', 'week-1.md'), weekFile('rust', 1));
  for (const args of [['init', '--yes', '--plan', '4h', '--week', '11', '--pace', 'calendar'], ['dsa', 'add', 'Two Sum', '--difficulty', 'easy'], ['lesson', 'add', 'Write the API first']]) {
    const r = runCoach(args, { home });
    expect(r.status, r.stderr).toBe(0);
  }
  problemId = (JSON.parse(runCoach(['dsa', 'list', '--json'], { home }).stdout) as { id: string }[])[0]?.id ?? '';
  lessonId = (JSON.parse(runCoach(['lesson', 'list', '--json'], { home }).stdout) as { id: string }[])[0]?.id ?? '';
  expect(problemId).not.toBe('');
  expect(lessonId).not.toBe('');
  return () => fs.rmSync(root, { recursive: true, force: true });
});

function shell(cmd: string, args: string[]): string {
  const env = { ...cleanEnv(home), PATH: `${binDir}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
  const r = spawnSync(cmd, args, { env, cwd: files, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** bash's candidates for a command line split as bash splits it (`=` a word of its own); the last word is completed. */
function bash(...words: string[]): string[] {
  const script = `source <(coach completion bash)
COMP_WORDS=(${words.map(quote).join(' ')}); COMP_CWORD=${words.length - 1}
_coach_complete
printf '%s\\n' "\${COMPREPLY[@]}"`;
  return shell('bash', ['-c', script]).split('\n').filter(Boolean);
}

describe('bash', () => {
  it.each<[string, string[], string[]]>([
    ['commands', ['coach', ''], ['today', 'done', 'status', 'calendar', 'completion']],
    ['commands by prefix', ['coach', 'sta'], ['start', 'status']],
    ['subcommands', ['coach', 'dsa', ''], ['add', 'log', 'list', 'rm', 'stats']],
    ['options', ['coach', 'today', '--p'], ['--plan']],
    ['plans', ['coach', 'today', '--plan', ''], ['4h', '6h']],
    ['a value after =', ['coach', 'today', '--plan', '=', ''], ['4h', '6h']],
    ['choices of an option', ['coach', 'init', '--pace', ''], ['calendar', 'progress']],
    ['difficulties', ['coach', 'dsa', 'add', '--difficulty', 'm'], ['medium']],
    ['track ids from the content', ['coach', 'init', '--track', ''], ['go']],
    ["today's block numbers", ['coach', 'done', ''], ['1', '2', '3', '4']],
    ['choices of an argument', ['coach', 'completion', ''], ['bash', 'zsh', 'fish']],
    ['files', ['coach', 'import', 'b'], ['backup.json']],
  ])('%s', (_name, words, expected) => {
    const got = bash(...words);
    expect(got).toEqual(expect.arrayContaining(expected));
    if (expected.length < 5 || words.at(-1) !== '') expect(got).toHaveLength(expected.length);
  });

  it('offers ids for rm, and hides the completion command itself', () => {
    expect(bash('coach', 'dsa', 'rm', '')).toEqual([problemId]);
    expect(bash('coach', 'lesson', 'rm', '')).toEqual([lessonId]);
    expect(bash('coach', '')).not.toContain('__complete');
  });

  it('takes track ids from the folder --content names', () => {
    expect(bash('coach', '--content', 'other', 'init', '--track', '')).toEqual(['rust']);
    expect(bash('coach', 'plan', '--content', '=', 'other', '--track', '')).toEqual(['rust']);
  });

  it('completes the option after = as the whole word: --plan= becomes --plan=4h', () => {
    // readline replaces only the text after `=`, so the candidates are the bare values.
    expect(bash('coach', 'today', '--plan', '=')).toEqual(['4h', '6h']);
  });
});

describe('zsh', () => {
  /** zsh's candidates as `value:description`, from _coach with `words` and CURRENT set (after compinit). */
  const zsh = (...words: string[]): string[] =>
    shell('zsh', ['-f', '-c', `autoload -U compinit; compinit -u -d ${quote(path.join(home, '.zcompdump'))}
source <(coach completion zsh)
_describe() { print -rl -- "\${(@P)\${@[-1]}}"; }
_files() { print -r -- FILES; }
words=(${words.map(quote).join(' ')}); CURRENT=${words.length}
_coach`]).split('\n').filter(Boolean);

  it('shows block numbers with their category and title', (t) => {
    requireShell(t, 'zsh');
    expect(zsh('coach', 'done', '')).toEqual([
      '1:HLD · Pin down the requirements, draw the architecture, define the API',
      '2:LLD · Write the Go interfaces: RateLimiter, with TokenBucketRateLimiter and SlidingWindowRateLimiter behind it',
      '3:DSA · Solve two or three problems',
      '4:Review · File the LLD sketch with your notes',
    ]);
  });

  it('completes commands, whole --opt=value words and files', (t) => {
    requireShell(t, 'zsh');
    expect(zsh('coach', 'dsa', 'r')).toEqual([expect.stringMatching(/^rm:remove one logged problem/)]);
    expect(zsh('coach', 'today', '--plan=')).toEqual(['--plan=4h', '--plan=6h']);
    expect(zsh('coach', 'import', '')).toEqual(['FILES']);
  });
});

describe('fish', () => {
  const fish = (line: string): string[] =>
    shell('fish', ['--no-config', '-c', `coach completion fish | source; complete -C ${quote(line)}`]).split('\n').filter(Boolean);

  it('completes with descriptions', (t) => {
    requireShell(t, 'fish');
    expect(fish('coach done ')).toContain('3\tDSA · Solve two or three problems');
    expect(fish('coach dsa ')).toEqual(expect.arrayContaining([expect.stringMatching(/^add\tlog one solved problem/)]));
    expect(fish('coach today --plan=')).toEqual(['--plan=4h', '--plan=6h']);
    expect(fish('coach dsa rm ')).toEqual([expect.stringMatching(new RegExp(`^${problemId}\t\\d{4}-\\d{2}-\\d{2} Two Sum$`))]);
    // A logged title is a revisit card: its short id, with kind, title and due date.
    expect(fish('coach revisit done ')).toEqual([expect.stringMatching(/^[0-9a-f]{7}\tdsa · Two Sum · due \d{4}-\d{2}-\d{2}$/)]);
    expect(fish('coach log ')).toEqual(expect.arrayContaining([expect.stringMatching(/^machine-coding\t/), expect.stringMatching(/^rm\t/)]));
  });

  it('completes file names where a file is asked for', (t) => {
    requireShell(t, 'fish');
    expect(fish('coach import ')).toEqual(expect.arrayContaining(['backup.json', 'notes.md']));
  });
});
