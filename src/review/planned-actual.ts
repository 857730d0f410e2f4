// Planned against actual minutes of the blocks done, per category and overall: "DSA blocks take
// you 1.4× the plan". Pure. One rule for every view (review, progress, forecast):
// - actual: a completion's `minutes` (typed with `coach done --minutes` or written by `coach stop`);
// - planned: the middle of the block's planned range as it was when marked (`expected`);
// - a block done without minutes, or without a planned range, is left out and counted apart;
// - the ratio is the actual minutes over the planned ones of the blocks counted (a long block
//   weighs more than a short one), to two decimals.
import type { Completion } from '../log/types.js';
import { expected, type OwnRatio } from '../schedule/forecast.js';
import { compareNames } from './names.js';

/** Timed blocks the forecast needs before it counts the work left at the learner's own ratio. */
export const MIN_TIMED_BLOCKS = 5;

export interface PlannedActual {
  /** The category as first written in the log; null for the overall figures. */
  category: string | null;
  /** Blocks counted: done, with actual minutes and a planned range. */
  timed: number;
  /** Planned minutes of those blocks (the middle of each range), and their actual minutes. */
  planned: number;
  actual: number;
  /** `actual / planned`, two decimals; null when nothing is counted. */
  ratio: number | null;
  /** Blocks done without minutes: left out. */
  untimed: number;
  /** Blocks done with minutes but no planned range in the track: left out. */
  unplanned: number;
}

export interface PlannedVsActual {
  overall: PlannedActual;
  /** Every category with a block done, the most timed first, then by name. */
  categories: PlannedActual[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function empty(category: string | null): PlannedActual {
  return { category, timed: 0, planned: 0, actual: 0, ratio: null, untimed: 0, unplanned: 0 };
}

function add(row: PlannedActual, c: Pick<Completion, 'planned' | 'minutes'>): void {
  if (c.minutes === null) row.untimed++;
  else if (!c.planned || expected(c.planned) === 0) row.unplanned++;
  else {
    row.timed++;
    row.planned += expected(c.planned);
    row.actual += c.minutes;
  }
}

const finish = (row: PlannedActual): PlannedActual => ({ ...row, planned: round2(row.planned), ratio: row.planned > 0 ? round2(row.actual / row.planned) : null });

type Done = Pick<Completion, 'category' | 'planned' | 'minutes'>;

/** The figures of `completions`; categories are told apart case and surrounding spaces aside. */
export function plannedVsActual(completions: readonly Done[]): PlannedVsActual {
  const byCategory = new Map<string, PlannedActual>();
  for (const c of completions) {
    const key = c.category.trim().toLowerCase();
    let row = byCategory.get(key);
    if (!row) byCategory.set(key, (row = empty(c.category.trim())));
    add(row, c);
  }
  const categories = [...byCategory.values()]
    .map(finish)
    .sort((a, b) => b.timed - a.timed || compareNames(a.category ?? '', b.category ?? ''));
  return { overall: overallOf(completions), categories };
}

/** The overall figures alone, for what needs no category. */
function overallOf(completions: readonly Done[]): PlannedActual {
  const overall = empty(null);
  for (const c of completions) add(overall, c);
  return finish(overall);
}

/** The ratio the forecast counts the work left by: the overall one, once `MIN_TIMED_BLOCKS` are timed. */
export function ownRatio(pva: Pick<PlannedVsActual, 'overall'>): OwnRatio {
  const { ratio, timed } = pva.overall;
  return { ratio: timed >= MIN_TIMED_BLOCKS && ratio !== null && ratio > 0 ? ratio : null, timed, minimum: MIN_TIMED_BLOCKS };
}

/** `ownRatio` of `completions`, without sorting their categories. */
export function ownRatioOf(completions: readonly Done[]): OwnRatio {
  return ownRatio({ overall: overallOf(completions) });
}
