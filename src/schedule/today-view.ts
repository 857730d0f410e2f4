// What `coach today` shows, as one plain object: the text view and `--json` both come from it.
// The JSON is a documented subset, so scripts are not tied to what only the text view needs.
import { attach, completionMinutes, doneIds, orphanedBlock, orphanedOn, type OrphanedBlock } from '../log/attach.js';
import type { Completion, Drop } from '../log/types.js';
import { plannedMinutes, type Block, type Minutes, type ProblemCount, type Plan } from '../track/model.js';
import { nearestPlanDay } from './current.js';
import { blockRefs, planSequence, schedule, type Pace, type Position, type ScheduleInput, type StatusKind } from './scheduler.js';
import { dailyDsaTarget } from './targets.js';
import { overdueSummary, type OverdueBlock, type OverdueSummary } from './overdue.js';
import type { IsoDate } from './dates.js';
import type { Forecast } from './forecast.js';

/** A block as today shows it: its number, and whether it is done or let go (`coach drop`). */
export type TodayBlock = Pick<Block, 'id' | 'label' | 'category' | 'title' | 'minutes' | 'plan' | 'details'> & { ref: number; done: boolean; dropped: boolean };

export interface TodayView {
  date: IsoDate;
  track: string;
  trackTitle: string;
  /** The week's own title, from its file (the same as the track's in most layouts). */
  weekTitle: string | null;
  week: number | null;
  day: number | null;
  title: string | null;
  focus: string | null;
  plan: Plan;
  pace: Pace;
  position: Position['kind'];
  /** Days until the start (before-start only). */
  startsIn: number | null;
  blocks: TodayBlock[];
  /** Completions of today's plan day whose block the track no longer has; counted in `minutes.done`. */
  orphaned: OrphanedBlock[];
  minutes: { planned: Minutes; done: number };
  dsa: { done: number; target: ProblemCount };
  /** Unfinished blocks of earlier plan days, summarised, the first few shown (see `overdueSummary`). */
  overdue: OverdueSummary;
  /** The forecast, of which the text view shows one line with a target date or once behind. */
  forecast: Forecast | null;
  /** The study date when `date` is another one (`--date`), for the hints; null on today's. */
  otherDate: IsoDate | null;
  /** The plan when it is not the saved one (`--plan`), for the hints: its numbers are not the saved plan's. */
  otherPlan: Plan | null;
  status: { kind: StatusKind; daysBehind: number; blocksBehind: number };
  /** False when no `coach init` has run and defaults are in use. */
  initialised: boolean;
}

export interface TodayInput extends Omit<ScheduleInput, 'done'> {
  /** The log's completions of the track; `attach` decides which block each marks done. */
  completions: readonly Completion[];
  /** The log's drops of the track, matched to blocks the same way. */
  drops: readonly Drop[];
  /** The current study date, which `date` may differ from. */
  today: IsoDate;
  forecast?: Forecast | null;
  dsaToday: number;
  /** The learner's own daily DSA target, for weeks whose text states none (see `dailyDsaTarget`). */
  dsaSetting: ProblemCount | null;
  initialised: boolean;
  /** The plan `coach done N` and `coach drop N` number by without `--plan`. */
  savedPlan: Plan;
}

const brief = (b: Block) => ({ id: b.id, label: b.label, category: b.category, title: b.title, minutes: b.minutes });

export function todayView(input: TodayInput): TodayView {
  const attached = attach(input.track, input.completions);
  const done = doneIds(attached);
  const dropped = doneIds(attach(input.track, input.drops));
  const sched = schedule({ ...input, done, dropped });
  const today = sched.today;
  const blocks = blockRefs(sched.blocks).map(({ ref, block }) => ({
    ref, ...brief(block), plan: block.plan, details: block.details, done: done.has(block.id), dropped: !done.has(block.id) && dropped.has(block.id),
  }));
  const orphaned = today ? orphanedOn(attached, input.plan, today.week, today.day) : [];
  const counted = [...sched.blocks.flatMap((b) => attached.byBlock.get(b.id) ?? []), ...orphaned];
  const minutesDone = counted.reduce((sum, c) => sum + completionMinutes(c, attached.blockOf.get(c.id)), 0);
  // Before the start and past the end the target is the nearest plan day's.
  // A rest day asks for nothing.
  const targetDay = sched.position.kind === 'rest' ? 'rest' : nearestPlanDay(planSequence(input.track, input.startWeek), sched.position);
  return {
    date: input.date,
    track: input.track.id,
    trackTitle: input.track.title,
    weekTitle: today?.weekRef.title ?? null,
    week: today?.week ?? null,
    day: today?.day ?? null,
    title: today?.dayRef.title ?? null,
    focus: today?.dayRef.focus ?? null,
    plan: input.plan,
    pace: input.pace,
    position: sched.position.kind,
    startsIn: sched.position.kind === 'before-start' ? sched.position.startsIn : null,
    blocks,
    orphaned: orphaned.map(orphanedBlock),
    minutes: { planned: plannedMinutes(sched.blocks), done: minutesDone },
    dsa: { done: input.dsaToday, target: dailyDsaTarget(targetDay, input.plan, input.dsaSetting).target },
    overdue: overdueSummary(sched.overdue, today?.week ?? null, blocks.length + 1),
    otherDate: input.date === input.today ? null : input.date,
    otherPlan: input.plan === input.savedPlan ? null : input.plan,
    forecast: input.forecast ?? null,
    status: { kind: sched.status.kind, daysBehind: sched.status.daysBehind, blocksBehind: sched.status.blocksBehind },
    initialised: input.initialised,
  };
}

/** `coach today --json`: exactly the documented keys. */
export type TodayJson = Pick<TodayView, 'date' | 'track' | 'week' | 'day' | 'title' | 'focus' | 'plan' | 'pace' | 'orphaned' | 'dsa'> & {
  blocks: Omit<TodayBlock, 'plan' | 'dropped' | 'details'>[];
  overdue: Omit<OverdueSummary, 'days' | 'shown' | 'all'> & { shown: OverdueJson[]; all: OverdueJson[] };
  /** Standing against the calendar, plus where the date falls: a plan day, a rest day, before the start, or past the end. */
  status: TodayView['status'] & { position: TodayView['position']; startsIn: number | null; minutes: TodayView['minutes'] };
};

export function todayJson(v: TodayView): TodayJson {
  return {
    date: v.date, track: v.track, week: v.week, day: v.day, title: v.title, focus: v.focus, plan: v.plan, pace: v.pace,
    blocks: v.blocks.map(({ ref, id, label, category, title, minutes, done }) => ({ ref, id, label, category, title, minutes, done })),
    orphaned: v.orphaned,
    dsa: v.dsa,
    overdue: { count: v.overdue.count, minutes: v.overdue.minutes, shown: v.overdue.shown.map(overdueJson), all: v.overdue.all.map(overdueJson) },
    status: { ...v.status, position: v.position, startsIn: v.startsIn, minutes: v.minutes },
  };
}

type OverdueJson = Omit<OverdueBlock, 'plan'>;

const overdueJson = ({ ref, id, week, day, label, category, title, minutes }: OverdueBlock): OverdueJson =>
  ({ ref, id, week, day, label, category, title, minutes });
