// `npm run bench`: start-up cost of coach's commands as ratios against a baseline measured in the
// same run, alternating runs so that machine noise hits both sides alike. Prints medians.
// `--scale` measures large logs and folders instead (bench-scale.mjs); `--markdown` prints its table
// for the README.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchScale } from './bench-scale.mjs';
import { tableHeader } from './bench-table.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--table-header')) {
  console.log(tableHeader().join('\n'));
  process.exit(0);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const coach = path.join(root, 'bin', 'coach.cjs');
const corpus = path.resolve(root, '../shared/corpus');
const runs = Number(process.env.BENCH_RUNS || 21);

if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(1);
}

if (argv.includes('--scale')) {
  await benchScale({ markdown: argv.includes('--markdown') });
  process.exit(0);
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-bench-'));
const env = { ...process.env, COACH_HOME: home, NO_COLOR: '1' };
delete env.COACH_CONTENT;

function time(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench: ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function compare(name, subject, baseline, baselineName, target) {
  time(subject); // warm the cache and the file system
  time(baseline);
  const ratios = [];
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    const x = time(subject);
    const y = time(baseline);
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  const ratio = median(ratios);
  const ok = ratio <= target ? 'ok' : 'OVER TARGET';
  console.log(`${name}\n  vs ${baselineName}: median ratio ${ratio.toFixed(2)} (target ≤ ${target}) ${ok}` +
    `  [${median(a).toFixed(1)} ms vs ${median(b).toFixed(1)} ms, ${runs} pairs]`);
  return ratio;
}

try {
  console.log(`node ${process.version}, ${os.cpus().length} cores, ${runs} alternating pairs per figure\n`);
  compare('coach plan --week 11 --day 3 (warm cache)', [coach, 'plan', '--week', '11', '--day', '3'], ['-e', '0'], 'node -e 0', 1.6);
  const target = fs.existsSync(corpus) ? corpus : path.join(root, 'content');
  compare(`coach validate ${path.relative(root, target)}`, [coach, 'validate', target],
    [path.join(root, 'scripts', 'bare-parse.mjs'), target], 'bare remark + remark-gfm parse of the same files', 1.3);
  if (fs.existsSync(path.join(root, 'dist', 'commands', 'today.js'))) {
    const init = spawnSync(process.execPath, [coach, 'init', '--yes', '--plan', '4h', '--week', '11', '--pace', 'calendar'], { env, encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`bench: coach init failed: ${init.stderr}`);
    compare('coach today (warm cache, initialised log)', [coach, 'today'], ['-e', '0'], 'node -e 0', 2.0);
    compare('coach plan --week 11 --day 3 (warm cache, initialised log)', [coach, 'plan', '--week', '11', '--day', '3'], ['-e', '0'], 'node -e 0', 2.0);
  }
} finally {
  fs.rmSync(home, { recursive: true, force: true });
}
