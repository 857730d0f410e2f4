// Text and JSON views of a day or a week of a track, as `coach plan` shows them.
import { blocksOf, plannedMinutesOf } from '../schedule/plan-totals.js';
import { dailyDsaTarget } from '../schedule/targets.js';
import { blocksFor, type Block, type Day, type Plan, type ProblemCount, type Track, type Week } from '../track/model.js';
import type { Style } from './color.js';
import { fitText } from './wrap.js';
import { categoryCap, cut, formatHoursRange, formatMinutes, padEnd, padStart, plural, range, width as textWidth } from './format.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';
import { CODE_FENCE, detailsBelowTitle } from '../track/details.js';

export { detailsBelowTitle };

export interface BlockJson {
  id: string;
  label: string;
  category: string;
  title: string;
  minutes: { min: number; max: number } | null;
  plan: Plan;
  details: string[];
}

export interface DayJson {
  track: string;
  week: number;
  day: number;
  title: string;
  focus: string;
  plan: Plan;
  /** The day's DSA target on this plan (`dailyDsaTarget`). */
  dsa: ProblemCount;
  blocks: BlockJson[];
}

export interface WeekJson {
  track: string;
  week: number;
  plan: Plan;
  days: DayJson[];
}

export function blockJson(b: Block): BlockJson {
  return { id: b.id, label: b.label, category: b.category, title: b.title, minutes: b.minutes, plan: b.plan, details: b.details };
}

export function dayJson(track: Track, week: Week, day: Day, plan: Plan, dsaSetting: ProblemCount | null = null): DayJson {
  return {
    track: track.id, week: week.number, day: day.number, title: day.title, focus: day.focus, plan,
    dsa: dailyDsaTarget({ dayRef: day, weekRef: week }, plan, dsaSetting).target,
    blocks: blocksFor(day, plan).map(blockJson),
  };
}

export function weekJson(track: Track, week: Week, plan: Plan, dsaSetting: ProblemCount | null = null): WeekJson {
  return { track: track.id, week: week.number, plan, days: week.days.map((d) => dayJson(track, week, d, plan, dsaSetting)) };
}

/**
 * One block line: number, category, minutes, label and title, the title cut at a word to fit
 * `width.columns`. A label that says no more than the category ("Pseudo-code" in the category
 * "Pseudo-code") is printed once.
 */
export function blockLine(s: Style, ref: number, b: Block, width: { category: number; columns: number }): string {
  const num = s.dim(padStart(String(ref), 2));
  const cat = s.cyan(categoryCell(b.category, width.category));
  const mins = padEnd(formatMinutes(b.minutes), 11);
  const label = sameWords(b.label, b.category) ? '' : sanitizeLine(b.label);
  const extra = b.plan === '6h' ? '+6h' : '';
  const name = [label, extra].filter(Boolean).join(' ');
  const room = width.columns - (2 + 2 + width.category + 2 + 11 + 2) - (name ? textWidth(name) + 2 : 0);
  const title = cut(sanitizeLine(b.title), Math.max(12, room));
  const head = name ? `${s.bold(label)}${extra ? `${label ? ' ' : ''}${s.magenta(extra)}` : ''}  ` : '';
  return `${num}  ${cat}  ${b.minutes ? mins : s.yellow(mins)}  ${head}${title}`;
}

/** A category in its column: cut to the column's width so that long ones keep rows aligned. */
export function categoryCell(category: string, size: number): string {
  return padEnd(cut(sanitizeLine(category || '—'), size), size);
}

/** Whether two names say the same, whatever their case and spacing. */
export function sameWords(a: string, b: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** `Go Track · week 11`, and the week's own title where it has one the track does not share. */
export function weekHeading(track: Track, week: Week): { head: string; title: string | null } {
  const title = week.title && week.title !== track.title ? sanitizeLine(week.title) : null;
  return { head: `${sanitizeLine(track.title)} · week ${week.number}`, title };
}

export function categoryWidth(blocks: readonly Block[], columns = 80): number {
  return Math.min(categoryCap(columns), Math.max(3, ...blocks.map((b) => textWidth(sanitizeLine(b.category)))));
}

export interface PlanViewOptions {
  details?: boolean;
  columns?: number;
  /** The learner's own daily DSA target, for days the track leaves open (see `dailyDsaTarget`). */
  dsaSetting?: ProblemCount | null;
}

const dsaOf = (week: Week, day: Day, plan: Plan, setting: ProblemCount | null | undefined): string =>
  `DSA ${range(dailyDsaTarget({ dayRef: day, weekRef: week }, plan, setting ?? null).target)}`;

export function renderDay(s: Style, track: Track, week: Week, day: Day, plan: Plan, opts: PlanViewOptions = {}): string {
  const blocks = blocksFor(day, plan);
  const total = plannedMinutesOf([day], plan);
  const width = { category: categoryWidth(blocks, opts.columns), columns: opts.columns ?? 80 };
  const lines: string[] = [];
  const heading = weekHeading(track, week);
  if (heading.title) lines.push(s.dim(heading.title));
  lines.push(`${s.bold(`${heading.head} · day ${day.number}`)}  ${sanitizeLine(day.title)}`);
  if (day.focus) lines.push(`${s.dim('Focus:')} ${sanitizeLine(day.focus)}`);
  lines.push(s.dim(`${plan} plan · ${plural(blocks.length, 'block')} · ${formatHoursRange(total)} planned · ${dsaOf(week, day, plan, opts.dsaSetting)}`));
  lines.push('');
  blocks.forEach((b, i) => {
    lines.push(blockLine(s, i + 1, b, width));
    if (opts.details !== false) {
      for (const d of detailsBelowTitle(b)) {
        // Code shows in `coach show`; here its lines stand without their fences, as the other details do.
        if (!d.trimStart().startsWith(CODE_FENCE)) lines.push(s.dim(`      ${cut(sanitize(d), Math.max(12, width.columns - 6))}`));
      }
    }
  });
  if (blocks.length === 0) lines.push(s.dim('  (no blocks for this plan)'));
  return fitText(lines.join('\n'), width.columns) + '\n';
}

export function renderWeek(s: Style, track: Track, week: Week, plan: Plan, opts: Omit<PlanViewOptions, 'details'> = {}): string {
  const columns = opts.columns ?? 80;
  const lines: string[] = [];
  const all = blocksOf(week.days, plan);
  const heading = weekHeading(track, week);
  if (heading.title) lines.push(s.dim(heading.title));
  lines.push(s.bold(heading.head) + s.dim(` · ${plan} plan · ${formatHoursRange(plannedMinutesOf(week.days, plan))} planned`));
  const width = { category: categoryWidth(all, columns), columns };
  for (const day of week.days) {
    const blocks = blocksFor(day, plan);
    lines.push('');
    lines.push(`${s.bold(`Day ${day.number}`)}  ${sanitizeLine(day.title)}` + (day.focus ? s.dim(`  (${sanitizeLine(day.focus)})`) : ''));
    blocks.forEach((b, i) => lines.push(blockLine(s, i + 1, b, width)));
    lines.push(s.dim(`    ${formatHoursRange(plannedMinutesOf([day], plan))} planned · ${dsaOf(week, day, plan, opts.dsaSetting)}`));
  }
  return fitText(lines.join('\n'), columns) + '\n';
}
