// Files that are not regular files where coach reads or writes one: coach.db as a FIFO or a link
// to a device, `export --out` and `review --markdown` at a device, a FIFO, /dev/stdout or a link
// to nothing. Devices are made with mknod in a temporary folder (root only), never the real /dev.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT, runCoach, type RunResult } from '../helpers/cli.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';

const isRoot = process.getuid?.() === 0;
const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;
if (!isRoot) console.log('skipping the device tests: mknod needs root');
if (!hasMkfifo) console.log('skipping the FIFO tests: no mkfifo here');

/** A character device like /dev/null (1,3) or /dev/zero (1,5), or a block device with no driver behind it. */
function mknod(dir: string, name: string, type: 'c' | 'b', major: number, minor: number): string {
  const file = path.join(dir, name);
  const r = spawnSync('mknod', [file, type, String(major), String(minor)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mknod failed: ${r.stderr}`);
  return file;
}

function mkfifo(dir: string, name: string): string {
  const file = path.join(dir, name);
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
  return file;
}

/** `coach ARGS` that must finish within 20 s (a FIFO must never hang it). */
function coach(args: readonly string[], home: string): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: cleanEnv(home), encoding: 'utf8', input: '', cwd: ROOT, timeout: 20_000 });
  expect(r.error?.message ?? null).toBeNull();
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Reads a FIFO to its end in another process: what was written into it. */
function drain(fifo: string): Promise<string> {
  return new Promise((resolve) => {
    const cat = spawn('cat', [fifo]);
    // A writer that never comes must not leave it waiting after the test.
    onCleanup(() => cat.kill());
    let text = '';
    cat.stdout.on('data', (d: Buffer) => (text += d.toString()));
    cat.on('close', () => resolve(text));
  });
}

function expectRefused(home: string, kind: RegExp): void {
  for (const args of [['today'], ['done', '1'], ['dsa', 'list'], ['export']]) {
    const r = coach(args, home);
    expect({ args, status: r.status, stdout: r.stdout }).toEqual({ args, status: 3, stdout: '' });
    expect(r.stderr).toMatch(kind);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  }
}

describe('a coach.db that is not a regular file', () => {
  it.skipIf(!hasMkfifo)('a FIFO: exit 3 at once, one line, nothing written', () => {
    const home = tempDir();
    mkfifo(home, 'coach.db');
    expectRefused(home, /^coach: \S*coach\.db is a FIFO \(named pipe\), not a coach database; move it aside \(mv /);
    expect(fs.readdirSync(home)).toEqual(['coach.db']);
  });

  it.skipIf(!isRoot)('a link to a character device: exit 3, one line, no journal beside the device', () => {
    const home = tempDir();
    const devices = tempDir();
    for (const [name, minor] of [['null', 3], ['zero', 5]] as const) {
      const device = mknod(devices, name, 'c', 1, minor);
      fs.rmSync(path.join(home, 'coach.db'), { force: true });
      fs.symlinkSync(device, path.join(home, 'coach.db'));
      expectRefused(home, /^coach: \S*coach\.db is a character device, not a coach database/);
    }
    expect(fs.readdirSync(devices).sort()).toEqual(['null', 'zero']);
    expect(fs.readdirSync(home)).toEqual(['coach.db']);
  });
});

describe('coach export --out at what is not a regular file', () => {
  it.skipIf(!isRoot)('a character device, or a link to one, is written to and stays a device', () => {
    const dir = tempDir();
    const device = mknod(dir, 'null', 'c', 1, 3);
    fs.symlinkSync(device, path.join(dir, 'link'));
    for (const out of [device, path.join(dir, 'link')]) {
      const r = runCoach(['export', '--out', out]);
      expect(r.stderr).toMatch(/^Exported 0 log rows/);
      expect(r.status).toBe(0);
      expect(fs.statSync(device).isCharacterDevice()).toBe(true);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['link', 'null']);
  });

  it.skipIf(!isRoot)('a block device is refused with one line, exit 5', () => {
    const dir = tempDir();
    // Major 240 is reserved for local use: no driver answers, and nothing is opened anyway.
    const device = mknod(dir, 'disk', 'b', 240, 0);
    const r = runCoach(['export', '--out', device]);
    expect(r).toEqual({ status: 5, stdout: '', stderr: `coach: cannot write ${device}: it is a block device; give the path of a regular file\n` });
    expect(fs.statSync(device).isBlockDevice()).toBe(true);
  });

  it.skipIf(!hasMkfifo)('a FIFO is written to, and stays a FIFO', async () => {
    const dir = tempDir();
    const fifo = mkfifo(dir, 'pipe');
    const received = drain(fifo);
    const r = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'export', '--out', fifo], { env: cleanEnv(tempDir()), cwd: ROOT });
      onCleanup(() => child.kill());
      child.on('close', resolve);
    });
    expect(r).toBe(0);
    expect(JSON.parse(await received)).toMatchObject({ format: 'coach-export' });
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('/dev/stdout and its kin in a pipe (a socket from node) are standard output, as - is', () => {
    for (const out of ['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']) {
      const r = runCoach(['export', '--out', out]);
      expect({ out, status: r.status, stderr: r.stderr }).toEqual({ out, status: 0, stderr: '' });
      expect(JSON.parse(r.stdout)).toMatchObject({ format: 'coach-export' });
    }
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export --out /dev/stdout | cat`], { env: cleanEnv(tempDir()), encoding: 'utf8' });
    expect(shell.status).toBe(0);
    expect(JSON.parse(shell.stdout)).toMatchObject({ format: 'coach-export' });
  });

  it('a link to nothing creates no file elsewhere without --force, and the message names where it leads', () => {
    const dir = tempDir();
    const target = path.join(dir, 'elsewhere', 'backup.json');
    const link = path.join(dir, 'backup.json');
    fs.symlinkSync(target, link);
    const r = runCoach(['export', '--out', link]);
    expect(r).toEqual({
      status: 2, stdout: '',
      stderr: `coach: ${link} is a symbolic link to ${target}, which does not exist; give another file, or pass --force to create ${target}\n`,
    });
    expect(fs.existsSync(path.join(dir, 'elsewhere'))).toBe(false);
    expect(runCoach(['export', '--out', link, '--force']).status).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(target, 'utf8'))).toMatchObject({ format: 'coach-export' });
  });

  it.skipIf(process.platform === 'win32')('a link target with terminal escapes reaches the message without them', () => {
    const dir = tempDir();
    const link = path.join(dir, 'backup.json');
    fs.symlinkSync('\x1b]0;owned\x07red\x1b[31m.json', link);
    const r = runCoach(['export', '--out', link]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`coach: ${link} is a symbolic link to ${path.join(dir, 'red.json')}, which does not exist; give another file, or pass --force to create ${path.join(dir, 'red.json')}\n`);
  });
});

describe('coach review --markdown at what is not a regular file', () => {
  it.skipIf(!isRoot)('--force at a device writes to it and leaves it a device', () => {
    const dir = tempDir();
    const device = mknod(dir, 'null', 'c', 1, 3);
    const r = runCoach(['review', '--markdown', device, '--force']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`Wrote the week 11 review to ${device}`);
    expect(fs.statSync(device).isCharacterDevice()).toBe(true);
  });

  it.skipIf(!hasMkfifo)('a FIFO is never read (it would wait for a writer) and gets the note', async () => {
    const dir = tempDir();
    const fifo = mkfifo(dir, 'note');
    const received = drain(fifo);
    const status = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'review', '--markdown', fifo], { env: cleanEnv(tempDir()), cwd: ROOT });
      onCleanup(() => child.kill());
      child.on('close', resolve);
    });
    expect(status).toBe(0);
    expect(await received).toMatch(/^<!-- coach review/);
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });
});
