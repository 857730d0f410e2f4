// `coach done`: mark blocks as done, by the numbers `coach today` prints or by block id.
import type { OptionsOf } from '../cli/options.js';
import type { declareDone } from '../cli/daily.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { renderDone } from '../render/done.js';
import { formatMinutes } from '../render/format.js';
import { sanitizeLine } from '../text/sanitize.js';
import { withSession, writableStore } from '../session.js';
import type { MarkDoneResult } from '../log/types.js';
import { locate, numbering, unique, type Located, type Numbering } from './block-refs.js';
import { offerPractice, practiceOffers } from './done-practice.js';

export type DoneOptions = OptionsOf<typeof declareDone, 'refs'>;

export type DoneResult = MarkDoneResult;

export async function done(ctx: Context, opts: DoneOptions): Promise<DoneResult> {
  if (opts.note !== undefined && opts.note.trim() === '') throw new UsageError('--note is empty; give the note text or leave the option out');
  return withSession(ctx, { ...opts, notAfterToday: true, unreadable: 'refuse' }, async (session) => {
    const { track, date } = session;
    const n = numbering(session);
    const { sched } = n;

    let chosen: Located[];
    if (opts.refs.length === 0) {
      const picked = await ask(ctx, n);
      if (picked === 'all-done' || picked.length === 0) {
        const result: DoneResult = { added: [], updated: [], already: [] };
        ctx.stdout.write(renderDone(ctx.stdout.style, { ...result, date, allDone: picked === 'all-done' }, ctx.stdout.columns));
        return result;
      }
      chosen = picked;
    } else {
      chosen = opts.refs.map((ref) => locate(session, n, ref));
    }
    chosen = unique(chosen);
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
    const current = sched.today && { week: sched.today.week, day: sched.today.day };
    ctx.stdout.write(renderDone(ctx.stdout.style, { ...result, date, current }, ctx.stdout.columns));
    await offerPractice(ctx, session, practiceOffers(session, result.added, chosen));
    return result;
  });
}

/** The blocks the learner picks on a terminal, or 'all-done' when there is nothing left to pick. */
async function ask(ctx: Context, n: Numbering): Promise<Located[] | 'all-done'> {
  const { index, done: doneIds, dropped } = n;
  const open = n.sched.blocks.map((b, i) => ({ b, ref: String(i + 1) })).filter(({ b }) => !doneIds.has(b.id) && !dropped.has(b.id));
  // In the order and with the numbers `coach today` gives them.
  const late = n.overdue.all.flatMap((o) => {
    const b = index.get(o.id)?.block;
    return b ? [{ b, ref: o.ref }] : [];
  });
  if (!ctx.interactive) {
    throw new UsageError('which blocks? Name them: coach done 1 2 (numbers from coach today) or by block id');
  }
  if (open.length === 0 && late.length === 0) return 'all-done';
  const choices = [
    ...open.map(({ b, ref }) => ({ name: `${ref}. ${b.label} (${b.category}, ${formatMinutes(b.minutes)}) ${b.title}`, value: b.id })),
    ...late.map(({ b, ref }) => {
      const at = index.get(b.id);
      return { name: `${ref}. week ${at?.week} day ${at?.day}: ${b.label} (${b.category}, ${formatMinutes(b.minutes)}) ${b.title}`, value: b.id };
    }),
  ].map((c) => ({ ...c, name: sanitizeLine(c.name) }));
  const ids = await ctx.prompts.checkbox('blocks', 'Which blocks did you finish? (space to select, enter to confirm)', choices);
  return ids.map((id) => index.get(id)).filter((x): x is Located => x !== undefined);
}
