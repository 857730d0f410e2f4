// The text of `coach lesson add`: the week the lesson was noted for and how many it has now.
import type { Style } from './color.js';
import { plural } from './format.js';

export interface LessonView {
  week: number;
  /** Lessons of that week, the new one included. */
  count: number;
}

export function renderLesson(s: Style, v: LessonView): string {
  return `${s.green('✔')} noted for week ${v.week} (${plural(v.count, 'lesson')} so far). Undo with coach undo.\n`;
}
