// `npm run bench -- --scale [--markdown]`: coach at large sizes, built in a temp folder by
// scale-fixtures.mjs. A figure is a ratio of CPU time (user + system of the child process, from
// process.resourceUsage at its exit) between two commands run alternately, so the load of a shared
// machine falls on both sides alike; min, median and max over the pairs. Imports are measured
// whole (CPU seconds, peak resident memory). Ends with what the warm path of `coach today` loads.
// SCALE_ONLY=import measures the imports alone. `--baseline REF` (or SCALE_BASELINE=REF) builds the
// git revision REF in a temp worktree and measures each import against it, run alternately: an
// import's target is a share of what an earlier version takes, on the same file and machine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { tableHeader, tableRow } from './bench-table.mjs';
import { writeCurriculum, writeExport } from './scale-fixtures.mjs';
import { warmPath } from './warm-path.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const coach = path.join(root, 'bin', 'coach.cjs');
const USAGE_HOOK = path.join(root, 'scripts', 'bench-usage.cjs');
const runs = Number(process.env.SCALE_RUNS || 11);
const importRuns = Number(process.env.SCALE_IMPORT_RUNS || 3);
/**
 * `SCALE_ONLY=curriculum` or `SCALE_ONLY=import`: only the figures of large track folders, or only
 * the imports (a quicker run while working on them).
 */
const only = process.env.SCALE_ONLY || '';
const CURRICULUM = 'curriculum';
const IMPORT = 'import';
if (only && only !== CURRICULUM && only !== IMPORT) throw new Error(`bench: SCALE_ONLY=${only}: the subsets are ${CURRICULUM} and ${IMPORT}`);
const importsOnly = only === IMPORT;
/** Pairs for the touched-file figure, while a touched file still costs a parse of all 500. */
const TOUCHED_PAIRS = 3;

/** The imports' target against a baseline build: at most this share of its CPU time. */
const IMPORT_SHARE = 0.7;

/**
 * coach as built at git revision `ref`, in a worktree under `tmp` sharing this checkout's
 * node_modules; `remove()` takes the worktree away again.
 */
