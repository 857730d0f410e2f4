// Module resolution hooks for trace-imports.mjs: record bare specifiers (packages), then resolve as usual.
import fs from 'node:fs';

let file;
export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, next) {
  if (file && !specifier.startsWith('.') && !specifier.startsWith('node:') && !specifier.startsWith('file:') && !specifier.startsWith('/')) {
    fs.appendFileSync(file, specifier + '\n');
  }
  return next(specifier, context);
}
