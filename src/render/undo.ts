// The text of `coach undo`: what was undone, or that there was nothing to undo.
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';

export interface UndoView {
  /** There is no log yet (before the first write), so nothing was opened. */
  noLog?: boolean;
  /** The action undone, by its summary; null when every action was undone already. */
  undone: { summary: string } | null;
}

export function renderUndo(_s: Style, v: UndoView): string {
  if (v.noLog) return 'Nothing to undo: the log is empty.\n';
  return v.undone ? `Undone: ${sanitizeLine(v.undone.summary)}\n` : 'Nothing to undo.\n';
}
