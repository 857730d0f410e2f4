// `coach done`: mark blocks as done, by the numbers `coach today` prints or by block id.
import type { OptionsOf } from '../cli/options.js';
import type { declareDone } from '../cli/daily.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { renderDone } from '../render/done.js';
import { formatMinutes } from '../render/format.js';
import { sanitizeLine } from '../text/sanitize.js';
import { planSequence, resolveRef, schedule } from '../schedule/scheduler.js';
import { attachLog, planOf, withSession, writableStore } from '../session.js';
import { doneIds as idsOf } from '../log/attach.js';
import type { MarkDoneResult } from '../log/types.js';
import { blocksFor, type Block, type Plan, type Track } from '../track/model.js';

export type DoneOptions = OptionsOf<typeof declareDone, 'refs'>;

export type DoneResult = MarkDoneResult;

interface Located {
  block: Block;
  week: number;
  day: number;
}

/**
 * Every block of the plan (the track from the start week on), with its week and day, by id.
 * Blocks of earlier weeks are left out: they never count anywhere, so they cannot be marked.
 */
function allBlocks(track: Track, plan: Plan, startWeek: number): Map<string, Located> {
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

export async function done(ctx: Context, opts: DoneOptions): Promise<DoneResult> {
  if (opts.note !== undefined && opts.note.trim() === '') throw new UsageError('--note is empty; give the note text or leave the option out');
  return withSession(ctx, { ...opts, notAfterToday: true }, async (session) => {
    const { settings, track, date } = session;
    const doneIds = idsOf(attachLog(session));
    const sched = schedule({ ...planOf(session), done: doneIds });
    const index = allBlocks(track, settings.plan, settings.week);
    const todays = sched.blocks;

    let chosen: Located[];
    if (opts.refs.length === 0) {
      const picked = await ask(ctx, todays, sched.overdue.flatMap((o) => o.blocks), doneIds, index);
      if (picked === 'all-done' || picked.length === 0) {
        const result: DoneResult = { added: [], updated: [], already: [] };
        ctx.stdout.write(renderDone(ctx.stdout.style, { ...result, date, allDone: picked === 'all-done' }));
        return result;
      }
      chosen = picked;
    } else {
      chosen = opts.refs.map((ref) => locate(ref, todays, index, sched.position.kind, (id) => beforeStart(track, settings.week, id)));
    }
    // `coach done 2 go.w11.d1.4h.2` names one block twice: mark it once.
    chosen = [...new Map(chosen.map((c) => [c.block.id, c])).values()];
    if (opts.minutes !== undefined && chosen.length > 1) {
      throw new UsageError('--minutes applies to one block; mark blocks one at a time to record minutes for each');
    }

    // Only now, with every ref known to be good, may the log be created.
    const store = await writableStore(ctx, session);
    const result = store.markDone(
      track,
      chosen.map(({ block, week, day }) => ({
        blockId: block.id, track: track.id, week, day, plan: block.plan,
        label: block.label, category: block.category, title: block.title, minutes: block.minutes,
      })),
      date,
      { minutes: opts.minutes, note: opts.note?.trim() },
    );
    ctx.stdout.write(renderDone(ctx.stdout.style, { ...result, date }));
    return result;
  });
}

/** Why the plan lacks a block the track has: it is in a week before the start week. */
function beforeStart(track: Track, startWeek: number, id: string): string | null {
  const week = weekOf(track, id);
  if (week === null || week >= startWeek) return null;
  return `${sanitizeLine(id)} is in week ${week}, before your plan's start week ${startWeek}; only blocks from week ${startWeek} on count`;
}

function locate(ref: string, todays: readonly Block[], index: Map<string, Located>, position: string, why: (id: string) => string | null): Located {
  const byNumber = /^\s*\d+\s*$/.test(ref);
  const block = byNumber ? resolveRef(ref, todays) : (index.get(ref.trim())?.block ?? null);
  const found = block ? index.get(block.id) : undefined;
  if (found) return found;
  if (byNumber && todays.length === 0) {
    throw new UsageError(`no blocks are planned for this date (${position}); name a block by its id, e.g. one listed by coach today`);
  }
  if (byNumber) throw new UsageError(`no block ${ref.trim()} today: today's blocks are numbered 1–${todays.length} (see coach today)`);
  const reason = why(ref.trim());
  if (reason) throw new UsageError(reason);
  throw new UsageError(`no block with id "${sanitizeLine(ref)}" in this plan; use a number from coach today or an id like ${todays[0]?.id ?? 'go.w11.d3.4h.2'}`);
}

/** The blocks the learner picks on a terminal, or 'all-done' when there is nothing left to pick. */
async function ask(ctx: Context, todays: readonly Block[], overdue: readonly Block[], doneIds: ReadonlySet<string>, index: Map<string, Located>): Promise<Located[] | 'all-done'> {
  const open = todays.map((b, i) => ({ b, ref: String(i + 1) })).filter(({ b }) => !doneIds.has(b.id));
  const late = overdue.filter((b) => !doneIds.has(b.id));
  if (!ctx.interactive) {
    throw new UsageError('which blocks? Name them: coach done 1 2 (numbers from coach today) or by block id');
  }
  if (open.length === 0 && late.length === 0) return 'all-done';
  const choices = [
    ...open.map(({ b, ref }) => ({ name: `${ref}. ${b.label} (${b.category}, ${formatMinutes(b.minutes)}) ${b.title}`, value: b.id })),
    ...late.map((b) => {
      const at = index.get(b.id);
      return { name: `week ${at?.week} day ${at?.day}: ${b.label} (${b.category}, ${formatMinutes(b.minutes)}) ${b.title}`, value: b.id };
    }),
  ].map((c) => ({ ...c, name: sanitizeLine(c.name) }));
  const ids = await ctx.prompts.checkbox('blocks', 'Which blocks did you finish? (space to select, enter to confirm)', choices);
  return ids.map((id) => index.get(id)).filter((x): x is Located => x !== undefined);
}
