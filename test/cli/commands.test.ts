// The table of commands that lets a run declare only the command it names (src/cli.ts): each entry
// declares the command it is listed under, and a command's help and behaviour are the same whether
// it is declared alone or with every other.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/actions.js';
import { rootCommand } from '../../src/cli/root.js';
import { CONTENT, runMain, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('the commands by name', () => {
  it('each entry declares exactly the command it is listed under', () => {
    for (const [name, add] of Object.entries(COMMANDS)) {
      const root = rootCommand(testContext().ctx);
      add(root, { ctx: testContext().ctx, setExitCode: () => {} });
      expect(root.commands.map((c) => c.name()), name).toEqual([name]);
    }
  });

  it('coach --help lists them in the table\'s order', async () => {
    const r = await runMain(['--help']);
    const listed = [...(r.stdout.split('\nCommands:\n')[1] ?? '').matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]).filter((c) => c !== 'help');
    // Hidden: `__complete`, which only the completion scripts call.
    expect(listed).toEqual(Object.keys(COMMANDS).filter((c) => !c.startsWith('_')));
  });

  it('a command declared alone (coach NAME --help) has the help it has among all (coach help NAME)', async () => {
    for (const name of Object.keys(COMMANDS)) {
      const alone = await runMain([name, '--help']);
      const amongAll = await runMain(['help', name]);
      expect(alone.code, name).toBe(0);
      expect(alone.stdout, name).toBe(amongAll.stdout);
      expect(alone.stdout, name).toContain(`Usage: coach ${name} `);
    }
  });

  it('a command declared alone runs as it does after options that declare all', async () => {
    const home = tempDir();
    const alone = await runMain(['plan', '--content', CONTENT, '--week', '11', '--day', '3', '--json'], { home });
    const amongAll = await runMain(['--content', CONTENT, 'plan', '--week', '11', '--day', '3', '--json'], { home });
    expect(alone.code).toBe(0);
    expect(alone.stdout).not.toBe('');
    expect(alone.stdout).toBe(amongAll.stdout);
  });

  it('an unknown or mistyped command still names every command', async () => {
    const r = await runMain(['tday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`(did you mean today?); commands: ${Object.keys(COMMANDS).filter((c) => !c.startsWith('_')).join(', ')}`);
  });
});
