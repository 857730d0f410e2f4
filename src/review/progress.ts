// How far the learner is through the whole track, for `coach progress`: blocks and weeks done,
// where today sits, DSA against the track's target, and when the plan will end at this pace.
import { plannedVsActual, type PlannedVsActual } from './planned-actual.js';
import { addDays, compareDates, daysBetween, type IsoDate } from '../schedule/dates.js';
import { dateOfPlanDay, planSequence, schedule, type Pace, type Position } from '../schedule/scheduler.js';
import { blocksOf } from '../schedule/plan-totals.js';
import { DEFAULT_DAILY_DSA, spanDsaTarget, statedByTrack } from '../schedule/targets.js';
import { attach, doneIds as idsOf } from '../log/attach.js';
import type { ProblemLog } from '../log/problem-log.js';
import type { Completion } from '../log/types.js';
import type { Block, ProblemCount, Plan, Track } from '../track/model.js';
import { heatmap, type Heatmap } from './heatmap.js';

export interface ProgressInput {
  track: Track;
  plan: Plan;
  pace: Pace;
  startWeek: number;
  start: IsoDate;
  today: IsoDate;
  completions: readonly Completion[];
  problems: ProblemLog;
  skips: readonly IsoDate[];
  /** The learner's own daily DSA target, for weeks whose text states none (see `dailyDsaTarget`). */
  dsaSetting: ProblemCount | null;
}

export interface Progress {
  track: string;
  trackTitle: string;
  plan: Plan;
  pace: Pace;
  start: IsoDate;
  blocks: { done: number; total: number; percent: number };
  weeks: { done: number; total: number };
  today: {
    date: IsoDate;
    position: Position['kind'];
    /** Plan day of today (or the one after a rest day); null before the start and at the end. */
    index: number | null;
    week: number | null;
    day: number | null;
    /** Plan days in all, so `index` can be placed on the bar. */
    planDays: number;
  };
  heatmap: Heatmap;
  dsa: {
    /** Problems dated up to today. */
    done: number;
    /** Every plan day's own daily target added up (`spanDsaTarget`). */
    target: ProblemCount;
    /** Whether the track states the target of every plan day (else some take the setting or the default). */
    stated: boolean;
    /** The daily target of days the track leaves open: the learner's setting, else the default. */
    fallback: ProblemCount;
    /** Problems per study day from the start (or the first problem, if earlier) to today. */
    perDay: number;
    /** Rest days in that time, left out of `perDay`. */
    restDays: number;
  };
  /** When the plan's last day falls at the current pace; null while there is no pace to go by. */
  projectedFinish: IsoDate | null;
  /** Planned against actual minutes of every block done on the track (see planned-actual.ts). */
  plannedVsActual: PlannedVsActual;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function buildProgress(input: ProgressInput): Progress {
  const { track, plan, pace, startWeek, start, today, skips } = input;
  const sequence = planSequence(track, startWeek);
  // Blocks of the track as it is now; orphaned completions still count in the heatmap's minutes.
  const attached = attach(track, input.completions);
  const doneIds = idsOf(attached);
  const planned = blocksOf(sequence.map((d) => d.dayRef), plan);
  const doneCount = planned.filter((b) => doneIds.has(b.id)).length;

  const weekNumbers = [...new Set(sequence.map((d) => d.week))];
  const weeksDone = weekNumbers.filter((w) => {
    const blocks = blocksOf(sequence.filter((d) => d.week === w).map((d) => d.dayRef), plan);
    return blocks.length > 0 && blocks.every((b) => doneIds.has(b.id));
  }).length;

  const sched = schedule({ track, plan, pace, start, startWeek, date: today, done: doneIds, skips });
  const pos = sched.position;
  const index = pos.kind === 'day' || pos.kind === 'rest' ? pos.index : null;
  const current = index === null ? undefined : sequence[index];

  // Problems dated after today (logged ahead) wait for their day, as in `coach dsa stats`.
  const solved = input.problems.count({ to: today });
  const earliest = input.problems.first({ to: today });
  const first = earliest !== null && compareDates(earliest, start) < 0 ? earliest : start;
  // Rest days count in no average: the rate is per study day, as the targets are.
  const restDays = new Set(skips.filter((d) => compareDates(first, d) <= 0 && compareDates(d, today) <= 0)).size;
  const elapsed = daysBetween(first, today) + 1 - restDays;
  const dsa = spanDsaTarget(sequence, plan, input.dsaSetting);

  return {
    track: track.id,
    trackTitle: track.title,
    plan,
    pace,
    start,
    blocks: { done: doneCount, total: planned.length, percent: planned.length ? Math.round((doneCount / planned.length) * 100) : 0 },
    weeks: { done: weeksDone, total: weekNumbers.length },
    today: { date: today, position: pos.kind, index, week: current?.week ?? null, day: current?.day ?? null, planDays: sequence.length },
    heatmap: heatmap({ completions: input.completions, problems: input.problems, blockOf: attached.blockOf, today }),
    dsa: { done: solved, target: dsa.total, stated: statedByTrack(dsa), fallback: input.dsaSetting ?? DEFAULT_DAILY_DSA, perDay: elapsed > 0 ? round2(solved / elapsed) : 0, restDays },
    projectedFinish: projectFinish(input, attached.blockOf, sequence.length, planned, doneCount),
    plannedVsActual: plannedVsActual(input.completions.filter((c) => c.track === track.id)),
  };
}

/**
 * Calendar pace: the date the calendar gives the last plan day, rest days included. Progress
 * pace: blocks done per day so far, extrapolated over the blocks left; once all are done, the
 * date the last one was marked.
 */
function projectFinish(
  input: ProgressInput, blockOf: ReadonlyMap<string, Block>, planDays: number, planned: readonly Block[], done: number,
): IsoDate | null {
  if (planDays === 0) return null;
  if (input.pace === 'calendar') return dateOfPlanDay(planDays - 1, input.start, input.skips);
  if (done === 0) return null;
  const total = planned.length;
  const planIds = new Set(planned.map((b) => b.id));
  const dates = input.completions.filter((c) => planIds.has(blockOf.get(c.id)?.id ?? '')).map((c) => c.date).sort(compareDates);
  if (done >= total) return dates[dates.length - 1] ?? null;
  const elapsed = daysBetween(input.start, input.today) + 1;
  if (elapsed < 1) return null;
  return addDays(input.today, Math.ceil((total - done) / (done / elapsed)));
}
