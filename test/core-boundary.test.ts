// The pure core (track, schedule, review, render) knows nothing of the command line: no usage or
// data errors, no exit codes, no commander. It throws its own domain errors, which `report` maps.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const CORE = ['track', 'schedule', 'review', 'render'];
/** Modules of the command line, as a core file would name them in an import. */
const SHELL = /from '(\.\.\/(errors|cli|cli-process|cli-args)(\/[^']*)?\.js|commander|@commander-js\/extra-typings)'/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

describe('the pure core', () => {
  it.each(CORE)('src/%s imports nothing of the command line', (folder) => {
    const files = sources(path.join(ROOT, 'src', folder));
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((file) =>
      fs.readFileSync(file, 'utf8').split('\n').filter((line) => SHELL.test(line)).map((line) => `${path.relative(ROOT, file)}: ${line.trim()}`));
    expect(offending).toEqual([]);
  });
});
