// Loads the CLI bundle for bin/coach.cjs. Node 22.1 and later keep compiled code in their own compile
// cache; on Node 20 this keeps V8's code cache of the bundle in the data folder's cache instead, so a
// start reads the compiled bundle rather than compiling 450 KB of JavaScript again.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { dataDir } from './data-dir.js';

/** The bundle's SHA-256, set by scripts/bundle.mjs, which builds this file after the bundle. */
declare const __BUNDLE_HASH__: string;

type Cli = typeof import('./cli.js');

/** Node's own compile cache (22.1+), missing from Node 20's types. */
type WithCompileCache = typeof Module & { enableCompileCache?: () => unknown };

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

/** The command a run names ('' for `coach` alone or options first): a word, so a path or a typo of any length stays out of the header. */
const commandOf = (argv: readonly string[]): string => (/^[a-z]{1,20}$/.test(argv[2] ?? '') ? (argv[2] ?? '') : '');

/** The bundle's exports: required as usual where Node caches compiled code, else compiled with the code cache. */
export function loadCli(bundle: string): Cli {
  const requireHere = createRequire(bundle);
  if ((Module as WithCompileCache).enableCompileCache) return requireHere(bundle) as Cli;

  const source = fs.readFileSync(bundle, 'utf8');
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
    // A read-only or full disk: the next start compiles again, as Node 20 always did.
    fs.rmSync(tmp, { force: true });
  }
}
