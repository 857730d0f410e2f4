// Bundles the compiled CLI (dist/) into one CommonJS file, dist/bundle/cli.cjs, which
// dist/bundle/start.cjs (src/start.ts, built here too) runs for bin/coach.cjs from V8's code cache.
// CommonJS because Node loads it without starting its ES module loader, whose per-module resolving
// and linking cost `coach today` more than everything else it does; the commands inside stay lazy
// (each is evaluated only when run). The heavy packages stay outside and load from node_modules only
// when used: gray-matter and ts-fsrs with require, and the ES-module-only remark, remark-gfm and
// @inquirer/prompts with import() (see src/track/markdown.ts); SQLite's compiled module too, while
// its JavaScript is bundled (see sqliteInBundle).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parserFingerprint } from '../dist/track/fingerprint.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The parse cache's key (src/track/load.ts): computed once here from the compiled parser.
const fingerprint = parserFingerprint(['track', 'text', 'practice'].map((dir) => path.join(root, 'dist', dir)), root);

// This build, for the status state file (src/status/state.ts): a state written by another build is recomputed.
const buildId = crypto.randomUUID();

const ESM_ONLY = ['remark', 'remark-gfm', '@inquirer/prompts'];

// An ES-module-only package imported statically would become a require() that Node 20 refuses:
// fail the build instead, naming the import to turn into an import().
const esmOnlyByImport = {
  name: 'esm-only-by-import',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${ESM_ONLY.join('|')})$`) }, (args) => {
      if (args.kind === 'dynamic-import') return { path: args.path, external: true };
      return { errors: [{ text: `${args.path} is an ES module only: load it with import() (imported by ${path.relative(root, args.importer)})` }] };
    });
  },
};

// Built-in modules loaded on first use instead of at every start: commander requires
// child_process only to run external subcommands, which coach has none of (it brings net, dgram
// and streams with it); the store's node:crypto makes ids only when something is written; node:os
// finds a home folder only when HOME is not set, and a temporary one only for a copy of the log.
const LAZY_BUILTINS = ['child_process', 'crypto', 'os'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`) }, (args) => {
      const name = args.path.replace(/^node:/, '');
      return args.namespace === 'lazy' ? { path: `node:${name}`, external: true } : { path: name, namespace: 'lazy' };
    });
    // A getter per export (the names as this Node has them), so that esbuild's ES-module interop,
    // which copies the exports' names when the importing module starts, finds them all.
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, async (args) => ({
      contents: `let m; const load = () => (m ??= require('node:${args.path}'));
        for (const key of ${JSON.stringify(Object.keys(await import(`node:${args.path}`)).filter((k) => k !== 'default'))}) {
          Object.defineProperty(module.exports, key, { get: () => load()[key], enumerable: true });
        }`,
      loader: 'js',
    }));
  },
};

// Node's modules that ES modules import: one shared module each instead of esbuild's interop, which
// copies every export of node:fs or node:path into a new object for each file that imports it (a
// few milliseconds of every start). It exports the default, and by name only what coach's modules
// import by name: reading any other export may load more of Node (Node 24's fs.Dir loads its
// directory streams) or warn (a deprecated one). A named import elsewhere (a package) fails the
// build with "No matching export": import the default there, or add its module to this scan.

/** The names coach's modules (dist/, tsc's output of src/) import by name from each of Node's modules. */
function namedBuiltinImports() {
  const names = new Map();
  for (const file of fs.readdirSync(path.join(root, 'dist'), { recursive: true })) {
    if (!file.endsWith('.js')) continue;
    const text = fs.readFileSync(path.join(root, 'dist', file), 'utf8');
    for (const m of text.matchAll(/^import\s+(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*['"](?:node:)?([a-z_/]+)['"]/gm)) {
      const list = names.get(m[2]) ?? new Set();
      for (const part of m[1].split(',')) if (part.trim()) list.add(part.trim().split(/\s+as\s+/)[0]);
      names.set(m[2], list);
    }
  }
  return names;
}
const builtinNames = namedBuiltinImports();

const sharedBuiltins = {
  name: 'shared-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      if (args.namespace === 'builtin') return { path: `node:${args.path.replace(/^node:/, '')}`, external: true };
      const name = args.path.replace(/^node:/, '');
      if (args.kind !== 'import-statement' || !isBuiltin(name) || LAZY_BUILTINS.includes(name)) return undefined;
      return { path: name, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => {
      const named = [...(builtinNames.get(args.path) ?? [])];
      const exports = named.length ? `\nexport const { ${named.join(', ')} } = m;` : '';
      return { contents: `const m = require('node:${args.path}');\nexport default m;${exports}`, loader: 'js' };
    });
  },
};

// chalk works out the colours of its default instances when it loads (its vendored supports-color
// loads node:tty and node:os for that). coach uses none: it passes its own level to new Chalk()
// (src/render/color.ts; eslint.config.js refuses the default instances), so the bundle leaves the
// detection out.
let detectionLeftOut = false;
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes(`${path.sep}chalk${path.sep}`) ? { path: 'supports-color', namespace: 'no-detection' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => {
      detectionLeftOut = true;
      return { contents: 'export default { stdout: false, stderr: false };', loader: 'js' };
    });
  },
};

