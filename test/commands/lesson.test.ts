// `coach lesson add`: lessons land on the current week (or --week), show in the review, and undo.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonAdd } from '../../src/commands/lesson.js';
import { review } from '../../src/commands/review.js';
import { undo } from '../../src/commands/undo.js';
import { UsageError } from '../../src/errors.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, NOW, setUp } from './setup.js';

/** Sunday 29 November 2026: day 7 of week 11 when the plan starts on Monday the 23rd. */
const DAY_7 = new Date(2026, 10, 29, 10, 0);

describe('coach lesson add', () => {
  it('notes a lesson for the current week with today\'s date', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    const row = await lessonAdd(t.ctx, { text: ['close', 'channels from the sender'] });
    expect(row).toMatchObject({ track: 'go', week: 11, text: 'close channels from the sender', date: '2026-11-25' });
    expect(logOf(home).lessons()).toEqual([row]);
    expect(t.out()).toBe('✔ noted for week 11 (1 lesson so far). Undo with coach undo.\n');
  });

  it('takes --week for a week of the plan and refuses others', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await expect(lessonAdd(testContext({ home, now: NOW }).ctx, { text: ['x'], week: 3 })).rejects.toThrow(/week 3 is not part of your plan; its weeks: 11/);
    expect(logOf(home).lessons()).toEqual([]);
    const row = await lessonAdd(testContext({ home, now: NOW }).ctx, { text: ['y'], week: 11 });
    expect(row.week).toBe(11);
  });

  it('before coach init, a refused --week leaves no log behind; a good one creates it', async () => {
    const home = tempDir();
    const err = await lessonAdd(testContext({ home, now: NOW }).ctx, { text: ['x'], week: 99 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/^week 99 is not part of your plan/);
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);

    await lessonAdd(testContext({ home, now: NOW }).ctx, { text: ['y'], week: 11 });
    expect(logOf(home).lessons().map((l) => l.text)).toEqual(['y']);
    expect(logOf(home).getSettings()).toMatchObject({ track: 'go', week: '11', start: '2026-11-25' });
  });

  it('strips control characters and folds lines; refuses empty text without a terminal', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const row = await lessonAdd(testContext({ home, now: NOW }).ctx, { text: ['two\nlines \x1b[31mred\x1b[0m'] });
    expect(row.text).toBe('two lines red');
    await expect(lessonAdd(testContext({ home, now: NOW }).ctx, { text: ['  '] })).rejects.toThrow(UsageError);
  });

  it('asks for the text on a terminal', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW, interactive: true, answers: { lesson: 'sketch the API first' } });
    const row = await lessonAdd(t.ctx, { text: [] });
    expect(t.asked).toEqual(['lesson']);
    expect(row.text).toBe('sketch the API first');
  });

  it('is undone by coach undo', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await lessonAdd(testContext({ home, now: NOW }).ctx, { text: ['gone soon'] });
    const result = await undo(testContext({ home, now: NOW }).ctx, {});
    expect(result?.kind).toBe('lesson');
    expect(logOf(home).lessons()).toEqual([]);
  });
});

describe('lessons in coach review', () => {
  it('on day 7 asks for more while there are fewer than 3, and stops asking at 3', async () => {
    const home = await setUp({ start: '2026-11-23' });
    for (const text of ['one', 'two']) await lessonAdd(testContext({ home, now: DAY_7 }).ctx, { text: [text] });
    const t = testContext({ home, now: DAY_7 });
    const r = await review(t.ctx, {});
    expect(r.lessons.map((l) => l.text)).toEqual(['one', 'two']);
    expect(r.lessonsWanted).toBe(1);
    expect(t.out()).toContain('Lessons (2):\n  • one\n  • two\nDay 7 asks for 3–5 key lessons: add 1 more with coach lesson add "..." --week 11\n');

    await lessonAdd(testContext({ home, now: DAY_7 }).ctx, { text: ['three'] });
    const again = testContext({ home, now: DAY_7 });
    expect((await review(again.ctx, {})).lessonsWanted).toBe(0);
    expect(again.out()).not.toContain('asks for');
  });

  it('before day 7 does not ask', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW });
    expect((await review(t.ctx, {})).lessonsWanted).toBe(0);
    expect(t.out()).toContain('Note what you learn with coach lesson add "..." --week 11');
  });
});

describe('coach review asks for lessons on a terminal', () => {
  it('on day 7 with fewer than 3 lessons it asks until 3 are noted', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await lessonAdd(testContext({ home, now: DAY_7 }).ctx, { text: ['first lesson'] });
    const t = testContext({ home, now: DAY_7, interactive: true, answers: { lesson: ['second lesson', 'third lesson'] } });
    await review(t.ctx, {});
    expect(t.asked).toEqual(['lesson', 'lesson']);
    expect(logOf(home).lessons({ week: 11 }).map((l) => l.text)).toEqual(['first lesson', 'second lesson', 'third lesson']);
  });

  it('an empty answer stops the questions; with --json it never asks', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: DAY_7, interactive: true, answers: { lesson: ['only one', ''] } });
    await review(t.ctx, {});
    expect(t.asked).toEqual(['lesson', 'lesson']);
    expect(logOf(home).lessons({ week: 11 }).map((l) => l.text)).toEqual(['only one']);
    const j = testContext({ home, now: DAY_7, interactive: true, answers: {} });
    await review(j.ctx, { json: true });
    expect(j.asked).toEqual([]);
  });

  it('before the week\'s last day it does not ask', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const t = testContext({ home, now: NOW, interactive: true, answers: {} });
    await review(t.ctx, {});
    expect(t.asked).toEqual([]);
  });
});
