// `coach show REF|ID`: one block with everything the track file says under it.
import type { declareShow } from '../cli/daily.js';
import type { OptionsOf } from '../cli/options.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { doneIds } from '../log/attach.js';
import { printResult } from '../render/output.js';
import { renderShow, type ShownBlock } from '../render/show.js';
import { resolveRef, schedule } from '../schedule/scheduler.js';
import { attachLog, planOf, withSession } from '../session.js';
import { sanitizeLine } from '../text/sanitize.js';
import { blocksFor, type Track } from '../track/model.js';

export type ShowOptions = OptionsOf<typeof declareShow, 'ref'>;

/** The block of the track with this id, with its week and day, or null. */
function byId(track: Track, id: string): ShownBlock | null {
  for (const week of track.weeks) {
    for (const day of week.days) {
      const block = blocksFor(day, '6h').find((b) => b.id === id);
      if (block) return { track: track.id, trackTitle: track.title, week: week.number, day: day.number, dayTitle: day.title, ref: null, done: false, block };
    }
  }
  return null;
}

export async function show(ctx: Context, opts: ShowOptions): Promise<ShownBlock> {
  return withSession(ctx, opts, (session) => {
    const { track } = session;
    const done = doneIds(attachLog(session));
    const sched = schedule({ ...planOf(session), done });
    const ref = opts.ref.trim();
    let shown: ShownBlock | null = null;
    if (/^\d+$/.test(ref)) {
      const block = resolveRef(ref, sched.blocks);
      const today = sched.today;
      if (!block || !today) {
        const why = today ? `today has blocks 1–${sched.blocks.length}` : `${session.date} is not a plan day`;
        throw new UsageError(`no block ${ref}: ${why}; coach today shows the numbers, or give a block id such as ${track.id}.w${track.weeks[0]?.number ?? 1}.d1.4h.1`);
      }
      shown = { track: track.id, trackTitle: track.title, week: today.week, day: today.day, dayTitle: today.dayRef.title, ref: Number(ref), done: false, block };
    } else {
      shown = byId(track, ref);
      if (!shown) throw new UsageError(`no block "${sanitizeLine(ref)}" in track "${sanitizeLine(track.id)}"; coach plan --json shows the ids`);
    }
    shown.done = done.has(shown.block.id);
    printResult(ctx.stdout, renderShow, shown, { json: opts.json });
    return shown;
  });
}