// better-sqlite3's JavaScript (13 small files) goes into the bundle, under its code cache, instead
// of being resolved, read and compiled from node_modules at every start that opens the log; its
// compiled module still loads from node_modules (src/store/sqlite.ts). The bundled copy is used only
// while node_modules holds the same version, whose compiled module it was written for; another
// version (a newer one installed under this dist/) loads its own JavaScript as before.
const sqliteDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(fs.readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')).version;
const sqliteInBundle = {
  name: 'sqlite-in-bundle',
  setup(b) {
    b.onResolve({ filter: /^(better-sqlite3|bindings)$/ }, (args) => {
      if (args.namespace === 'sqlite') return { path: args.path, external: true };
      if (args.path === 'better-sqlite3') return { path: 'better-sqlite3', namespace: 'sqlite' };
      // The bundled copy's fallback when its compiled module is not where npm builds it.
      if (args.importer.startsWith(sqliteDir)) return { path: 'bindings', namespace: 'sqlite' };
      return undefined;
    });
    b.onLoad({ filter: /^better-sqlite3$/, namespace: 'sqlite' }, () => ({
      contents: `let installed = null;
        try { installed = require('better-sqlite3/package.json').version; } catch {}
        module.exports = installed === ${JSON.stringify(sqliteVersion)} ? require(${JSON.stringify(path.join(sqliteDir, 'lib', 'index.js'))}) : require('better-sqlite3');`,
      loader: 'js',
      resolveDir: sqliteDir,
    }));
    b.onLoad({ filter: /^bindings$/, namespace: 'sqlite' }, () => ({
      contents: "module.exports = require('node:module').createRequire(require.resolve('better-sqlite3/package.json'))('bindings');",
      loader: 'js',
    }));
  },
};

// The bundle runs from V8's code cache (src/start.ts), and code compiled that way cannot
// call import(): each import() of an ES-module-only package goes through esm-import.cjs, which
// Node compiles itself, so that it can.
const ESM_IMPORT = `// import() for the bundle: see scripts/bundle.mjs.
'use strict';
module.exports = (specifier) => import(specifier);
`;
const esmImports = new RegExp(`\\bimport\\((["'])(${ESM_ONLY.join('|')})\\1\\)`, 'g');

function routeImports(code) {
  const routed = code.replace(esmImports, '__coachImport($1$2$1)');
  const left = routed.match(/\bimport\(\s*["'`][^"'`]*/);
  if (left) throw new Error(`bundle: an import() the code cache cannot run: ${left[0]}`);
  return routed;
}

/**
 * The bundle in ASCII: esbuild leaves characters such as "–" in regular expressions and comments,
 * and one of them makes V8 decode the whole 700 KiB source from UTF-8 into a two-byte string at
 * every start. A \uXXXX escape means the same code unit in a string, a template, a regular
 * expression (a pair of them is one code point under /u) and a comment. The loader reads the
 * bundle as Latin-1, a plain copy, which is exact for ASCII (src/start.ts).
 */
function asciiOnly(text) {
  // After a backslash the escape would be read as a backslash and "uXXXX": none is expected.
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error('bundle: a character outside ASCII after a backslash');
  const out = text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (/[^\x00-\x7f]/.test(out)) throw new Error('bundle: a character outside ASCII is left in the bundle');
  return out;
}

const cli = await build({
  entryPoints: ['dist/cli.js'],
  outfile: 'dist/bundle/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'gray-matter', 'ts-fsrs'],
  plugins: [esmOnlyByImport, lazyBuiltins, sharedBuiltins, chalkWithoutDetection, sqliteInBundle],
  define: {
    __PARSER_FINGERPRINT__: JSON.stringify(fingerprint),
    __COACH_BUILD__: JSON.stringify(buildId),
    // `coach --version`, without reading package.json at every start.
    __COACH_VERSION__: JSON.stringify(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version ?? '0.0.0'),
    'import.meta.url': '__coachModuleUrl',
  },
  banner: {
    js: "const __coachModuleUrl = require('node:url').pathToFileURL(__filename).href;\n" +
      "const __coachImport = (specifier) => require('./esm-import.cjs')(specifier);",
  },
  write: false,
  logLevel: 'warning',
});
if (!detectionLeftOut) throw new Error('bundle: chalk no longer imports #supports-color; see chalkWithoutDetection');
const code = asciiOnly(routeImports(cli.outputFiles[0].text));
fs.mkdirSync(path.join(root, 'dist', 'bundle'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist', 'bundle', 'cli.cjs'), code);
fs.writeFileSync(path.join(root, 'dist', 'bundle', 'esm-import.cjs'), ESM_IMPORT);

// `coach status` on a warm state (src/status/fast.ts): its own small bundle, so a prompt that runs
// it loads neither the CLI nor SQLite. Both bundles name the build, which keys the state file.
await build({
  entryPoints: ['dist/status/fast.js'],
  outfile: 'dist/bundle/status.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [lazyBuiltins, sharedBuiltins],
  define: { __COACH_BUILD__: JSON.stringify(buildId) },
  logLevel: 'warning',
});

// The loader names its code cache after the bundle's bytes (src/start.ts).
await build({
  entryPoints: ['dist/start.js'],
  outfile: 'dist/bundle/start.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [lazyBuiltins, sharedBuiltins],
  define: { __BUNDLE_HASH__: JSON.stringify(crypto.createHash('sha256').update(code).digest('hex')) },
  logLevel: 'warning',
});
