// Bundles the compiled CLI (dist/) into dist/bundle/: one file for the start-up path plus lazily
// loaded chunks per command, so `coach today` does not pay for resolving dozens of modules.
// Parsers, prompts and SQLite stay external: they load from node_modules only when used.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parserFingerprint } from '../dist/track/fingerprint.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The parse cache's key (src/track/load.ts): computed once here from the compiled parser.
const fingerprint = parserFingerprint([path.join(root, 'dist', 'track'), path.join(root, 'dist', 'text')], root);

await build({
  entryPoints: ['dist/cli.js'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'remark', 'remark-gfm', 'gray-matter', '@inquirer/prompts'],
  define: { __PARSER_FINGERPRINT__: JSON.stringify(fingerprint) },
  // commander is CommonJS and requires Node built-ins; give the bundle a real `require`.
  banner: { js: "import { createRequire as __coachRequire } from 'node:module'; const require = __coachRequire(import.meta.url);" },
  logLevel: 'warning',
});
