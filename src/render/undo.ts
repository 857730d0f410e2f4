// The text of `coach undo`: what was undone, or that there was nothing to undo.
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { fitText } from './wrap.js';

export interface UndoView {
  /** There is no log yet (before the first write), so nothing was opened. */
  noLog?: boolean;
  /** The action undone, by its summary; null when every action was undone already. */
  undone: { summary: string } | null;
}

export function renderUndo(_s: Style, v: UndoView, columns = 80): string {
  if (v.noLog) return 'Nothing to undo: the log is empty.\n';
  // A summary names labels and titles from the track, of any length: wrapped at a word.
  return v.undone ? `${fitText(`Undone: ${sanitizeLine(v.undone.summary)}`, columns)}\n` : 'Nothing to undo.\n';
}
