// Bundles the compiled CLI (dist/) into one CommonJS file, dist/bundle/cli.cjs, started by
// bin/coach.cjs. CommonJS because Node loads it without starting its ES module loader, whose
// per-module resolving and linking cost `coach today` more than everything else it does; the
// commands inside stay lazy (each is evaluated only when run). The heavy packages stay outside
// and load from node_modules only when used: SQLite, gray-matter and ts-fsrs with require, and the
// ES-module-only remark, remark-gfm and @inquirer/prompts with import() (see src/track/markdown.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parserFingerprint } from '../dist/track/fingerprint.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The parse cache's key (src/track/load.ts): computed once here from the compiled parser.
const fingerprint = parserFingerprint([path.join(root, 'dist', 'track'), path.join(root, 'dist', 'text')], root);

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
// and streams with it); the store's node:crypto makes ids only when something is written.
const LAZY_BUILTINS = ['child_process', 'crypto'];
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

await build({
  entryPoints: ['dist/cli.js'],
  outfile: 'dist/bundle/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'gray-matter', 'ts-fsrs'],
  plugins: [esmOnlyByImport, lazyBuiltins],
  define: { __PARSER_FINGERPRINT__: JSON.stringify(fingerprint), 'import.meta.url': '__coachModuleUrl' },
  banner: { js: "const __coachModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
