// Golden text for views: `test/render/golden/<name>.txt`, compared without colours or machine paths.
// `UPDATE=1 npx vitest run test/render` rewrites them on purpose; a missing file is written and
// its test fails, so every new expectation is read by a person before it counts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { stripColor } from '../../src/render/color.js';
import { ROOT } from '../helpers/cli.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE === '1';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Temp folders made by test/helpers/temp-dir.ts, under the tmp folder as given and as resolved.
const TEMP = new RegExp(
  `(?:${[...new Set([os.tmpdir(), fs.realpathSync(os.tmpdir())])].map(escape).join('|')})[\\\\/]coach-test-[A-Za-z0-9]+`,
  'g',
);

/** The text without colour codes, with `<tmp>` for test temp folders and `<root>` for the checkout. */
export function plainText(text: string): string {
  return stripColor(text).replace(TEMP, '<tmp>').replaceAll(ROOT, '<root>');
}

/**
 * Compares `text`, made plain, with `golden/<name>.txt`; `name` is `<view>/<case>`, such as
 * `today/day-3-behind`.
 */
export function expectGolden(name: string, text: string): void {
  if (!/^[a-z0-9-]+(?:\/[a-z0-9-]+)+$/.test(name)) throw new Error(`golden name "${name}" is not <view>/<case> in lowercase and dashes`);
  const file = path.join(GOLDEN, `${name}.txt`);
  const actual = plainText(text);
  if (update || !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    if (!update) throw new Error(`${name}: wrote the missing ${path.relative(ROOT, file)}; review it and run again`);
    return;
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}
