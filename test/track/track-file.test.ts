// Opening track files: regular files only, up to MAX_TRACK_FILE_BYTES; anything else is a
// diagnostic, at once (a FIFO never hangs, /dev/zero never fills the memory).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/track/assemble.js';
import { MAX_TRACK_FILE_BYTES } from '../../src/track/limits.js';
import { readTrackFile } from '../../src/track/track-file.js';
import { runCoach, CONTENT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const WEEK = fs.readFileSync(path.join(CONTENT, 'go', 'week-11.md'), 'utf8');
const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;
if (!hasMkfifo) console.log('skipping the FIFO track file test: no mkfifo here');

/** `week-11.md` padded with a trailing comment of short lines to exactly `size` bytes. */
function weekOfSize(dir: string, size: number): string {
  const file = path.join(dir, 'week-11.md');
  const pad = size - Buffer.byteLength(WEEK) - '\n<!--\n-->\n'.length;
  const lines = `${'x'.repeat(79)}\n`.repeat(Math.floor(pad / 80)) + 'x'.repeat(pad % 80);
  fs.writeFileSync(file, `${WEEK}\n<!--\n${lines}-->\n`);
  expect(fs.statSync(file).size).toBe(size);
  return file;
}

describe('readTrackFile', () => {
  it('reads a file of exactly the limit, and refuses one byte more, naming the limit', () => {
    const dir = tempDir();
    expect(parseFile(weekOfSize(dir, MAX_TRACK_FILE_BYTES)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const big = weekOfSize(tempDir(), MAX_TRACK_FILE_BYTES + 1);
    expect(readTrackFile(big)).toEqual({ problem: 'file is larger than 128 KiB, the limit for a track file; split it into one file per week' });
    expect(parseFile(big).diagnostics).toMatchObject([{ severity: 'error', code: 'unreadable', message: expect.stringContaining('128 KiB') }]);
  });

  it.skipIf(process.platform !== 'linux')('refuses a link to /dev/zero without reading it', () => {
    const file = path.join(tempDir(), 'week-02.md');
    fs.symlinkSync('/dev/zero', file);
    expect(readTrackFile(file)).toEqual({ problem: 'it is a character device, not a markdown file; a track file must be a regular file' });
  });

  it.skipIf(!hasMkfifo)('refuses a FIFO at once, with no writer', () => {
    const file = path.join(tempDir(), 'week-02.md');
    expect(spawnSync('mkfifo', [file]).status).toBe(0);
    expect(readTrackFile(file)).toEqual({ problem: 'it is a FIFO (named pipe), not a markdown file; a track file must be a regular file' });
  });

  it('says why a missing file cannot be read', () => {
    expect(readTrackFile(path.join(tempDir(), 'gone.md'))).toEqual({ problem: 'cannot read file: ENOENT' });
  });

  it.skipIf(!hasMkfifo)('coach validate and coach today go on with the other files', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'go'));
    fs.writeFileSync(path.join(dir, 'go', 'week-11.md'), WEEK);
    expect(spawnSync('mkfifo', [path.join(dir, 'go', 'week-12.md')]).status).toBe(0);
    // Run from the folder: validate names files relative to where it runs when that is shorter.
    const r = runCoach(['validate', dir], { cwd: dir });
    expect(r.status).toBe(4);
    expect(r.stdout).toContain(`${path.join('go', 'week-12.md')}:1:1 error it is a FIFO (named pipe), not a markdown file`);
    expect(runCoach(['today', '--content', dir]).status).toBe(0);
  });
});
