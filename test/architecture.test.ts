// The shape of the code: no import cycles in src/ (type-only and lazy imports included: a cycle
// of types is still two modules that cannot be understood apart). The layer rules are ESLint's
// (eslint.config.js).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

type Graph = ReadonlyMap<string, readonly string[]>;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Relative imports of every .ts file under `dir`, as paths relative to `dir`. */
function importGraph(dir: string): Graph {
  const graph = new Map<string, string[]>();
  const walk = (sub: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (rel.endsWith('.ts')) {
        const text = fs.readFileSync(path.join(dir, rel), 'utf8');
        const targets = [...text.matchAll(IMPORT)].map((m) => path.posix.join(path.posix.dirname(rel), (m[1] ?? m[2]) as string).replace(/\.js$/, '.ts'));
        graph.set(rel, targets);
      }
    }
  };
  walk('');
  return graph;
}

/** Every cycle found by a depth-first walk, each as the modules in order, the first repeated last. */
function cycles(graph: Graph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('import graph', () => {
  it('finds cycles, type-only and lazy ones included', () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'store'));
    fs.writeFileSync(path.join(root, 'settings.ts'), "import type { Store } from './store/store.js';\n");
    fs.writeFileSync(path.join(root, 'store', 'store.ts'), "export { x } from './export.js';\n");
    fs.writeFileSync(path.join(root, 'store', 'export.ts'), "const s = await import('../settings.js');\n");
    fs.writeFileSync(path.join(root, 'leaf.ts'), "import fs from 'node:fs';\n");
    expect(cycles(importGraph(root))).toEqual([['settings.ts', 'store/store.ts', 'store/export.ts', 'settings.ts']]);
  });

  it('has no cycles in src/', () => {
    expect(cycles(importGraph(path.join(ROOT, 'src'))).map((c) => c.join(' → '))).toEqual([]);
  });
});
