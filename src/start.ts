// Loads the CLI bundle for bin/coach.cjs with V8's code cache of it, kept in the data folder's cache:
// a start reads the compiled bundle rather than compiling 450 KB of JavaScript again. On every Node:
// Node 22's own compile cache holds only the top level, compiled before anything runs, and costs
// Node 24 a fifth more CPU per `coach today` than this cache, written after a run.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { dataDir } from './data-dir.js';

/** The bundle's SHA-256, set by scripts/bundle.mjs, which builds this file after the bundle. */
declare const __BUNDLE_HASH__: string;

type Cli = typeof import('./cli.js');

/** The code cache of this bundle for this Node: another build or Node has its own file. */
export function codeCacheFile(env: NodeJS.ProcessEnv): string {
  return path.join(dataDir(env), 'cache', `bundle-${__BUNDLE_HASH__.slice(0, 16)}-${process.version}-${process.arch}.v8`);
}

/**
 * A code cache file: a first line naming the commands whose runs compiled the code it holds, then
 * V8's data. The code a run compiles beyond the top level (its command's) is in the cache only if
 * that run wrote it, so the first run of each command writes it again, with that command's code added.
 */
const HEADER = '#coach code cache:';

interface CodeCache {
  commands: string[];
  data: Buffer;
}

function readCodeCache(file: string): CodeCache | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null; // None yet: this run compiles and leaves one.
  }
  const end = bytes.indexOf(10);
  const header = end < 0 ? '' : bytes.toString('latin1', 0, end);
  if (!header.startsWith(HEADER)) return null;
  return { commands: header.slice(HEADER.length).split(' ').filter(Boolean), data: bytes.subarray(end + 1) };
}

/**
 * The command a run names, as the header keeps it: a word ('-' for `coach` alone or options first),
 * so that a path or a typo of any length stays out of it.
 */
const commandOf = (argv: readonly string[]): string => (/^[a-z]{1,20}$/.test(argv[2] ?? '') ? (argv[2] ?? '') : '-');

/** The bundle's exports, compiled with the code cache when there is one that fits. */
export function loadCli(bundle: string): Cli {
  const requireHere = createRequire(bundle);
  // ASCII only (scripts/bundle.mjs): read as Latin-1, a copy, rather than decoded from UTF-8.
  const source = fs.readFileSync(bundle, 'latin1');
  const cacheFile = codeCacheFile(process.env);
  const cache = readCodeCache(cacheFile);
  // V8 checks the cache against its own version, flags and the source's length, and compiles
  // afresh when it does not fit; the file name ties it to this build's bytes.
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData: cache?.data });
  const command = commandOf(process.argv);
  const kept = cache && !script.cachedDataRejected ? cache.commands : null;
  // Written at exit, so the cache holds the functions this run compiled too, not only the top level.
  if (!kept?.includes(command)) process.once('exit', () => saveCodeCache(script, cacheFile, [...(kept ?? []), command]));
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, requireHere, module, bundle, path.dirname(bundle));
  return module.exports as Cli;
}

/** Writes the code cache whole (renamed into place) and removes those of other builds; never fails the run. */
function saveCodeCache(script: vm.Script, file: string, commands: string[]): void {
  const dir = path.dirname(file);
  // A run that made no data folder (help, version, a failed command) leaves none behind.
  if (!fs.existsSync(dir)) return;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${HEADER}${commands.map((c) => ` ${c}`).join('')}\n`, 'latin1'), script.createCachedData()]));
    fs.renameSync(tmp, file);
    const own = path.basename(file);
    const build = own.slice(0, own.indexOf('-', 'bundle-'.length) + 1);
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith('bundle-') && !name.startsWith(build) && name.endsWith('.v8')) fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // A read-only or full disk: the next start compiles the bundle again.
    fs.rmSync(tmp, { force: true });
  }
}
