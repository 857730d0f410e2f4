// The text of `coach lesson add | list | rm`: the week a lesson was noted for and how many it has
// now, the lessons by week with their ids, and the lesson removed.
import type { Lesson } from '../log/types.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { plural } from './format.js';
import { wrapLine } from './wrap.js';

export interface LessonView {
  week: number;
  /** Lessons of that week, the new one included. */
  count: number;
}

export function renderLesson(s: Style, v: LessonView): string {
  return `${s.green('✔')} noted for week ${v.week} (${plural(v.count, 'lesson')} so far). Undo with coach undo.\n`;
}

export interface LessonListView {
  lessons: readonly Lesson[];
  /** The week `--week` asked for, or null for all. */
  week: number | null;
}

/** `lesson list`: a heading per week, then each lesson with its date and id, wrapped under its text. */
export function renderLessonList(s: Style, v: LessonListView, columns = 80): string {
  if (v.lessons.length === 0) {
    return `No lessons noted${v.week === null ? '' : ` for week ${v.week}`}. Note one with coach lesson add "...".\n`;
  }
  const weeks = [...new Set(v.lessons.map((l) => l.week))].sort((a, b) => a - b);
  const lines = weeks.flatMap((week) => [
    s.bold(`Week ${week}`),
    ...v.lessons.filter((l) => l.week === week)
      .flatMap((l) => wrapLine(`  ${s.dim(l.date)}  ${sanitizeLine(l.text)}  ${s.dim(l.id)}`, columns, ' '.repeat(12))),
  ]);
  lines.push(s.dim(`${plural(v.lessons.length, 'lesson')}. Remove one with coach lesson rm ID.`));
  return lines.join('\n') + '\n';
}

/** After `lesson rm ID`. */
export function renderRemovedLesson(s: Style, l: Lesson): string {
  return `${s.green('✔')} removed the week ${l.week} lesson "${sanitizeLine(l.text)}". Undo with coach undo.\n`;
}
