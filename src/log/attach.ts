// Which logged completion marks which block of the track as it is now. Block ids are positional, so
// an edit of the markdown would move every tick after it; this rule is the one place "done" is decided.
import type { IsoDate } from '../schedule/dates.js';
import { doneMinutes, type Block, type Plan, type Track } from '../track/model.js';
import type { Completion } from './types.js';

/** What the rule reads of a completion: its snapshot of the block, its old id and when it was logged. */
export type Attachable = Pick<Completion, 'id' | 'blockId' | 'track' | 'week' | 'day' | 'plan' | 'label' | 'category' | 'title' | 'createdAt'>;

export interface Attachment<C extends Attachable = Completion> {
  /** Current block id → the one completion that marks it done. */
  byBlock: ReadonlyMap<string, C>;
  /** Completion id → the current block it marks done. */
  blockOf: ReadonlyMap<string, Block>;
  /** Completions of the track that mark no current block, oldest first. */
  orphaned: C[];
}

/**
 * Case, runs of whitespace, trailing punctuation and the Unicode form (an editor may save "é" as
 * "e" and an accent) do not make a block another block.
 */
export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s.,;:!?…]+$/u, '');
}

/** Whether two snapshots name the same block by category and title, as the rule compares them. */
export function sameBlock(a: Pick<Completion, 'category' | 'title'>, b: Pick<Completion, 'category' | 'title'>): boolean {
  return blockKey(a.category, a.title) === blockKey(b.category, b.title);
}

/** The `n` of a positional id (`go.w11.d1.4h.3` → 3), or 0 when the id has none. */
function position(id: string): number {
  const n = /\.(\d+)$/.exec(id)?.[1];
  return n === undefined ? 0 : Number(n);
}

/**
 * `normalise`, remembered: the same categories and titles come back on every completion and
 * block, and a long log would otherwise normalise each one many times per run.
 */
const normalised = new Map<string, string>();
function norm(text: string): string {
  let n = normalised.get(text);
  if (n === undefined) {
    if (normalised.size >= 10_000) normalised.clear();
    n = normalise(text);
    normalised.set(text, n);
  }
  return n;
}

const groupKey = (week: number, day: number, plan: Plan): string => `${week}/${day}/${plan}`;
const blockKey = (category: string, title: string): string => `${norm(category)}\n${norm(title)}`;

/** The blocks of each plan section of each day of `weeks`, by `groupKey`. */
function sections(track: Track, weeks: ReadonlySet<number>): Map<string, Block[]> {
  const map = new Map<string, Block[]>();
  for (const w of track.weeks) {
    // Only weeks something was logged against: a long track has hundreds of others.
    if (!weeks.has(w.number)) continue;
    for (const d of w.days) {
      map.set(groupKey(w.number, d.number, '4h'), d.blocks4h);
      map.set(groupKey(w.number, d.number, '6h'), d.additions6h);
    }
  }
  return map;
}

/**
 * Pair completions with blocks of one section, one to one: a block still under the label it was
 * logged with first (a block inserted before it moves it but leaves its label), then the pair
 * whose positions are nearest (an unmoved block is at distance 0), then the earlier block, then
 * the older completion.
 */
function pairNearest<C extends Attachable>(completions: readonly C[], blocks: readonly Block[], pair: (c: C, b: Block) => void): void {
  // One of each, as a block done once mostly is: the only pair, without building and sorting pairs.
  const onlyC = completions[0];
  const onlyB = blocks[0];
  if (completions.length === 1 && blocks.length === 1 && onlyC && onlyB) return pair(onlyC, onlyB);
  const pairs = completions.flatMap((c, ci) =>
    blocks.map((b, bi) => ({ c, b, ci, bi, moved: norm(c.label) === norm(b.label) ? 0 : 1, d: Math.abs(position(c.blockId) - position(b.id)) })),
  );
  pairs.sort((x, y) => x.moved - y.moved || x.d - y.d || x.bi - y.bi || x.ci - y.ci);
  const usedC = new Set<number>();
  const usedB = new Set<number>();
  for (const p of pairs) {
    if (usedC.has(p.ci) || usedB.has(p.bi)) continue;
    usedC.add(p.ci);
    usedB.add(p.bi);
    pair(p.c, p.b);
  }
}

