// `coach log KIND | list | rm`: the practice log beyond DSA (machine coding, designs, mocks, theory,
// projects), each entry undoable, a block logged at most once.
import type { OptionsOf } from '../cli/options.js';
import type { declareLogKind, declareLogList, declareLogRm } from '../cli/practice.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { Practice } from '../log/types.js';
import type { PracticeKind } from '../practice/kinds.js';
import { printResult } from '../render/output.js';
import { describePractice, renderAlreadyLogged, renderPracticeList, renderPracticeLogged, renderRemovedPractice } from '../render/practice.js';
import { weekRange } from '../schedule/week-dates.js';
import { withLog, withSession, writableStore, type Session } from '../session.js';
import { checkPlanWeek } from '../session-plan.js';
import { hasLog } from '../store/settings.js';
import type { PracticeInput } from '../store/practice.js';
import { sanitizeLine } from '../text/sanitize.js';
import { allBlocks } from './block-refs.js';
import { checkUrl } from './dsa.js';
import { checkKindOptions, completeDraft, type PracticeDraft } from './log-ask.js';

/** The options of every kind's command (one declaration, `declareLogKind`), with the kind it was. */
export type LogOptions = OptionsOf<(parent: never) => ReturnType<typeof declareLogKind>, 'title'> & { kind: PracticeKind };

/** Writes the entry, or reports the block's entry when it has one; the row written, or null. */
export async function savePractice(ctx: Context, session: Session, input: PracticeInput): Promise<Practice | null> {
  // A titled machine-coding problem or design is a revisit card: its due date is kept current.
  const store = await writableStore(ctx, session, { cards: true });
  const result = store.addPractice(input);
  if ('already' in result) {
    ctx.stdout.write(renderAlreadyLogged(ctx.stdout.style, result.already));
    return null;
  }
  const count = store.practice({ kind: input.kind }).length;
  ctx.stdout.write(renderPracticeLogged(ctx.stdout.style, { row: result.added, count }));
  return result.added;
}

/** The block `--block` names, checked to be one of the plan's. */
function checkBlock(session: Session, id: string | undefined): string | null {
  if (id === undefined) return null;
  const trimmed = id.trim();
  if (!allBlocks(session.track, '6h', session.settings.week).has(trimmed)) {
    throw new UsageError(`--block ${sanitizeLine(trimmed)} is not a block of your plan; coach show REF --json prints a block's id. Nothing was logged.`);
  }
  return trimmed;
}

export async function logPractice(ctx: Context, opts: LogOptions): Promise<Practice | null> {
  const { kind } = opts;
  checkKindOptions(kind, { type: opts.type, rating: opts.rating });
  const url = checkUrl(opts.url);
  const note = opts.note?.trim() || null;
  return withSession(ctx, { ...opts, notAfterToday: true }, async (session) => {
    const blockId = checkBlock(session, opts.block);
    // Checked before anything is asked: a block is counted once.
    const already = blockId ? session.store?.practice({ blockId })[0] : undefined;
    if (already) {
      throw new UsageError(`block ${blockId} is already logged as ${describePractice(already)} on ${already.date} (id ${already.id}); ` +
        'remove that entry with coach log rm ID to log the block again. Nothing was logged.');
    }
    const draft: PracticeDraft = {
      kind,
      title: sanitizeLine(opts.title.join(' ')),
      mockType: opts.type ?? null,
      minutes: opts.minutes ?? null,
      score: opts.score ?? null,
      rating: opts.rating ?? null,
    };
    const d = await completeDraft(ctx, draft, { title: draft.title !== '', minutes: draft.minutes !== null });
    return savePractice(ctx, session, {
      kind, date: session.date, title: d.title || null, mockType: d.mockType, minutes: d.minutes, score: d.score,
      rating: d.rating, url, blockId, note,
    });
  });
}

export type LogListOptions = OptionsOf<typeof declareLogList>;

export async function logList(ctx: Context, opts: LogListOptions): Promise<Practice[]> {
  return withSession(ctx, opts, (session) => {
    let from;
    let to;
    if (opts.week !== undefined) {
      const week = checkPlanWeek(session, opts.week);
      const range = weekRange(session.track, session.settings.week, session.settings.start, session.store?.skips() ?? [], week);
      if (!range) throw new UsageError(`week ${week} is not part of your plan`);
      ({ from, to } = range);
    }
    const rows = session.store?.practice({ kind: opts.kind, from, to }) ?? [];
    printResult(ctx.stdout, renderPracticeList, rows, { json: opts.json });
    return rows;
  });
}

export type LogRmOptions = OptionsOf<typeof declareLogRm, 'id'>;

/** Removes one entry by id; `coach undo` puts it back. An unknown id writes nothing. */
export async function logRm(ctx: Context, opts: LogRmOptions): Promise<Practice> {
  const missing = (): UsageError =>
    new UsageError(`no practice entry with id "${sanitizeLine(opts.id)}"; coach log list shows the ids. Nothing was removed.`);
  if (!hasLog(ctx.dataDir)) throw missing();
  const removed = await withLog(ctx, (store) => store.removePractice(opts.id.trim()), { cards: true });
  if (!removed) throw missing();
  ctx.stdout.write(renderRemovedPractice(ctx.stdout.style, removed));
  return removed;
}
