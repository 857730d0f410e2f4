// The typed model of a curriculum: every other part of coach reads tracks through these types.
// Values are plain JSON so a parsed track can be cached and reloaded without the parser.
import type { PracticeArea } from '../practice/areas.js';

/** Which daily plan the learner follows. */
export type Plan = '4h' | '6h';
export const PLANS: readonly Plan[] = ['4h', '6h'];

/** A span of whole numbers, both ends included; `min === max` for a single value. */
export interface Range {
  min: number;
  max: number;
}

/** A planned duration in minutes: `60 min` is 60–60, `45–60 min` is 45–60. */
export type Minutes = Range;

/** A number of problems to solve, e.g. a daily target of 2–3. */
export type ProblemCount = Range;

/** One timed unit of work: a 4-hour block or a 6-hour addition. */
export interface Block {
  /** Stable id: `<track>.w<week>.d<day>.<plan>.<n>`, e.g. `go.w11.d3.4h.2`. */
  id: string;
  /** Display label: `Block 2` for 4-hour blocks, the bold name for additions. */
  label: string;
  /** Kind of work, e.g. `HLD`, `DSA`, `Review`. */
  category: string;
  /** Plain-text one-line description. */
  title: string;
  /** Planned minutes, or null when the track gives no duration. */
  minutes: Minutes | null;
  /** The plan the block belongs to: 4h blocks are also part of the 6h plan. */
  plan: Plan;
  /** Nested list items under the block, plain text, indented two spaces per level. */
  details: string[];
  /** 1-based line of the block in its source file. */
  line: number;
}

export interface Day {
  number: number;
  /** Plain-text title after `Day N –`. */
  title: string;
  /** Focus from the weekly overview table, or '' when the table has no row for this day. */
  focus: string;
  blocks4h: Block[];
  additions6h: Block[];
  /** Plan text that is not a block, e.g. a 6-hour suggestion without a bold name. */
  notes: string[];
  line: number;
}

/** A nested list item of the weekly goals. */
export interface Goal {
  text: string;
  children: Goal[];
}

export interface Reference {
  title: string;
  href: string;
}

export interface Week {
  number: number;
  /** Title from front matter (`title`), e.g. `Go Track`. */
  title: string;
  goals: Goal[];
  references: Reference[];
  /** Day number → focus, as in the weekly overview table. */
  overview: Record<number, string>;
  days: Day[];
  /** Daily DSA problem target the goals state (`2–3 problems/day`), or null. */
  dailyDsa: ProblemCount | null;
  /** Practice targets over the whole track its front matter declares (`targets:`), when it does. */
  targets?: Partial<Record<PracticeArea, Range>>;
  /** Source file, as given to the parser. */
  file: string;
}

/** Week numbers beyond this are typos, not curricula. */
export const MAX_WEEK = 520;

export interface Track {
  id: string;
  title: string;
  /** Sorted by week number. */
  weeks: Week[];
}

export type Severity = 'error' | 'warning' | 'info';

/** What a diagnostic is about: stable names that `coach validate --json` prints and scripts match. */
export const DIAGNOSTIC_CODES = [
  // the file itself
  'unreadable', 'encoding', 'empty', 'line-too-long', 'over-limit', 'front-matter', 'not-a-track', 'no-files',
  // days and plans
  'no-days', 'bad-day', 'unread-day', 'duplicate-day', 'missing-4h', 'empty-4h', 'no-duration', 'unread-duration', 'unknown-section', 'restated-4h',
  // the weekly overview table
  'no-overview', 'overview-no-table', 'overview-day-missing', 'day-not-in-overview',
  // the folder as a whole
  'duplicate-week',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** A problem found in a track file, printed as `file:line:column severity message`. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
}

/** A day's blocks for a plan: 4h = the 4-hour blocks; 6h = those followed by the additions. */
export function blocksFor(day: Day, plan: Plan): Block[] {
  return plan === '4h' ? day.blocks4h : [...day.blocks4h, ...day.additions6h];
}

/**
 * Minutes a done block stands for: what the learner logged, else the low end of the plan
 * (0 when the track gives no duration). `coach today`, the review and the heatmap all count this way.
 */
export function doneMinutes(logged: number | null | undefined, planned: Minutes | null | undefined): number {
  return logged ?? planned?.min ?? 0;
}

/** Sum of planned minutes; blocks with unknown minutes count as zero. */
export function plannedMinutes(blocks: readonly Block[]): Minutes {
  let min = 0;
  let max = 0;
  for (const b of blocks) {
    if (b.minutes) {
      min += b.minutes.min;
      max += b.minutes.max;
    }
  }
  return { min, max };
}

export function findDay(week: Week, day: number): Day | undefined {
  return week.days.find((d) => d.number === day);
}
