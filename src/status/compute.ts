// The status facts worked out in full, from the log and the track, and saved with what they were
// computed from (state.ts) for the next `coach status`. Run by the command when the state is not
// current, and after a command that wrote to the log (src/cli.ts) when the state file is in use.
import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { DEFAULT_ROLLOVER } from '../log/settings.js';
import { todayView } from '../schedule/today-view.js';
import { studyDate } from '../schedule/dates.js';
import { planOf, trackCompletions, trackDrops, withSession } from '../session.js';
import { dsaSetting } from '../session-plan.js';
import { StartWeekUnreadable } from '../session-files.js';
import { hasLog } from '../store/settings.js';
import { todaysRevisits } from '../practice/card-reads.js';
import { collectFacts, type StatusFacts } from './facts.js';
import { STATUS_PROVIDERS } from './providers.js';
import { contentFiles, contentStamps, logFiles, logStamps, sameStamps, settle, settledAt, stateFile, writeState, type Stamps } from './state.js';

/** The facts of today; saved as the state unless `content` (`--content`) names another folder than usual. */
export async function computeStatus(ctx: Context, content?: string): Promise<StatusFacts> {
  const contentKey = ctx.env.COACH_CONTENT ? path.resolve(ctx.cwd, ctx.env.COACH_CONTENT) : null;
  // A log changed this very moment could change again unseen in the same tick: waited out first.
  const logAt = await settle(logFiles(ctx.dataDir));
  const log = logStamps(ctx.dataDir);
  if (!hasLog(ctx.dataDir)) {
    // Nothing logged and no settings: nothing to say, until `coach init` or a first write.
    const date = studyDate(ctx.now, DEFAULT_ROLLOVER);
    const facts: StatusFacts = { date };
    if (!content && logAt >= settledAt(logFiles(ctx.dataDir))) writeState(ctx.dataDir, { contentKey, rollover: DEFAULT_ROLLOVER, date, log, content: null, files: [] }, facts);
    return facts;
  }
  const computed = await withSession(ctx, { content, lazy: true, unreadable: 'silent' }, async (session) => {
    const filesAt = await settle(contentFiles(session.content));
    const files = contentStamps(session.content);
    const completions = trackCompletions(session);
    const drops = trackDrops(session);
    const dsaToday = session.store?.problemLog().count({ from: session.today, to: session.today }) ?? 0;
    const { due: revisitsDue } = await todaysRevisits(session.store, session.today, session.settings.revisitCap);
    const facts = await session.catalog.settle(session.track, (track) => {
      const at = { ...session, track };
      const today = todayView({
        ...planOf(at), today: session.today, completions, drops, dsaToday, dsaSetting: dsaSetting(at), initialised: session.initialised, savedPlan: session.savedPlan,
      });
      return collectFacts(session.today, { session: at, today, now: ctx.now, revisitsDue }, STATUS_PROVIDERS);
    });
    const stamps: Stamps = { contentKey, rollover: session.settings.rollover, date: session.today, log, content: session.content, files };
    return { facts, stamps, filesAt };
  }).catch((err: unknown) => {
    // A prompt cannot show the plan, but can say why: not saved, so the next prompt looks again.
    if (err instanceof StartWeekUnreadable) return { date: err.today, unreadable: err.files } satisfies StatusFacts;
    throw err;
  });
  if (!('stamps' in computed)) return computed;
  const { facts, stamps, filesAt } = computed;
  // Saved only if nothing changed while it was read (stamped again once the log is closed: a
  // reader's -wal goes with it): a write by another process in between leaves the state as it
  // was, and the next status works it out again.
  if (!content && logAt >= settledAt(logFiles(ctx.dataDir)) && sameStamps(stamps, stampsAgain(ctx.dataDir, stamps, filesAt))) {
    writeState(ctx.dataDir, stamps, facts);
  }
  return facts;
}

/**
 * The same stamps taken again; null when the content folder went away meanwhile, or a track file
 * changed so shortly before `filesAt`, when its stamps were taken, that they cannot be trusted.
 */
function stampsAgain(dataDir: string, stamps: Stamps, filesAt: number): Stamps | null {
  try {
    if (stamps.content !== null && filesAt < settledAt(contentFiles(stamps.content))) return null;
    return { ...stamps, log: logStamps(dataDir), files: stamps.content === null ? [] : contentStamps(stamps.content) };
  } catch {
    return null;
  }
}

/** After a command wrote to the log: the state brought up to date, if `coach status` is in use here. */
export async function refreshStatus(ctx: Context): Promise<void> {
  if (!fs.existsSync(stateFile(ctx.dataDir))) return;
  try {
    await computeStatus(ctx);
  } catch {
    // The state is stale now and `coach status` will say why; the command itself succeeded.
  }
}
