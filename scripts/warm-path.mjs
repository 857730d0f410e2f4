// What a warm coach command reads and loads, each with the reason it is there, for `npm run bench`
// (and `--scale`): anything that joins the start-up of `coach today` shows up here, and without a
// reason it says NOT EXPECTED.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TRACE = path.join(root, 'scripts', 'trace-warm-path.cjs');

/** Why each file a warm run reads is read: [pattern over the path shown, reason]. */
const READS = [
  [/^bin\/coach\.cjs$/, 'the entry point'],
  [/^dist\/bundle\/start\.cjs$/, 'the loader: runs the bundle from V8\'s code cache of it'],
  [/^dist\/bundle\/cli\.cjs$/, 'the bundle: commander, chalk, better-sqlite3\'s JavaScript and coach\'s own code in one file; only the code this command runs is evaluated'],
  [/^<data>\/cache\/bundle-[^/]+\.v8$/, 'V8\'s code cache of the bundle, with the code of each command run so far: the start compiles none of that'],
  [/^node_modules\/better-sqlite3\/package\.json$/, 'its version: the bundled copy of better-sqlite3\'s JavaScript runs only with the compiled module it was written for'],
  [/^<data>\/cache\/coach\.db\.checked\.json$/, 'the state of coach.db that last passed quick_check, so this run checks nothing'],
  [/^<data>\/cache\/tracks-[^/]+\/index\.json$/, 'the parse cache\'s index: every track file\'s stamps, its week\'s heading and summary, then each week\'s outline'],
  [/^<data>\/cache\/tracks-[^/]+\/[^/]+\.texts\.json$/, 'the parse cache: the labels and titles of one track file\'s blocks, a week whose blocks the logged completions are matched against (the rule compares titles) or whose blocks are listed'],
  [/^<data>\/cache\/tracks-[^/]+\/[^/]+\.json$/, 'the parse cache: the parse of one track file, a week this command shows (its days\' titles and focus, its blocks\' details)'],
  [/^<data>\/cache\/tracks-[^/]+\.json$/, 'the parse cache of the track folder'],
];

/** Why each compiled module is loaded. */
const NATIVE = [[/better_sqlite3\.node$/, 'SQLite, for the log: settings, blocks done and the day\'s problems']];

/** Why Node loads each of its own modules that `node -e 0` does not load. */
const BUILTINS = [
  [/^vm$/, 'compiles the bundle with its code cache'],
  [/^(stream|net|string_decoder|diagnostics_channel|internal\/(streams|stream_base_commons|abort_controller|fs\/sync_write_stream|perf)\b.*|stream\/promises)$/,
    'process.stdout and process.stderr, which any program that prints makes'],
  [/^process$/, 'commander requires node:process (the process object itself)'],
];

const why = (table, name) => table.find(([re]) => re.test(name))?.[1] ?? 'NOT EXPECTED on the warm path';
const kib = (bytes) => `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KiB`;

/** One run of node with the trace preloaded; what it read, loaded and which of Node's modules. */
function trace(args, env) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-trace-')), 'trace.json');
  const r = spawnSync(process.execPath, ['--require', TRACE, ...args], { env: { ...env, BENCH_TRACE_FILE: out }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: traced ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const t = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return t;
}

/**
 * Lines saying what `coach ARGS` reads and loads with data folder `home` (already warm), each with
 * its reason; `title` heads them, `bullet` starts each line.
 */
export function warmPath({ coach, args, env, home, title, bullet = '  ' }) {
  const baseline = new Set(trace(['-e', '0'], env).builtins);
  const t = trace([coach, ...args], env);
  const real = (p) => fs.realpathSync(p);
  const places = [[real(home), '<data>'], [real(path.join(root, 'node_modules')), 'node_modules'], [real(root), '']];
  const shown = (p) => {
    const abs = fs.existsSync(p) ? real(p) : p;
    for (const [dir, name] of places) if (abs.startsWith(dir + path.sep)) return (name ? `${name}/` : '') + path.relative(dir, abs).split(path.sep).join('/');
    return abs;
  };
  const lines = [title];
  let total = 0;
  for (const r of t.reads) {
    const name = shown(r.path);
    total += r.bytes;
    lines.push(`${bullet}read ${name}, ${kib(r.bytes)}: ${why(READS, name)}`);
  }
  lines.push(`${bullet}(${kib(total)} read through fs in all)`);
  for (const n of t.native) lines.push(`${bullet}load ${shown(n)}: ${why(NATIVE, n)}`);
  const db = path.join(home, 'coach.db');
  if (t.native.length && fs.existsSync(db)) lines.push(`${bullet}SQLite reads of <data>/coach.db (${kib(fs.statSync(db).size)}) only the pages its queries need`);
  const extra = t.builtins.filter((m) => !baseline.has(m));
  const groups = new Map();
  for (const m of extra) {
    const reason = why(BUILTINS, m);
    groups.set(reason, [...(groups.get(reason) ?? []), m]);
  }
  for (const [reason, mods] of groups) {
    const pub = mods.filter((m) => !m.startsWith('internal/'));
    const internal = mods.length - pub.length;
    lines.push(`${bullet}Node's ${[...pub, ...(internal ? [`${internal} internal modules`] : [])].join(', ')}: ${reason}`);
  }
  return lines;
}
