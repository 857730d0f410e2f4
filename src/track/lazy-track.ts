// A track built from the parse cache's index: every week's days from its summary at once, its
// blocks (ids, categories, minutes) from its outline when first asked for, their labels and titles
// from the week's texts (or its entry, when read already), and the other texts (days' titles,
// details, goals, …) from the week's cache entry when first asked for. A warm `coach today` then
// reads the outlines of the few weeks it looks into, the texts of those it matches logged
// completions against, and the entries of those it shows, not of every week its forecast goes
// through.
import { blocksFor, plannedMinutes, type Block, type Day, type Goal, type Minutes, type Plan, type ProblemCount, type Reference, type Week } from './model.js';
import { dayStarts, outlineBlocks, outlineMinutes, summaryPlanned, textAt, type Outline, type Summary } from './outline.js';
import type { DeclaredTargets } from './practice-targets.js';

/**
 * Where a lazy week of `file` reads what it does not hold. Either gives null when it cannot be had
 * without parsing again: the source notes that, what was read meanwhile stands empty, and whoever
 * reads the track must parse the file and run again (see `settle` in load.ts).
 */
export interface WeekSource {
  /** The week's outline, checked against its summary. */
  outline(file: string): Outline | null;
  /** The week's full parse. */
  text(file: string): Week | null;
  /**
   * The labels and titles of the week's blocks (see `textsOf`), `blocks` of them; null when they
   * cannot be had so: the week's full parse then gives them.
   */
  texts(file: string, blocks: number): string[] | null;
}

const NO_TEXT: Week = { number: 0, title: '', goals: [], references: [], overview: {}, days: [], dailyDsa: null, file: '' };

/** An outline, and where each day starts in it (see `dayStarts`). */
interface Laid {
  outline: Outline;
  starts: number[];
}

// Classes with the texts as getters on the prototype: a 500-week track makes thousands of days
// and tens of thousands of blocks, and an object literal with getters costs ten times as much to
// make. `toJSON` gives the parse's plain object, field for field, for anything that prints one.
class LazyWeek implements Week {
  readonly number: number;
  readonly title: string;
  readonly file: string;
  readonly summary: Summary;
  readonly track: string;
  #source: WeekSource;
  #days: Day[] | undefined;
  #full: Week | null | undefined;
  #laid: Laid | null | undefined;
  #texts: string[] | null | undefined;

  constructor(track: string, number: number, title: string, file: string, summary: Summary, source: WeekSource) {
    this.number = number;
    this.title = title;
    this.file = file;
    this.summary = summary;
    this.track = track;
    this.#source = source;
  }

  // Made when first asked for: the plan's sequence lists a week's days by their numbers alone.
  get days(): Day[] {
    if (!this.#days) {
      const days: Day[] = [];
      for (let i = 0; i < this.summary.days.length; i++) days.push(new LazyDay(this, i, this.summary.days[i] as number));
      this.#days = days;
    }
    return this.#days;
  }

  /** The week's outline; null when it could not be used (its blocks then stand empty). */
  laid(): Laid | null {
    if (this.#laid === undefined) {
      const outline = this.#source.outline(this.file);
      this.#laid = outline && { outline, starts: dayStarts(outline) };
    }
    return this.#laid;
  }

