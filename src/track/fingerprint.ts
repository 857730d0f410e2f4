// What the parse cache is keyed on besides the files: the parser itself. Any change to the code
// that turns markdown into the model (src/track and src/text), to coach's version, or to the
// markdown libraries it uses gives a new fingerprint, so no release can serve a stale parse.
import fs from 'node:fs';
import path from 'node:path';

/** FNV-1a, 32 bits, as hex: enough to tell one build of the parser from another. */
export function fnv1a(text: string, seed = 0x811c9dc5): string {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The libraries whose output the parser passes on. */
export const PARSER_LIBRARIES = ['remark', 'remark-gfm', 'gray-matter'] as const;

function version(packageJson: string): string {
  try {
    return (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/**
 * The parser's fingerprint from its code folders (`track/` and `text/` of the source or the
 * compiled tree) and the package root: every file's name and text, coach's version and the
 * versions of the markdown libraries.
 */
export function parserFingerprint(codeDirs: readonly string[], packageRoot: string): string {
  const parts: string[] = [`coach ${version(path.join(packageRoot, 'package.json'))}`];
  for (const lib of PARSER_LIBRARIES) parts.push(`${lib} ${version(path.join(packageRoot, 'node_modules', lib, 'package.json'))}`);
  for (const dir of codeDirs) {
    const files = fs.readdirSync(dir).filter((f) => /\.(ts|js)$/.test(f)).sort();
    for (const f of files) parts.push(`${path.basename(dir)}/${f}\n${fs.readFileSync(path.join(dir, f), 'utf8')}`);
  }
  const text = parts.join('\0');
  // Two seeds make 64 bits, so an accidental collision is out of the question.
  return `${fnv1a(text)}${fnv1a(text, 0x01000193)}`;
}
