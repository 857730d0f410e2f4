// Runs inside `unshare -m` (see sandbox.ts): mounts a tiny tmpfs as the data folder, prepares it,
// makes it full or read-only, runs coach commands and prints what they did as JSON.
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [bin, json] = process.argv.slice(2);
const plan = JSON.parse(json);
const home = plan.home;

const coach = (args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, COACH_HOME: home }, encoding: 'utf8', input: '' });
  return { args, status: r.status, stdout: r.stdout, stderr: r.stderr };
};

execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${plan.size ?? '2m'}`, 'tmpfs', home]);
for (const args of plan.before ?? []) {
  const r = coach(args);
  if (r.status !== 0) throw new Error(`setup step coach ${args.join(' ')} failed: ${r.stderr}`);
}
for (const [name, from] of Object.entries(plan.copy ?? {})) fs.copyFileSync(from, path.join(home, name));
if (plan.fill) {
  // Fill the disk: page by page until the file system says there is no room.
  const fd = fs.openSync(path.join(home, 'filler'), 'w');
  const page = Buffer.alloc(4096);
  try {
    for (;;) fs.writeSync(fd, page);
  } catch (err) {
    if (err.code !== 'ENOSPC') throw err;
  } finally {
    fs.closeSync(fd);
  }
}
if (plan.readonly) execFileSync('mount', ['-o', 'remount,ro', home]);

const results = (plan.run ?? []).map(coach);
const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = path.relative(home, path.join(dir, e.name));
    if (e.isDirectory()) walk(path.join(dir, e.name));
    else files.push(rel);
  }
};
walk(home);
process.stdout.write(JSON.stringify({ results, files: files.sort() }));
