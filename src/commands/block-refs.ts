// Naming blocks on the command line, for `coach done` and `coach drop`: today's numbers, the
// overdue numbers that continue them (see `overdueSummary`), and block ids.
import { UsageError } from '../errors.js';
import { doneIds as idsOf } from '../log/attach.js';
import { overdueSummary, type OverdueSummary } from '../schedule/overdue.js';
import { longDate } from '../render/format.js';
import { planSequence, resolveRef, schedule, type Position, type Schedule } from '../schedule/scheduler.js';
import { attachLog, droppedIds, planOf, type Session } from '../session.js';
import { sanitizeLine } from '../text/sanitize.js';
import { blocksFor, type Block, type Plan, type Track } from '../track/model.js';

export interface Located {
  block: Block;
  week: number;
  day: number;
}

/** The session's schedule with what is done and let go, and every block it can name. */
export interface Numbering {
  sched: Schedule;
  done: ReadonlySet<string>;
  dropped: ReadonlySet<string>;
  overdue: OverdueSummary;
  /** Every block of the plan, by id (see `allBlocks`). */
  index: Map<string, Located>;
}

export function numbering(session: Session): Numbering {
  const done = idsOf(attachLog(session));
  const dropped = droppedIds(session);
  const sched = schedule({ ...planOf(session), done, dropped });
  const overdue = overdueSummary(sched.overdue, sched.today?.week ?? null, sched.blocks.length + 1);
  return { sched, done, dropped, overdue, index: allBlocks(session.track, session.settings.plan, session.settings.week) };
}

/**
 * Every block of the plan (the track from the start week on), with its week and day, by id.
 * Blocks of earlier weeks are left out: they never count anywhere, so they cannot be marked.
 */
export function allBlocks(track: Track, plan: Plan, startWeek: number): Map<string, Located> {
  const map = new Map<string, Located>();
  for (const d of planSequence(track, startWeek)) {
    for (const block of blocksFor(d.dayRef, plan)) map.set(block.id, { block, week: d.week, day: d.day });
  }
  return map;
}

/** The week of a block the track has, by id, or null. */
function weekOf(track: Track, id: string): number | null {
  for (const w of track.weeks) {
    if (w.days.some((d) => blocksFor(d, '6h').some((b) => b.id === id))) return w.number;
  }
  return null;
}

/** Why the plan lacks a block the track has: it is in a week before the start week. */
function beforeStart(track: Track, startWeek: number, id: string): string | null {
  const week = weekOf(track, id);
  if (week === null || week >= startWeek) return null;
  return `${sanitizeLine(id)} is in week ${week}, before your plan's start week ${startWeek}; only blocks from week ${startWeek} on count`;
}

/** The block a ref names: a number from `coach today` (today's, then the overdue ones) or a block id. */
export function locate(session: Session, n: Numbering, ref: string): Located {
  const todays = n.sched.blocks;
  const byNumber = /^\s*\d+\s*$/.test(ref);
  const number = Number(ref.trim());
  const late = byNumber ? n.overdue.all.find((o) => o.ref === number) : undefined;
  const block = late ? (n.index.get(late.id)?.block ?? null) : byNumber ? resolveRef(ref, todays) : (n.index.get(ref.trim())?.block ?? null);
  const found = block ? n.index.get(block.id) : undefined;
  if (found) return found;
  const last = n.overdue.all[n.overdue.all.length - 1];
  if (byNumber && last) {
    const ours = todays.length > 0 ? `today's blocks are numbered 1–${todays.length} and ` : '';
    throw new UsageError(`no block ${ref.trim()}: ${ours}the overdue ones ${n.overdue.all[0]?.ref}–${last.ref} (see coach today --all)`);
  }
  if (byNumber && todays.length === 0) {
    throw new UsageError(`no blocks are planned for this date: ${noBlocksWhy(session, n.sched.position)}; name a block by its id, e.g. one listed by coach today`);
  }
  if (byNumber) throw new UsageError(`no block ${ref.trim()} today: today's blocks are numbered 1–${todays.length} (see coach today)`);
  const reason = beforeStart(session.track, session.settings.week, ref.trim());
  if (reason) throw new UsageError(reason);
  throw new UsageError(`no block with id "${sanitizeLine(ref)}" in this plan; use a number from coach today or an id like ${todays[0]?.id ?? 'go.w11.d3.4h.2'}`);
}

/** The same block named twice (`2 go.w11.d1.4h.2`) is taken once. */
export function unique(list: readonly Located[]): Located[] {
  return [...new Map(list.map((c) => [c.block.id, c])).values()];
}

/** Why a date has no numbered blocks, in the learner's words rather than the scheduler's. */
function noBlocksWhy(session: Session, position: Position): string {
  switch (position.kind) {
    case 'before-start':
      return `the plan starts on ${longDate(session.settings.start)}`;
    case 'rest':
      return 'it is a rest day';
    case 'complete':
      return 'it is past the last day of the plan';
    default:
      return 'its plan day has no blocks';
  }
}
