// Overdue work, bounded: which unfinished blocks of earlier days `coach today` shows first, and the
// numbers that continue today's so `coach done 7` and `coach drop 7` name one. Pure.
import type { Block, Minutes, Plan } from '../track/model.js';
import type { Overdue } from './scheduler.js';

/** How many overdue blocks `coach today` lists; `--all` lists every one. */
export const OVERDUE_SHOWN = 4;

/** An overdue block as today lists it, with its ref and the plan day it belongs to. */
export interface OverdueBlock {
  ref: number;
  id: string;
  week: number;
  day: number;
  label: string;
  category: string;
  title: string;
  minutes: Minutes | null;
  plan: Plan;
}

export interface OverdueSummary {
  count: number;
  /** Plan days with overdue blocks. */
  days: number;
  /** The planned minutes of them all (a block without minutes counts 0). */
  minutes: Minutes;
  /** The first `OVERDUE_SHOWN` of `all`. */
  shown: OverdueBlock[];
  /** Every overdue block, in the order of the rule (see `overdueOrder`), numbered from `firstRef`. */
  all: OverdueBlock[];
}

/** The daily habits a learner most needs kept up: these come first while their week is current. */
const HABITS = new Set(['dsa', 'review']);

/**
 * The rule for which overdue blocks come first, in three tiers:
 *  1. DSA and Review blocks of the current week;
 *  2. the other blocks of the 4-hour plan;
 *  3. the 6-hour additions.
 * Within a tier the most recent plan day first, and a day's blocks in their plan order. The
 * current week is today's plan week, or the latest overdue day's when today is no plan day.
 */
export function overdueOrder(overdue: readonly Overdue[], currentWeek: number | null): { block: Block; week: number; day: number }[] {
  const latest = overdue[overdue.length - 1];
  const week = currentWeek ?? latest?.day.week ?? null;
  const tier = (b: Block, w: number): number => {
    if (b.plan === '6h') return 2;
    return w === week && HABITS.has(b.category.trim().toLowerCase()) ? 0 : 1;
  };
  // Each block's tier worked out once: months behind on a long track, the sort compares thousands.
  const rows = overdue.flatMap((o) => o.blocks.map((block, position) => ({ block, week: o.day.week, day: o.day.day, index: o.day.index, position, tier: tier(block, o.day.week) })));
  rows.sort((a, b) => a.tier - b.tier || b.index - a.index || a.position - b.position);
  return rows.map(({ block, week: w, day }) => ({ block, week: w, day }));
}

/**
 * The overdue summary, its refs starting at `firstRef` (one past today's last block). `all` is
 * made when first read: months behind on a long track, the text view shows only `shown`.
 */
export function overdueSummary(overdue: readonly Overdue[], currentWeek: number | null, firstRef: number, shown = OVERDUE_SHOWN): OverdueSummary {
  const order = overdueOrder(overdue, currentWeek);
  const row = ({ block: b, week, day }: (typeof order)[number], i: number): OverdueBlock => ({
    ref: firstRef + i, id: b.id, week, day, label: b.label, category: b.category, title: b.title, minutes: b.minutes, plan: b.plan,
  });
  const minutes = { min: 0, max: 0 };
  for (const { block } of order) {
    minutes.min += block.minutes?.min ?? 0;
    minutes.max += block.minutes?.max ?? 0;
  }
  let all: OverdueBlock[] | undefined;
  return {
    count: order.length, days: overdue.length, minutes, shown: order.slice(0, shown).map(row),
    get all() {
      return (all ??= order.map(row));
    },
  };
}
