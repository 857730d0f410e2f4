// `npm run bench`: start-up cost of coach's commands as ratios against a baseline measured in the
// same run: CPU time (user + system) of each child, alternating runs so that the load of a shared
// machine falls on both sides alike. Prints medians, then what the warm paths of `coach today` and
// `coach plan` read and load, each with its reason (warm-path.mjs).
// `--scale` measures large logs and folders instead (bench-scale.mjs); `--markdown` prints its table
// for the README; `--baseline REF` adds each import's share of the time coach at git revision REF takes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchScale } from './bench-scale.mjs';
import { tableHeader } from './bench-table.mjs';
import { warmPath } from './warm-path.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--table-header')) {
  console.log(tableHeader().join('\n'));
  process.exit(0);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const coach = path.join(root, 'bin', 'coach.cjs');
const USAGE_HOOK = path.join(root, 'scripts', 'bench-usage.cjs');
const corpus = path.resolve(root, '../shared/corpus');
const runs = Number(process.env.BENCH_RUNS || 21);

if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(1);
}

if (argv.includes('--scale')) {
  const at = argv.indexOf('--baseline');
  if (at !== -1 && !argv[at + 1]) {
    console.error('bench: --baseline takes a git revision, as in --baseline 4c7c972');
    process.exit(2);
  }
  await benchScale({ markdown: argv.includes('--markdown'), ...(at !== -1 ? { baselineRef: argv[at + 1] } : {}) });
  process.exit(0);
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-bench-'));
const usageFile = path.join(home, 'usage.txt');
// Two data folders: `plan` before any `coach init`, and `today` and `plan` with an initialised log.
const bare = path.join(home, 'bare');
const logged = path.join(home, 'logged');
const envFor = (data) => {
  const env = { ...process.env, COACH_HOME: data, NO_COLOR: '1', BENCH_USAGE_FILE: usageFile };
  delete env.COACH_CONTENT;
  return env;
};

/** CPU milliseconds (user + system) of one `node ARGS`, measured by the process itself at exit. */
function time(args, data = bare) {
  fs.writeFileSync(usageFile, '');
  const r = spawnSync(process.execPath, ['--require', USAGE_HOOK, ...args], { env: envFor(data), encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench: ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const [cpu] = fs.readFileSync(usageFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return cpu / 1000;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function compare(name, subject, baseline, baselineName, target, data = bare) {
  time(subject, data); // warm the caches and the file system
  time(baseline, data);
  const ratios = [];
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    const x = time(subject, data);
    const y = time(baseline, data);
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  const ratio = median(ratios);
  const ok = ratio <= target ? 'ok' : 'OVER TARGET';
  console.log(`${name}\n  vs ${baselineName}: median ratio ${ratio.toFixed(2)} (target ≤ ${target}) ${ok}` +
    `  [${median(a).toFixed(1)} ms vs ${median(b).toFixed(1)} ms of CPU, ${runs} pairs]`);
  return ratio;
}

const PLAN = [coach, 'plan', '--week', '11', '--day', '3'];
try {
  console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ` +
    `CPU time of each child, ${runs} alternating pairs per figure\n`);
  compare('coach plan --week 11 --day 3 (warm cache)', PLAN, ['-e', '0'], 'node -e 0', 1.4);
  const target = fs.existsSync(corpus) ? corpus : path.join(root, 'content');
  compare(`coach validate ${path.relative(root, target)}`, [coach, 'validate', target],
    [path.join(root, 'scripts', 'bare-parse.mjs'), target], 'bare remark + remark-gfm parse of the same files', 1.3);
  const init = spawnSync(process.execPath, [coach, 'init', '--yes', '--plan', '4h', '--week', '11', '--pace', 'calendar'], { env: envFor(logged), encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`bench: coach init failed: ${init.stderr}`);
  compare('coach today (warm cache, initialised log)', [coach, 'today'], ['-e', '0'], 'node -e 0', 1.5, logged);
  compare('coach plan --week 11 --day 3 (warm cache, initialised log)', PLAN, ['-e', '0'], 'node -e 0', 1.4, logged);
  // The first run (compare's warm-up) writes the status state; every measured run reads it.
  compare('coach status (state file current, initialised log)', [coach, 'status'], ['-e', '0'], 'node -e 0', 1.3, logged);
  console.log(`\nload ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} after measuring\n`);
  console.log([
    ...warmPath({ coach, args: ['today'], env: envFor(logged), home: logged, title: 'Warm path of `coach today` (initialised log):' }), '',
    ...warmPath({ coach, args: PLAN.slice(1), env: envFor(bare), home: bare, title: 'Warm path of `coach plan --week 11 --day 3` (no log):' }),
  ].join('\n'));
} finally {
  fs.rmSync(home, { recursive: true, force: true });
}
