// A track file that cannot be read, as a process shows it: the view's warning on stderr with exit 0,
// a write's refusal with exit 2 and no stack, and --json still clean on stdout.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, weekFile } from '../commands/setup.js';
import { runCoach } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

describe('a track file that cannot be read (process)', () => {
  it('today warns and exits 0; done refuses with exit 2 and writes nothing; fixed, both work again', () => {
    const content = contentDir({ 'week-1.md': weekFile('go', 1), 'week-2.md': weekFile('go', 2) });
    const home = tempDir();
    const coach = (...args: string[]) => runCoach(['--content', content, ...args], { home });
    expect(coach('init', '--yes', '--track', 'go', '--plan', '4h', '--week', '1', '--pace', 'calendar').status).toBe(0);
    fs.writeFileSync(path.join(content, 'week-2.md'), '');

    const view = coach('today', '--json');
    expect(view.status).toBe(0);
    expect(() => JSON.parse(view.stdout) as unknown).not.toThrow();
    expect(view.stderr).toMatch(/^coach: .*week-2\.md cannot be read \(file is empty/);

    const refused = coach('done', '1');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/week-2\.md cannot be read .*Nothing was written/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const log = coach('export', '--format', 'json');
    expect(log.status).toBe(0);
    expect(log.stdout).not.toContain('go.w1.d');

    fs.writeFileSync(path.join(content, 'week-2.md'), weekFile('go', 2));
    const fixed = coach('done', '1');
    expect(fixed.stderr).toBe('');
    expect(fixed.status).toBe(0);
    expect(coach('export', '--format', 'json').stdout).toContain('go.w1.d');
  });
});