function buildRevision(ref, tmp, log) {
  const dir = path.join(tmp, 'baseline');
  const git = (...args) => {
    const r = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: git ${args.join(' ')} failed: ${r.stderr.trim()}`);
    return r.stdout.trim();
  };
  const commit = git('rev-parse', '--short', `${ref}^{commit}`);
  log(`bench --scale: building ${ref} (${commit}) in ${dir}`);
  git('worktree', 'add', '--detach', dir, commit);
  const remove = () => git('worktree', 'remove', '--force', dir);
  try {
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const build = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`bench: npm run build of ${ref} failed: ${build.stderr.trim()}`);
    const bin = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).bin;
    const entry = typeof bin === 'string' ? bin : Object.values(bin ?? {})[0];
    if (!entry) throw new Error(`bench: ${ref} declares no bin in package.json`);
    return { ref, commit, coach: path.join(dir, entry), remove };
  } catch (err) {
    remove();
    throw err;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function benchScale({ markdown, baselineRef = process.env.SCALE_BASELINE || '' }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-scale-'));
  const usageFile = path.join(tmp, 'usage.txt');
  const log = (line) => process.stderr.write(`${line}\n`);
  const baseEnv = { ...process.env, NO_COLOR: '1' };
  delete baseEnv.COACH_CONTENT;

  /** Run node with `args` (coach's or a script's); its CPU milliseconds and peak KiB. */
  function measure(args, env) {
    fs.writeFileSync(usageFile, '');
    const r = spawnSync(process.execPath, ['--require', USAGE_HOOK, ...args], { env: { ...env, BENCH_USAGE_FILE: usageFile }, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    const [cpu, rss] = fs.readFileSync(usageFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    return { ms: cpu / 1000, kib: rss };
  }
  const coachEnv = (home, content) => ({ ...baseEnv, COACH_HOME: home, COACH_CONTENT: content });
  const run = (args, env) => {
    const r = spawnSync(process.execPath, [coach, ...args], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: coach ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    return r.stdout;
  };

  const rows = [];
  function ratio(figure, against, subject, baseline, target, pairs = runs) {
    if (importsOnly) return;
    subject.before?.();
    measure(subject.args, subject.env);
    measure(baseline.args, baseline.env);
    const rs = [];
    for (let i = 0; i < pairs; i++) {
      subject.before?.();
      const a = measure(subject.args, subject.env).ms;
      const b = measure(baseline.args, baseline.env).ms;
      rs.push(a / b);
    }
    const med = median(rs);
    const f = (x) => `${x.toFixed(2)}×`;
    rows.push([figure, against, f(Math.min(...rs)), f(med), f(Math.max(...rs)), `≤ ${target}×`, med <= target ? 'ok' : 'over']);
    log(`  ${figure}: median ${f(med)} (${pairs} pairs)`);
  }
  /**
   * Imports of 100,000 problems, whole: CPU seconds and peak memory against `limitMiB`. The time's
   * target is a share (IMPORT_SHARE) of what the first version takes: with a baseline build, of
   * that build's time on the same rows, run alternately (`againstArgs`, its own command); without
   * one, of the seconds it took when the target was set (3.1 s for JSON, 5.2 s for CSV, `limitS`),
   * which move with the machine's load.
   */
  function whole(figure, args, env, fresh, limitMiB, limitS, againstArgs = baseline && [baseline.coach, ...args.slice(1)]) {
    const ms = [];
    const mib = [];
    const shares = [];
    for (let i = 0; i < importRuns; i++) {
      fresh();
      const u = measure(args, env);
      ms.push(u.ms / 1000);
      mib.push(u.kib / 1024);
      if (againstArgs) {
        fresh();
        shares.push(u.ms / measure(againstArgs, env).ms);
      }
    }
    if (againstArgs) {
      const share = median(shares);
      const f = (x) => `${x.toFixed(2)}×`;
      rows.push([`${figure}: CPU time`, `coach at ${baseline.commit}, alternately`, f(Math.min(...shares)), f(share), f(Math.max(...shares)),
        `≤ ${IMPORT_SHARE}×`, share <= IMPORT_SHARE ? 'ok' : 'over']);
      log(`  ${figure}: ${f(share)} of ${baseline.ref}`);
    }
    const seconds = median(ms);
    rows.push([`${figure}: CPU seconds`, 'absolute', ...[Math.min(...ms), seconds, Math.max(...ms)].map((x) => `${x.toFixed(2)} s`),
      limitS && !againstArgs ? `≤ ${limitS} s` : '', limitS && !againstArgs ? (seconds <= limitS ? 'ok' : 'over') : '']);
    const med = median(mib);
    rows.push([`${figure}: peak memory`, 'absolute', ...[Math.min(...mib), med, Math.max(...mib)].map((x) => `${Math.round(x)} MiB`),
      `≤ ${limitMiB} MiB`, med <= limitMiB ? 'ok' : 'over']);
    log(`  ${figure}: ${median(ms).toFixed(2)} s, ${Math.round(med)} MiB`);
    return med;
  }

  let baseline = null;
  try {
    if (baselineRef && only !== CURRICULUM) baseline = buildRevision(baselineRef, tmp, log);
    log(`bench --scale: building logs and folders in ${tmp}`);
    const c32 = writeCurriculum(path.join(tmp, 'c32'), 32);
    const c500 = importsOnly ? c32 : writeCurriculum(path.join(tmp, 'c500'), 500);
    const today = new Date().toISOString().slice(0, 10);
    const big = writeExport(path.join(tmp, 'log-100k.json'), { end: today });
    const small = writeExport(path.join(tmp, 'log-10k.json'), { end: today, problems: 10_000, completions: 1_200 });
    const { start } = JSON.parse(fs.readFileSync(big, 'utf8')).settings;
    const init = (home, content) => run(['init', '--yes', '--track', 'go', '--plan', '4h', '--week', '1', '--start', start, '--pace', 'calendar'], coachEnv(home, content));
    const homes = Object.fromEntries(['empty32', 'full32', 'empty500', 'csv10k', 'import'].map((h) => [h, path.join(tmp, h)]));
    init(homes.empty32, c32);
    init(homes.empty500, c500);
    run(['import', big], coachEnv(homes.full32, c32));
    run(['import', small], coachEnv(homes.csv10k, c32));
    const csv100k = path.join(tmp, 'log-100k.csv');
    const csv10k = path.join(tmp, 'log-10k.csv');
    run(['export', '--format', 'csv', '--out', csv100k], coachEnv(homes.full32, c32));
    run(['export', '--format', 'csv', '--out', csv10k], coachEnv(homes.csv10k, c32));
    // The baseline imports the same rows as a CSV in its own layout: the one its export writes.
    const baselineCsv = path.join(tmp, 'log-100k-baseline.csv');
    if (baseline) {
      const env = coachEnv(path.join(tmp, 'baseline-home'), c32);
      for (const args of [['import', big], ['export', '--format', 'csv', '--out', baselineCsv]]) {
        const r = spawnSync(process.execPath, [baseline.coach, ...args], { env, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`bench: coach at ${baseline.ref} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
      }
    }
    // Warm caches (parse cache, the log's integrity stamp) as a learner's second run finds them.
    if (!importsOnly) for (const home of [homes.empty32, homes.full32]) for (const cmd of [['today'], ['review'], ['progress']]) run(cmd, coachEnv(home, c32));
    if (!importsOnly) run(['today'], coachEnv(homes.empty500, c500));
    // The stamp is taken only of a file settled for 2 s (see src/store/verified.ts).
    if (!importsOnly) await sleep(2100);
    if (!importsOnly) for (const home of [homes.empty32, homes.full32]) run(['today'], coachEnv(home, c32));

    log(`measuring: ${runs} alternating pairs per ratio, ${importRuns} runs per import`);
    const onLogs = (args) => [
      { args: [coach, ...args], env: coachEnv(homes.full32, c32) },
      { args: [coach, ...args], env: coachEnv(homes.empty32, c32) },
    ];
    const logged = '100,000 problems, 12,000 completions';
    if (only !== CURRICULUM) {
      ratio(`\`coach today\`, ${logged}`, 'the same, empty log', ...onLogs(['today']), 1.15);
      ratio(`\`coach review\`, ${logged}`, 'the same, empty log', ...onLogs(['review']), 1.15);
      ratio(`\`coach progress\`, ${logged}`, 'the same, empty log', ...onLogs(['progress']), 1.15);
      ratio(`\`coach dsa stats\`, ${logged}`, 'the same, empty log', ...onLogs(['dsa', 'stats']), 1.15);
    }
    ratio('warm `coach today`, 500 track files', 'the same, 32 files',
      { args: [coach, 'today'], env: coachEnv(homes.empty500, c500) }, { args: [coach, 'today'], env: coachEnv(homes.empty32, c32) }, 1.1);
    const touched = path.join(c500, 'week-250.md');
    let tick = 0;
    ratio('`coach today` after touching 1 of 500 files', 'bare remark parse of that file',
      { args: [coach, 'today'], env: coachEnv(homes.empty500, c500), before: () => fs.utimesSync(touched, new Date(), new Date(Date.now() + ++tick * 1000)) },
      { args: [path.join(root, 'scripts', 'bare-parse.mjs'), touched], env: baseEnv }, 1.5, Math.min(runs, TOUCHED_PAIRS));
    if (only !== CURRICULUM) {
      const freshHome = (name) => () => fs.rmSync(homes[name], { recursive: true, force: true });
      const into = coachEnv(homes.import, c32);
      whole('`coach import`, JSON of 100,000 problems', [coach, 'import', big], into, freshHome('import'), 300, 2.2);
      const mib100k = whole('`coach import`, CSV of 100,000 problems', [coach, 'import', csv100k], into, freshHome('import'), 300, 3.6,
        baseline && [baseline.coach, 'import', baselineCsv]);
      const mib10k = whole('`coach import`, CSV of 10,000 problems', [coach, 'import', csv10k], into, freshHome('import'), 300, undefined, null);
      rows.push(['CSV import memory, 100,000 rows', '10,000 rows', '', `${(mib100k / mib10k).toFixed(2)}×`, '', '≤ 1.5×', mib100k / mib10k <= 1.5 ? 'ok' : 'over']);
    }

    const out = [];
    out.push(`node ${process.version}, ${os.cpus().length} cores; CPU time (user + system) of each child; ${runs} alternating pairs per ratio ` +
      `(${Math.min(runs, TOUCHED_PAIRS)} for the touched file), ${importRuns} runs per import` +
      `${baseline ? `, each followed by the same import by coach at ${baseline.ref} (${baseline.commit})` : ''}.`);
    out.push('');
    if (markdown) out.push(...tableHeader(), ...rows.map(tableRow));
    else for (const r of rows) out.push(`${r[0]}\n  vs ${r[1]}: min ${r[2]}  median ${r[3]}  max ${r[4]}  (target ${r[5] || 'none'}) ${r[6]}`);
    if (!importsOnly) {
      out.push('', ...warmPath({ coach, args: ['today'], env: coachEnv(homes.full32, c32), home: homes.full32,
        title: 'Warm path of `coach today` (100,000-problem log, 32 files):', bullet: markdown ? '- ' : '  ' }));
    }
    console.log(out.join('\n'));
  } finally {
    baseline?.remove();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