/**
 * The matching rule. A completion can only mark a block of the same track, week, day and plan
 * section (4h blocks or 6h additions) it was logged against; a block moved elsewhere is gone.
 * Within that section:
 *  1. same category and title (`normalise`d) — whatever the block's position, label, details
 *     or minutes now; among identical candidates the nearest old position wins;
 *  2. else, a reworded title: the section has exactly one block of the completion's category,
 *     still at the position and under the label it was logged with, no other completion of
 *     that section has that category, and the block is still free.
 * Anything else is orphaned: it is never given to another block. A block takes at most one
 * completion; completions of other tracks are left out.
 */
export function attach<C extends Attachable>(track: Track, completions: readonly C[]): Attachment<C> {
  // The same list of the same track matches the same way: views of one command share the answer.
  const known = attached.get(completions)?.get(track);
  if (known) return known as Attachment<C>;
  const result = attachNow(track, completions);
  const byTrack = attached.get(completions) ?? new WeakMap<Track, Attachment<Attachable>>();
  byTrack.set(track, result);
  attached.set(completions, byTrack);
  return result;
}

/** Answers of `attach`, by list and track; neither is ever changed once read or parsed. */
const attached = new WeakMap<readonly Attachable[], WeakMap<Track, Attachment<Attachable>>>();

function attachNow<C extends Attachable>(track: Track, completions: readonly C[]): Attachment<C> {
  const byBlock = new Map<string, C>();
  const blockOf = new Map<string, Block>();
  const take = (c: C, b: Block): void => {
    byBlock.set(b.id, c);
    blockOf.set(c.id, b);
  };
  const groups = new Map<string, C[]>();
  for (const c of completions) {
    if (c.track !== track.id) continue;
    const key = groupKey(c.week, c.day, c.plan);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const all = sections(track, new Set([...groups.values()].map((g) => (g[0] as C).week)));
  for (const [key, logged] of groups) {
    const blocks = all.get(key) ?? [];
    const loggedKeys = logged.map((c) => blockKey(c.category, c.title));
    const blockKeys = blocks.map((b) => blockKey(b.category, b.title));
    for (const k of new Set(loggedKeys)) {
      pairNearest(logged.filter((_, i) => loggedKeys[i] === k), blocks.filter((_, i) => blockKeys[i] === k), take);
    }
    const loggedCategories = logged.map((c) => norm(c.category));
    const blockCategories = blocks.map((b) => norm(b.category));
    logged.forEach((c, i) => {
      if (blockOf.has(c.id)) return;
      const category = loggedCategories[i];
      const same = blocks.filter((_, j) => blockCategories[j] === category);
      const only = same.length === 1 ? same[0] : undefined;
      const rivals = loggedCategories.filter((o) => o === category).length;
      // Still in its place under its label: a block of that category that moved or was renamed
      // may be a sibling left after the logged one was deleted, and must not take its tick.
      const inPlace = only !== undefined && only.id === c.blockId && norm(only.label) === norm(c.label);
      if (only && inPlace && rivals === 1 && !byBlock.has(only.id)) take(c, only);
    });
  }
  const orphaned = completions.filter((c) => c.track === track.id && !blockOf.has(c.id));
  return { byBlock, blockOf, orphaned };
}

/** Ids of the blocks some completion marks done: what the scheduler calls done. */
export function doneIds(a: Attachment<Attachable>): Set<string> {
  return new Set(a.byBlock.keys());
}

/**
 * Minutes a completion stands for: what the learner logged, else the low end of the block as it
 * was planned when marked done (its snapshot), so a later edit of the minutes in the track does not
 * rewrite the past; the current block's only when the snapshot has none.
 */
export function completionMinutes(c: Pick<Completion, 'minutes' | 'planned'>, block?: Block): number {
  return doneMinutes(c.minutes, c.planned ?? block?.minutes);
}

/**
 * Orphaned completions logged against a week (or one day of it) in a section the learner's plan
 * includes: a 4h plan leaves 6h additions out, as it does the blocks themselves.
 */
export function orphanedOn<C extends Attachable>(a: Attachment<C>, plan: Plan, week: number, day?: number): C[] {
  return a.orphaned.filter((c) => c.week === week && (day === undefined || c.day === day) && (plan === '6h' || c.plan === '4h'));
}

/** An orphaned completion as `coach today` and `coach review` list it (and print it under `--json`). */
export interface OrphanedBlock {
  id: string;
  date: IsoDate;
  label: string;
  category: string;
  title: string;
  /** The minutes it still counts for (`completionMinutes`). */
  minutes: number;
}

export function orphanedBlock(c: Completion): OrphanedBlock {
  return { id: c.id, date: c.date, label: c.label, category: c.category, title: c.title, minutes: completionMinutes(c) };
}
