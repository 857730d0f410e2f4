// The plan's totals, counted one way everywhere: the blocks and planned minutes of a day, a
// week, the learner's plan or a whole track (`plan`, `tracks`, `today`, `review`, `progress`).
import { blocksFor, plannedMinutes, type Block, type Day, type Minutes, type Plan } from '../track/model.js';

/** The blocks of `days` for a plan, in order: one day, a week's days, or the plan's. */
export function blocksOf(days: readonly Day[], plan: Plan): Block[] {
  return days.flatMap((d) => blocksFor(d, plan));
}

/** Planned minutes of `days` for a plan; blocks with unknown minutes count as zero. */
export function plannedMinutesOf(days: readonly Day[], plan: Plan): Minutes {
  return plannedMinutes(blocksOf(days, plan));
}
