// Reading a command line for completion, against coach's real declarations: what the last word
// can become, and the candidates with no log (names, options, choices) straight from the tree.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/actions.js';
import { rootCommand } from '../../src/cli/root.js';
import { completionLines, completions } from '../../src/completion/candidates.js';
import { contentOf } from '../../src/completion/sources.js';
import { wanted, type CommandLike } from '../../src/completion/words.js';
import type { Session } from '../../src/session.js';
import { testContext } from '../helpers/cli.js';

const { ctx } = testContext();
const program = rootCommand(ctx);
for (const add of Object.values(COMMANDS)) add(program, { ctx, setExitCode: () => {} });
const root = program as unknown as CommandLike;
const noSession = (): Promise<Session> => Promise.reject(new Error('no log in this test'));

const values = async (...words: string[]) => {
  const r = await completions(ctx, noSession, root, words);
  return r === 'files' ? 'files' : r.map((c) => c.value);
};

describe('wanted', () => {
  it.each<[string[], string]>([
    [[''], 'names  '],
    [['dsa', ''], 'names dsa '],
    [['dsa', 'rm', ''], 'names dsa rm id'],
    [['done', '1', ''], 'names done refs'],
    [['today', '--pl'], 'options today --pl'],
    [['today', '--plan', ''], 'option-value today --plan'],
    [['today', '--plan', '=', '6'], 'option-value today --plan'],
    [['--content', 'x', 'today', '--json', ''], 'names today '],
    [['done', '--', '--plan'], 'names done refs'],
  ])('%j', (words, expected) => {
    const w = wanted(root, words);
    const what = w.kind === 'option-value' ? w.option.long : w.kind === 'names' ? (w.argument?.name() ?? '') : w.prefix;
    expect(`${w.kind} ${w.path.join(' ')} ${what}`).toBe(expected);
  });
});

describe('completions from the declarations', () => {
  it.each<[string[], string[] | 'files']>([
    [['dsa', ''], ['add', 'log', 'list', 'rm', 'stats']],
    [['lesson', 'r'], ['rm']],
    [['init', '--pace', ''], ['calendar', 'progress']],
    [['export', '--format', 'c'], ['csv']],
    [['today', '--plan', ''], ['4h', '6h']],
    [['today', '--plan=6'], ['--plan=6h']],
    [['today', '--plan', '=', ''], ['4h', '6h']],
    [['dsa', 'add', '--difficulty', ''], ['easy', 'medium', 'hard']],
    [['dsa', 'list', '--since', 'y'], ['yesterday']],
    [['completion', ''], ['bash', 'zsh', 'fish']],
    [['import', ''], 'files'],
    [['review', '--markdown', ''], 'files'],
    [['today', '--content', ''], 'files'],
    [['skip', '--'], ['--content', '--date', '--force', '--help']],
    [['status', '--f'], ['--format']],
    // No log: the learner's values are simply not offered.
    [['done', ''], []],
    [['dsa', 'rm', ''], []],
  ])('%j', async (words, expected) => {
    expect(await values(...words)).toEqual(expected);
  });

  it('offers every command but the hidden one, each with its description', async () => {
    const r = await completions(ctx, noSession, root, ['']);
    expect(r).not.toBe('files');
    const names = (r as { value: string }[]).map((c) => c.value);
    expect(names).toEqual(Object.keys(COMMANDS).filter((c) => !c.startsWith('_')));
    expect(completionLines(r)).toContain('status\tone line for a shell prompt');
  });

  it('prints one candidate a line, control characters taken out', () => {
    expect(completionLines([{ value: '1', description: 'HLD · a\tb\x1b[31m\nc' }, { value: '2' }])).toBe('1\tHLD · a b c\n2\n');
    expect(completionLines('files')).toBe(':files\n');
    expect(completionLines([])).toBe('');
  });
});

describe('contentOf', () => {
  it.each<[string[], string | undefined]>([
    [['done', ''], undefined],
    [['--content', 'weeks', 'done', ''], 'weeks'],
    [['done', '--content=weeks', ''], 'weeks'],
    [['done', '--content', '=', 'weeks', ''], 'weeks'], // as bash splits it
    [['done', '--content', ''], undefined], // being typed: not yet a folder
  ])('%j', (words, expected) => {
    expect(contentOf(words)).toBe(expected);
  });
});
