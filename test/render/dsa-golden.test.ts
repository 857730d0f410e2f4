// Golden text of `coach dsa list`, `coach dsa stats`, `dsa add` of a title solved before and `dsa rm`, colours stripped. The expected files
// live in test/render/golden/; `UPDATE=1 npx vitest run test/render` rewrites them: review the diff.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeStyle, stripColor } from '../../src/render/color.js';
import { renderAdded, renderDsaList, renderDsaStats, renderRemovedProblem } from '../../src/render/dsa.js';
import type { DsaStats } from '../../src/review/dsa-stats.js';
import { problem } from '../review/fixtures.js';
import { isoDate } from '../helpers/dates.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE === '1';
// With colour on, so the stripped text shows that colour codes never shift the columns.
const style = makeStyle(1);

const PROBLEMS = [
  problem('2026-11-23', 'easy', ['arrays', 'hashing'], { title: 'Two Sum' }),
  problem('2026-11-23', 'medium', [], { title: 'LRU Cache' }),
  problem('2026-11-24', null, ['graphs']),
  problem('2026-11-25', 'hard', ['dp'], { title: 'Edit Distance' }),
];

const STATS: DsaStats = {
  total: 4, byDifficulty: { easy: 1, medium: 1, hard: 1, unknown: 1 }, byTopic: { arrays: 1, dp: 1, graphs: 1, hashing: 1 },
  since: isoDate('2026-11-23'), to: isoDate('2026-11-25'), week: null, days: 3, perDay: 1.33, target: { min: 2, max: 3 }, later: 0, restDays: 0,
};

const cases: Record<string, () => string> = {
  'dsa-list': () => renderDsaList(style, PROBLEMS, { from: null, end: null }),
  'dsa-list-empty-week': () => renderDsaList(style, [], { from: isoDate('2026-11-23'), end: isoDate('2026-11-29') }),
  'dsa-list-empty': () => renderDsaList(style, [], { from: null, end: null }),
  'dsa-stats': () => renderDsaStats(style, STATS, 'plan'),
  'dsa-stats-week': () => renderDsaStats(style, {
    ...STATS, total: 2, byDifficulty: { easy: 2, medium: 0, hard: 0, unknown: 0 }, byTopic: {},
    since: isoDate('2026-11-16'), to: isoDate('2026-11-22'), week: 1, days: 7, perDay: 0.29, target: { min: 1, max: 1 },
  }, 'week'),
  'dsa-stats-rest-days': () => renderDsaStats(style, { ...STATS, days: 5, restDays: 2, perDay: 0.8 }, 'plan'),
  'dsa-stats-mixed-target-later': () => renderDsaStats(style, { ...STATS, target: { min: 1.6, max: 1.9 }, later: 2 }, 'since'),
  'dsa-stats-not-started': () => renderDsaStats(style, { ...STATS, total: 0, byDifficulty: { easy: 0, medium: 0, hard: 0, unknown: 0 }, byTopic: {}, since: isoDate('2026-12-01'), days: 0, perDay: 0, later: 1 }, 'plan'),
  'dsa-added-solved-before': () => renderAdded(style, [PROBLEMS[0]!], ['2026-11-18', '2026-11-20']),
  'dsa-removed': () => renderRemovedProblem(style, PROBLEMS[0]!),
  'dsa-stats-week-ahead': () => renderDsaStats(style, { ...STATS, total: 0, byTopic: {}, since: isoDate('2026-11-30'), week: 2, days: 0, perDay: 0, target: { min: 3, max: 4 } }, 'week'),
};

describe('dsa golden text', () => {
  for (const [name, render] of Object.entries(cases)) {
    it(name, () => {
      const actual = stripColor(render());
      const file = path.join(GOLDEN, `${name}.txt`);
      if (update || !fs.existsSync(file)) {
        fs.writeFileSync(file, actual);
        if (!update) throw new Error(`${name}: wrote missing ${name}.txt; review it and run again`);
        return;
      }
      expect(actual).toBe(fs.readFileSync(file, 'utf8'));
    });
  }
});