  /** The full parse of this week; its texts stand empty when the entry could not be used. */
  full(): Week {
    if (this.#full === undefined) this.#full = this.#source.text(this.file);
    return this.#full ?? NO_TEXT;
  }

  /**
   * The string at `i` of the week's texts (see `textsOf`); undefined when its entry is read
   * already (a week shown), which then serves, or the texts cannot be used.
   */
  fromTexts(i: number): string | undefined {
    if (this.#full) return undefined;
    if (this.#texts === undefined) {
      const laid = this.laid();
      this.#texts = laid && this.#source.texts(this.file, outlineBlocks(laid.outline, laid.starts));
    }
    return this.#texts?.[i];
  }

  get goals(): Goal[] { return this.full().goals; }
  get references(): Reference[] { return this.full().references; }
  get overview(): Record<number, string> { return this.full().overview; }
  get dailyDsa(): ProblemCount | null { return this.full().dailyDsa; }
  get targets(): DeclaredTargets | undefined { return this.full().targets; }

  toJSON(): Week {
    const { number, title, goals, references, overview, days, file, dailyDsa, targets } = this;
    const json: Week = { number, title, goals, references, overview, days: days.map((d) => (d instanceof LazyDay ? d.toJSON() : d)), file, dailyDsa };
    return targets ? { ...json, targets } : json;
  }
}

class LazyDay implements Day {
  readonly number: number;
  #week: LazyWeek;
  #index: number;
  #blocks4h: Block[] | undefined;
  #additions6h: Block[] | undefined;

  constructor(week: LazyWeek, index: number, number: number) {
    this.number = number;
    this.#week = week;
    this.#index = index;
  }

  // The blocks too are made when first asked for: listing the plan's days needs none.
  get blocks4h(): Block[] {
    return (this.#blocks4h ??= this.#blocks('4h'));
  }

  get additions6h(): Block[] {
    return (this.#additions6h ??= this.#blocks('6h'));
  }

  /** See `dayPlanned`: from the outline, without making the blocks. */
  planned(plan: Plan): { blocks: number; minutes: Minutes } {
    const minutes = { min: 0, max: 0 };
    const laid = this.#week.laid();
    if (!laid) return { blocks: 0, minutes };
    const { days } = laid.outline;
    const at = laid.starts[this.#index] as number;
    const blocks = (days[at + 1] as number) + (plan === '6h' ? (days[at + 2] as number) : 0);
    for (let n = 0, j = at + 4; n < blocks; n++, j += 3) {
      const min = days[j] as number;
      if (min >= 0) {
        minutes.min += min;
        minutes.max += days[j + 1] as number;
      }
    }
    return { blocks, minutes };
  }

  /** The blocks of `plan`'s section of the day: its 4-hour blocks, or the additions after them. */
  #blocks(plan: Plan): Block[] {
    const laid = this.#week.laid();
    if (!laid) return [];
    const { categories, days } = laid.outline;
    const at = laid.starts[this.#index] as number;
    const b4 = days[at + 1] as number;
    const [skip, count] = plan === '4h' ? [0, b4] : [b4, days[at + 2] as number];
    const prefix = `${this.#week.track}.w${this.#week.number}.d${this.number}.${plan}.`;
    const blocks: Block[] = [];
    for (let n = 0, j = at + 3 + 3 * skip; n < count; n++, j += 3) {
      blocks.push(new LazyBlock(this, `${prefix}${n + 1}`, plan, n, categories[days[j] as number] as string, outlineMinutes(days, j + 1), textAt(j, this.#index)));
    }
    return blocks;
  }

  /** This day in the week's full parse (undefined while the texts stand empty). */
  full(): Day | undefined {
    return this.#week.full().days[this.#index];
  }

  /** The label (`k` 0) or title (`k` 1) of the block at `t` in the week's texts: `n` of `plan`'s section. */
  blockText(t: number, k: 0 | 1, plan: Plan, n: number): string {
    const text = this.#week.fromTexts(t + k);
    if (text !== undefined) return text;
    const block = this.block(plan, n);
    return (k === 0 ? block?.label : block?.title) ?? '';
  }

  /** Block `n` of `plan`'s section in the week's full parse. */
  block(plan: Plan, n: number): Block | undefined {
    const day = this.full();
    return (plan === '4h' ? day?.blocks4h : day?.additions6h)?.[n];
  }

  get title(): string { return this.full()?.title ?? ''; }
  get focus(): string { return this.full()?.focus ?? ''; }
  get notes(): string[] { return this.full()?.notes ?? []; }
  get line(): number { return this.full()?.line ?? 0; }

  toJSON(): Day {
    const { number, title, focus, notes, line } = this;
    return { number, title, focus, notes, line, blocks4h: this.blocks4h.map(plain), additions6h: this.additions6h.map(plain) };
  }
}

class LazyBlock implements Block {
  readonly id: string;
  readonly plan: Plan;
  readonly category: string;
  readonly minutes: Minutes | null;
  #day: LazyDay;
  #n: number;
  /** Where its label is in the week's texts (see `textAt`). */
  #t: number;

  constructor(day: LazyDay, id: string, plan: Plan, n: number, category: string, minutes: Minutes | null, t: number) {
    this.id = id;
    this.plan = plan;
    this.category = category;
    this.minutes = minutes;
    this.#day = day;
    this.#n = n;
    this.#t = t;
  }

  #full(): Block | undefined {
    return this.#day.block(this.plan, this.#n);
  }

  // Matching logged completions reads these in every week something was logged against: from the
  // week's texts, without its entry.
  get label(): string { return this.#day.blockText(this.#t, 0, this.plan, this.#n); }
  get title(): string { return this.#day.blockText(this.#t, 1, this.plan, this.#n); }
  get details(): string[] { return this.#full()?.details ?? []; }
  get line(): number { return this.#full()?.line ?? 0; }

  toJSON(): Block {
    const { id, plan, label, category, title, minutes, details, line } = this;
    return { id, plan, label, category, title, minutes, details, line };
  }
}

const plain = (b: Block): Block => (b instanceof LazyBlock ? b.toJSON() : b);

/** The week of `file` from its summary, its blocks and texts from `source`. */
export function lazyWeek(track: string, number: number, title: string, file: string, summary: Summary, source: WeekSource): Week {
  return new LazyWeek(track, number, title, file, summary, source);
}

/**
 * How many blocks `day` has for `plan` (see `blocksFor`) and their planned minutes summed, as
 * `plannedMinutes` sums them: for a day of a lazy track, without making its blocks.
 */
export function dayPlanned(day: Day, plan: Plan): { blocks: number; minutes: Minutes } {
  if (day instanceof LazyDay) return day.planned(plan);
  const blocks = blocksFor(day, plan);
  return { blocks: blocks.length, minutes: plannedMinutes(blocks) };
}

/** `dayPlanned` summed over the days of `week`: for a week of a lazy track, from its summary alone. */
export function weekPlanned(week: Week, plan: Plan): { blocks: number; minutes: Minutes } {
  if (week instanceof LazyWeek) return summaryPlanned(week.summary, plan);
  const blocks = week.days.flatMap((d) => blocksFor(d, plan));
  return { blocks: blocks.length, minutes: plannedMinutes(blocks) };
}

/** The day numbers of a lazy week, in its order, without making its days; null for any other week. */
export function lazyDayNumbers(week: Week): readonly number[] | null {
  return week instanceof LazyWeek ? week.summary.days : null;
}
