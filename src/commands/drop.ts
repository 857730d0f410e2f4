// `coach drop`: let blocks go, by the numbers `coach today` prints, by id, or a whole day or week.
import type { OptionsOf } from '../cli/options.js';
import type { declareDrop } from '../cli/behind.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { renderDrop } from '../render/drop.js';
import { printResult } from '../render/output.js';
import type { DropResult } from '../store/store.js';
import type { Store } from '../store/store.js';
import { withSession, writableStore, type Session } from '../session.js';
import { locate, numbering, unique, type Located, type Numbering } from './block-refs.js';

export type DropOptions = OptionsOf<typeof declareDrop, 'refs'>;

/** The unfinished blocks of the plan days `--day` and `--week` name; a usage error for a day or week the plan lacks. */
function byDay(n: Numbering, opts: DropOptions): Located[] {
  const located = [...n.index.values()];
  const open = (l: Located): boolean => !n.done.has(l.block.id) && !n.dropped.has(l.block.id);
  const picked: Located[] = [];
  if (opts.day) {
    const { week, day } = opts.day;
    const all = located.filter((l) => l.week === week && l.day === day);
    if (all.length === 0) throw new UsageError(`week ${week} day ${day} is not a day of your plan`);
    picked.push(...all.filter(open));
  }
  if (opts.week !== undefined) {
    const all = located.filter((l) => l.week === opts.week);
    if (all.length === 0) throw new UsageError(`week ${opts.week} is not part of your plan`);
    picked.push(...all.filter(open));
  }
  return picked;
}

/** Drop `chosen` on the session's date, in one undoable action. */
export async function dropLocated(ctx: Context, session: Session, chosen: readonly Located[]): Promise<DropResult> {
  const store: Store = await writableStore(ctx, session);
  const { track } = session;
  return store.dropBlocks(
    track,
    chosen.map(({ block, week, day }) => ({
      blockId: block.id, track: track.id, week, day, plan: block.plan,
      label: block.label, category: block.category, title: block.title, minutes: block.minutes,
    })),
    session.date,
  );
}

export async function drop(ctx: Context, opts: DropOptions): Promise<DropResult> {
  if (opts.refs.length === 0 && !opts.day && opts.week === undefined) {
    throw new UsageError('which blocks? Name them: coach drop 5 6 (numbers from coach today), a block id, --day 11.3 or --week 11');
  }
  return withSession(ctx, { ...opts, notAfterToday: true, unreadable: 'refuse' }, async (session) => {
    const n = numbering(session);
    const chosen = unique([...opts.refs.map((ref) => locate(session, n, ref)), ...byDay(n, opts)]);
    const result = chosen.length === 0 ? { added: [], done: [], already: [] } : await dropLocated(ctx, session, chosen);
    printResult(ctx.stdout, renderDrop, result, { json: opts.json, toJson: (r) => ({ dropped: r.added, done: r.done, already: r.already }) });
    return result;
  });
}
