// The README's "Performance" table is pasted from `npm run bench -- --scale --markdown`: its header
// must be the one the bench prints, so a changed bench cannot leave an old table behind unnoticed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('README Performance', () => {
  it('has the table header `npm run bench -- --scale --markdown` prints', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench.mjs'), '--table-header'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const header = r.stdout.trim().split('\n');
    expect(header).toHaveLength(2);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = /\n## Performance\n([\s\S]*?)(?=\n## )/.exec(readme)?.[1] ?? '';
    expect(section).toContain('npm run bench -- --scale --markdown');
    const lines = section.split('\n');
    const at = lines.findIndex((l) => l.startsWith('| '));
    expect(lines.slice(at, at + 2)).toEqual(header);
    // Every row has the header's number of cells.
    const cells = (l: string) => l.split('|').length;
    const rows = lines.slice(at + 2).filter((l) => l.startsWith('| '));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(cells(row)).toBe(cells(header[0] ?? ''));
  });
});
