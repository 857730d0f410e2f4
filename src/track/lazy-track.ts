// A track built from the outlines in the parse cache's index: every week's days and blocks (ids,
// categories, minutes) at once, and the texts (titles, details, goals, …) read from a week's cache
// entry the first time anything asks for one. A warm `coach today` then reads the entries of the
// few weeks it shows, not of every week its forecast and overdue count go through.
import { blocksFor, plannedMinutes, type Block, type Day, type Goal, type Minutes, type Plan, type ProblemCount, type Reference, type Week } from './model.js';
import { dayStarts, outlineMinutes, type Outline } from './outline.js';
import type { DeclaredTargets } from './practice-targets.js';

/**
 * A week's full parse for the lazy week of `file`, or null when it cannot be had without parsing
 * again: the source notes that, the texts read meanwhile are placeholders, and whoever reads the
 * track must parse the file and run again (see `settle` in load.ts).
 */
export type TextSource = (file: string) => Week | null;

const NO_TEXT: Week = { number: 0, title: '', goals: [], references: [], overview: {}, days: [], dailyDsa: null, file: '' };

// Classes with the texts as getters on the prototype: a 500-week track makes tens of thousands
// of blocks, and an object literal with getters costs ten times as much to make. `toJSON` gives
// the parse's plain object, field for field, for anything that prints one.
class LazyWeek implements Week {
  readonly number: number;
  readonly title: string;
  readonly days: Day[];
  readonly file: string;
  #source: TextSource;
  #full: Week | null | undefined;

  constructor(track: string, number: number, title: string, file: string, outline: Outline, source: TextSource) {
    this.number = number;
    this.title = title;
    this.file = file;
    this.#source = source;
    this.days = dayStarts(outline).map((at, i) => new LazyDay(this, i, `${track}.w${number}.d${outline.days[at]}`, outline, at));
  }

  /** The full parse of this week; its texts stand empty when the entry could not be used. */
  full(): Week {
    if (this.#full === undefined) this.#full = this.#source(this.file);
    return this.#full ?? NO_TEXT;
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
  #prefix: string;
  #outline: Outline;
  #at: number;
  #blocks4h: Block[] | undefined;
  #additions6h: Block[] | undefined;

  constructor(week: LazyWeek, index: number, prefix: string, outline: Outline, at: number) {
    this.number = outline.days[at] as number;
    this.#week = week;
    this.#index = index;
    this.#prefix = prefix;
    this.#outline = outline;
    this.#at = at;
  }

  // The blocks too are made when first asked for: listing the plan's days needs none.
  get blocks4h(): Block[] {
    return (this.#blocks4h ??= this.#blocks('4h', 0, this.#outline.days[this.#at + 1] as number));
  }

  get additions6h(): Block[] {
    const { days } = this.#outline;
    return (this.#additions6h ??= this.#blocks('6h', days[this.#at + 1] as number, days[this.#at + 2] as number));
  }

  /** See `dayPlanned`: from the outline, without making the blocks. */
  planned(plan: Plan): { blocks: number; minutes: Minutes } {
    const { days } = this.#outline;
    const at = this.#at;
    const blocks = (days[at + 1] as number) + (plan === '6h' ? (days[at + 2] as number) : 0);
    const minutes = { min: 0, max: 0 };
    for (let n = 0, j = at + 4; n < blocks; n++, j += 3) {
      const min = days[j] as number;
      if (min >= 0) {
        minutes.min += min;
        minutes.max += days[j + 1] as number;
      }
    }
    return { blocks, minutes };
  }

  #blocks(plan: Plan, skip: number, count: number): Block[] {
    const { categories, days } = this.#outline;
    const blocks: Block[] = [];
    for (let n = 0, at = this.#at + 3 + 3 * skip; n < count; n++, at += 3) {
      blocks.push(new LazyBlock(this, `${this.#prefix}.${plan}.${n + 1}`, plan, n, categories[days[at] as number] as string, outlineMinutes(days, at + 1)));
    }
    return blocks;
  }

  /** This day in the week's full parse (undefined while the texts stand empty). */
  full(): Day | undefined {
    return this.#week.full().days[this.#index];
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

  constructor(day: LazyDay, id: string, plan: Plan, n: number, category: string, minutes: Minutes | null) {
    this.id = id;
    this.plan = plan;
    this.category = category;
    this.minutes = minutes;
    this.#day = day;
    this.#n = n;
  }

  #full(): Block | undefined {
    const day = this.#day.full();
    return (this.plan === '4h' ? day?.blocks4h : day?.additions6h)?.[this.#n];
  }

  get label(): string { return this.#full()?.label ?? ''; }
  get title(): string { return this.#full()?.title ?? ''; }
  get details(): string[] { return this.#full()?.details ?? []; }
  get line(): number { return this.#full()?.line ?? 0; }

  toJSON(): Block {
    const { id, plan, label, category, title, minutes, details, line } = this;
    return { id, plan, label, category, title, minutes, details, line };
  }
}

const plain = (b: Block): Block => (b instanceof LazyBlock ? b.toJSON() : b);

/** The week of `file` from its outline, its texts from `source`. */
export function lazyWeek(track: string, number: number, title: string, file: string, outline: Outline, source: TextSource): Week {
  return new LazyWeek(track, number, title, file, outline, source);
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
