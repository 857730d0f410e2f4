// Golden text of `coach lesson list` and of the line `lesson rm` prints, colours stripped.
import { stripVTControlCharacters as stripAnsi } from 'node:util';
import { describe, expect, it } from 'vitest';
import { width } from '../../src/render/format.js';
import { makeStyle } from '../../src/render/color.js';
import { renderLessonList, renderRemovedLesson } from '../../src/render/lesson.js';
import { lesson } from '../review/fixtures.js';
import { expectGolden } from './golden.js';
import { isoDate } from '../helpers/dates.js';

// With colour on, so the stripped text shows that colour codes never shift the columns.
const style = makeStyle(1);

const LESSONS = [
  lesson(12, 'sketch the API first', { id: 'b2c3d4e5-0000-4000-8000-000000000002', date: isoDate('2026-11-30') }),
  lesson(11, 'close channels from the sender', { id: 'a1b2c3d4-0000-4000-8000-000000000001', date: isoDate('2026-11-25') }),
  lesson(11, 'token buckets allow bursts', { id: 'c3d4e5f6-0000-4000-8000-000000000003', date: isoDate('2026-11-27') }),
];

const cases: Record<string, () => string> = {
  'list': () => renderLessonList(style, { lessons: LESSONS, week: null }),
  'list-empty': () => renderLessonList(style, { lessons: [], week: null }),
  'list-empty-week': () => renderLessonList(style, { lessons: [], week: 11 }),
  'removed': () => renderRemovedLesson(style, LESSONS[1]!),
};

describe('lesson list and rm, golden text', () => {
  for (const [name, render] of Object.entries(cases)) it(name, () => expectGolden(`lesson/${name}`, render()));

  it('wraps a long lesson under its text, within the width', () => {
    const long = lesson(11, 'Token buckets allow bursts while sliding windows smooth them out; pick by traffic shape', {
      id: 'e3e671fb-7aa9-4596-ab0a-22c3fc873fb2', date: isoDate('2026-11-26'),
    });
    const lines = stripAnsi(renderLessonList(style, { lessons: [long], week: null }, 80)).split('\n');
    expect(lines.every((l) => width(l) <= 80)).toBe(true);
    expect(lines[1]).toMatch(/^ {2}2026-11-26 {2}Token buckets/);
    expect(lines[2]).toMatch(/^ {14}\S/);
  });
});
