// `coach undo`: revert the most recent logged action of any kind and say what it was.
import type { OptionsOf } from '../cli/options.js';
import type { declareUndo } from '../cli/daily.js';
import type { Context } from '../context.js';
import { hasLog } from '../settings.js';

export interface UndoResult {
  kind: string;
  summary: string;
  removed: number;
}

export async function undo(ctx: Context, _opts: OptionsOf<typeof declareUndo>): Promise<UndoResult | null> {
  if (!hasLog(ctx.dataDir)) {
    ctx.stdout.write('Nothing to undo: the log is empty.\n');
    return null;
  }
  const { openStore } = await import('../store/store.js');
  const store = openStore(ctx.dataDir);
  try {
    const result = store.undo();
    ctx.stdout.write(result ? `Undone: ${result.summary}\n` : 'Nothing to undo.\n');
    return result;
  } finally {
    store.close();
  }
}
