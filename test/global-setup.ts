// Process tests run the built binary (bin/coach.cjs → dist/bundle): build first whenever a source
// file is newer than the bundle, so `npx vitest` after an edit never tests yesterday's build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const bundle = path.join(ROOT, 'dist', 'bundle', 'cli.cjs');
  const built = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
  const inputs = Math.max(newest(path.join(ROOT, 'src')), ...['package.json', 'scripts/bundle.mjs'].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs));
  if (inputs > built) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
