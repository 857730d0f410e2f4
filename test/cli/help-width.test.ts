// Every command's --help fits the terminal: commander's lists and the notes after them wrap at the
// width the context gives, and an example (`  $ coach …`) stays whole on its line to be copied.
import { describe, expect, it } from 'vitest';
import { fitHelp } from '../../src/cli/root.js';
import { width } from '../../src/render/format.js';
import { runMain } from '../helpers/cli.js';

/** The command names a help text lists under "Commands:". */
function subcommands(help: string): string[] {
  const section = help.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '';
  return section.split('\n').map((l) => /^ {2}([a-z][a-z-]*)/.exec(l)?.[1]).filter((n): n is string => n !== undefined && n !== 'help');
}

describe('--help of every command', () => {
  it('keeps every line but an example within 80 columns', async () => {
    const seen: string[] = [];
    const queue: string[][] = [[]];
    while (queue.length > 0) {
      const path = queue.shift() as string[];
      const r = await runMain([...path, '--help']);
      expect({ path, code: r.code }).toEqual({ path, code: 0 });
      const wide = r.stdout.split('\n').filter((l) => width(l) > 80 && !/^\s*\$ /.test(l));
      expect({ path, wide }).toEqual({ path, wide: [] });
      seen.push(path.join(' '));
      for (const name of subcommands(r.stdout)) queue.push([...path, name]);
    }
    expect(seen.length).toBeGreaterThan(30);
  });

  it('keeps its own examples within 80 columns too, so none is wrapped by the terminal', async () => {
    const queue: string[][] = [[]];
    while (queue.length > 0) {
      const path = queue.shift() as string[];
      const r = await runMain([...path, '--help']);
      const wide = r.stdout.split('\n').filter((l) => width(l) > 80 && /^\s*\$ /.test(l));
      expect({ path, wide }).toEqual({ path, wide: [] });
      for (const name of subcommands(r.stdout)) queue.push([...path, name]);
    }
  });
});

describe('fitHelp', () => {
  it('wraps prose under its indent and leaves examples and short lines alone', () => {
    const example = `  $ coach dsa add "Two Sum" --url https://example.com/${'x'.repeat(60)}`;
    const text = ['Usage: coach x', '', `A note ${'word '.repeat(20)}end.`, example, '  short'].join('\n');
    const out = fitHelp(text, 40).split('\n');
    expect(out).toContain(example);
    expect(out.filter((l) => l !== example).every((l) => width(l) <= 40)).toBe(true);
    expect(out.join(' ').replace(/\s+/g, ' ')).toBe(text.split('\n').join(' ').replace(/\s+/g, ' '));
    // A wrapped note goes on under its own indent, never deeper: an indented line after "Commands:"
    // would read as another command.
    expect(out.filter((l) => l.startsWith('A note') || l.startsWith('word') || l.startsWith('end'))).toHaveLength(out.length - 4);
    expect(fitHelp(`  · ${'word '.repeat(20)}`, 40).split('\n').slice(1).every((l) => /^ {2}\S/.test(l))).toBe(true);
  });
});
