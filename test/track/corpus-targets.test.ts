// The daily DSA target rule on real days nobody in this project wrote (../shared/corpus): what a
// day's blocks name, and what the 6-hour additions add. Skips like corpus.test.ts when absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/track/assemble.js';
import { dailyDsaTarget, type DsaTargetSource } from '../../src/schedule/targets.js';
import { findDay, type Plan } from '../../src/track/model.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const WEEKS = path.resolve(REPO, '../shared/corpus/weeks');
const present = fs.existsSync(WEEKS) || process.env.COACH_CORPUS === '1';

function target(file: string, day: number, plan: Plan) {
  const week = parseFile(path.join(WEEKS, file)).week;
  const d = week && findDay(week, day);
  if (!week || !d) throw new Error(`${file} has no day ${day}`);
  return dailyDsaTarget({ dayRef: d, weekRef: week }, plan, null);
}

type Row = [file: string, day: number, plan: Plan, target: { min: number; max: number }, source: DsaTargetSource, what: string];

describe.skipIf(!present)('the DSA target of real days', () => {
  it.each<Row>([
    // file, day, plan, target, source, what the day says
    ['week-03/go.md', 5, '4h', { min: 2, max: 2 }, 'day', '"2 problems"'],
    ['week-03/go.md', 2, '4h', { min: 2, max: 3 }, 'day', '"2–3 sliding window problems"'],
    ['week-08/node.md', 3, '4h', { min: 2, max: 3 }, 'day', '"2–3 sliding window problems"'],
    ['week-02/go.md', 2, '4h', { min: 1, max: 2 }, 'day', '"Start 1–2 two-pointer problems"'],
    ['week-03/go.md', 7, '4h', { min: 1, max: 1 }, 'day', 'a mock round\'s "1 medium sliding window problem"'],
    ['week-01/go.md', 7, '4h', { min: 2, max: 3 }, 'day', '"2–3 problems"; the 6h addition is not on the 4h plan'],
    ['week-01/go.md', 7, '6h', { min: 3, max: 5 }, 'day', 'plus "Extra 1–2 DSA problems (45 min)"'],
    ['week-01/node.md', 2, '6h', { min: 3, max: 4 }, 'day', 'plus "1 additional medium problem"'],
    ['week-01/go.md', 1, '6h', { min: 3, max: 5 }, 'day', 'plus "+1–2 medium array/string problems"'],
    ['week-02/go.md', 6, '4h', { min: 2, max: 3 }, 'default', 'a project day that names no problems'],
    ['week-02/go.md', 6, '6h', { min: 3, max: 5 }, 'default', 'the default plus "1–2 DSA problems (30–45 min)"'],
    ['week-05/node.md', 5, '4h', { min: 2, max: 3 }, 'week', 'no problems named: the week\'s "2–3 problems/day"'],
  ])('%s day %i, %s plan: %o (%s: %s)', (file, day, plan, expected, source) => {
    expect(target(file, day, plan)).toEqual({ target: expected, source });
  });

});
