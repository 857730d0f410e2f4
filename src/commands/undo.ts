// `coach undo`: revert the most recent logged action of any kind and say what it was.
import type { OptionsOf } from '../cli/options.js';
import type { declareUndo } from '../cli/daily.js';
import type { Context } from '../context.js';
import type { UndoResult } from '../log/types.js';
import { renderUndo } from '../render/undo.js';
import { withLog } from '../session.js';
import { hasLog } from '../store/settings.js';

export async function undo(ctx: Context, _opts: OptionsOf<typeof declareUndo>): Promise<UndoResult | null> {
  if (!hasLog(ctx.dataDir)) {
    ctx.stdout.write(renderUndo(ctx.stdout.style, { noLog: true, undone: null }));
    return null;
  }
  const result = await withLog(ctx, (store) => store.undo(), { cards: true });
  ctx.stdout.write(renderUndo(ctx.stdout.style, { undone: result }, ctx.stdout.columns));
  return result;
}
