// Bundles the compiled CLI (dist/) into dist/bundle/: one file for the start-up path plus lazily
// loaded chunks per command, so `coach today` does not pay for resolving dozens of modules.
// Parsers, prompts and SQLite stay external: they load from node_modules only when used.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli.js'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'remark', 'remark-gfm', 'gray-matter', '@inquirer/prompts'],
  // commander is CommonJS and requires Node built-ins; give the bundle a real `require`.
  banner: { js: "import { createRequire as __coachRequire } from 'node:module'; const require = __coachRequire(import.meta.url);" },
  logLevel: 'warning',
});
