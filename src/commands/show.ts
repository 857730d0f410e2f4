// `coach show REF|ID`: one block with everything the track file says under it.
import type { declareShow } from '../cli/daily.js';
import type { OptionsOf } from '../cli/options.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { doneIds } from '../log/attach.js';
import { printResult } from '../render/output.js';
import { renderShow, type ShownBlock } from '../render/show.js';
import { attachLog, withSession } from '../session.js';
import { locate, numbering } from './block-refs.js';
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
    const ref = opts.ref.trim();
    let shown: ShownBlock | null = null;
    if (/^\d+$/.test(ref)) {
      // Today's numbers, then the overdue ones that continue them, as `coach done` reads them.
      const found = locate(session, numbering(session), ref);
      const dayTitle = track.weeks.find((w) => w.number === found.week)?.days.find((d) => d.number === found.day)?.title ?? '';
      shown = { track: track.id, trackTitle: track.title, week: found.week, day: found.day, dayTitle, ref: Number(ref), done: false, block: found.block };
    } else {
      shown = byId(track, ref);
      if (!shown) throw new UsageError(`no block "${sanitizeLine(ref)}" in track "${sanitizeLine(track.id)}"; coach plan --json shows the ids`);
    }
    shown.done = done.has(shown.block.id);
    printResult(ctx.stdout, renderShow, shown, { json: opts.json });
    return shown;
  });
}
