// Targets a track states in words: a week's "Maintain 2–3 problems/day", a day's blocks'
// "2–3 sliding window problems" or "Extra 1–2 DSA problems (45 min)".
import { lazyPattern } from '../text/clusters.js';
import { detailsBelowTitle } from './details.js';
import { findDurations } from './duration.js';
import type { Block, Goal, ProblemCount } from './model.js';

// "a day" in its usual spellings: `/day`, `per day`, `a day`, `each day`, `every day`, `daily`.
const PER_DAY = String.raw`(?:(?:\/|per|a|each|every)\s*day\b|daily\b)`;
// A number that names a week, a day or a part (`Week 3 problems`, `Day 2 problems`) counts nothing;
// nor does the end of a range glued to it (`3-4` of `Week 3-4`).
// Tried at digits only, and over a few spaces back, so that a long line costs no more than it did.
const NOT_NAMED = String.raw`(?=\d)(?<![\w.\-–—])(?<!\b(?:weeks?|days?|parts?|phases?|rounds?|sets?|steps?|stages?|sessions?|blocks?|modules?|chapters?|lessons?|levels?|units?)\s{0,3}#?\s{0,3})`;

// Made on first use (see `lazyPattern`): only a parse reads a week's goals.
const DAILY = lazyPattern(String.raw`${NOT_NAMED}(\d+)(?:\s*(?:[-–—]|to)\s*(\d+))?\+?\s*(?:\w+\s+){0,2}problems?\s*${PER_DAY}`, 'giu');

/**
 * Each match of the global `re` in `text` whose number is no duration (`Take 30 min to solve 2
 * problems` counts 2, not 30): a match that starts inside a duration is tried again after it.
 */
function* countsIn(re: RegExp, text: string): Generator<RegExpExecArray> {
  const durations = findDurations(text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const duration = durations.find((d) => at >= d.index && at < d.index + d.length);
    if (duration) re.lastIndex = duration.index + duration.length;
    else yield m;
  }
}

/** The daily DSA problem target a week's goals state, or null when they state none. */
export function parseDailyTarget(goals: readonly Goal[]): ProblemCount | null {
  for (const g of goals) {
    for (const m of countsIn(DAILY(), g.text)) {
      const a = Number(m[1]);
      const b = m[2] === undefined ? a : Number(m[2]);
      if (a > 0 && b > 0 && b < 100) return { min: Math.min(a, b), max: Math.max(a, b) };
    }
    const nested = parseDailyTarget(g.children);
    if (nested) return nested;
  }
  return null;
}

/**
 * A count of problems: "2 problems", "1–2 DSA problems", "+1–2 medium array/string problems",
 * "2–3 sliding window / two-pointer problems", with up to four words between. Not "N+1 query
 * problems" (a number glued to a word), nor a per-day goal ("2–3 problems/day": the week's).
 */
const COUNT = lazyPattern(
  String.raw`${NOT_NAMED}(?<!\w\+)(\d{1,2})(?:\s*(?:[-–—]|to)\s*(\d{1,2}))?\s+(?:[\w/&'’-]+\s+){0,4}?problems?\b(?!\s*${PER_DAY})`,
  'giu',
);

/** The problems a text names, added up ("2 easy problems and 3 medium problems" is 5); null when it names none. */
export function parseProblemCount(text: string): ProblemCount | null {
  let total: ProblemCount | null = null;
  for (const m of countsIn(COUNT(), text)) {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a === 0 && b === 0) continue;
    total = add(total, { min: Math.min(a, b), max: Math.max(a, b) });
  }
  return total;
}

/** Two counts added up; null stands for "names none". */
export function add(a: ProblemCount | null, b: ProblemCount | null): ProblemCount | null {
  if (!a) return b;
  if (!b) return a;
  return { min: a.min + b.min, max: a.max + b.max };
}

/**
 * The problems a block names: in its title (else its label, when the title does not repeat it)
 * and in the details below the title. A line the title was taken from is read once.
 */
export function blockProblems(b: Pick<Block, 'label' | 'title' | 'details'>): ProblemCount | null {
  const head = parseProblemCount(b.title) ?? parseProblemCount(b.label);
  return detailsBelowTitle(b).reduce((sum, line) => add(sum, parseProblemCount(line)), head);
}

type Blocks = readonly Pick<Block, 'label' | 'title' | 'details'>[];

/**
 * Each list's count, read once: a track's models are never changed, and a view over a long span
 * (`dsa stats` of a year) asks for the same plan day's blocks again and again.
 */
const counted = new WeakMap<Blocks, ProblemCount | null>();

/** The problems a list of blocks names, added up; null when none names any. */
export function blocksProblems(blocks: Blocks): ProblemCount | null {
  if (counted.has(blocks)) return counted.get(blocks) ?? null;
  const sum = blocks.reduce<ProblemCount | null>((total, b) => add(total, blockProblems(b)), null);
  counted.set(blocks, sum);
  return sum;
}
