// `coach skip`: a rest day. In calendar pace the rest of the plan moves back by one day.
import type { Context, GlobalOptions } from '../context.js';
import { longDate } from '../render/today.js';
import { openSession } from '../session.js';

export interface SkipOptions extends GlobalOptions {
  date?: string;
}

export async function skip(ctx: Context, opts: SkipOptions): Promise<{ date: string; added: boolean }> {
  const session = await openSession(ctx, { ...opts, write: true });
  const store = session.store;
  if (!store) throw new Error('the log is not open');
  try {
    const { added } = store.addSkip(session.date);
    const when = longDate(session.date);
    if (!added) ctx.stdout.write(`${when} is already a rest day.\n`);
    else if (session.settings.pace === 'calendar') ctx.stdout.write(`${when} is a rest day; the rest of the plan moves back one day. Undo with coach undo.\n`);
    else ctx.stdout.write(`${when} is a rest day. (Progress pace: the plan simply continues where you left off.)\n`);
    return { date: session.date, added };
  } finally {
    store.close();
  }
}
