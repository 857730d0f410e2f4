// `coach review`: the current week by default, --week, --json, and --markdown with its overwrite rule.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { lessonAdd } from '../../src/commands/lesson.js';
import { review } from '../../src/commands/review.js';
import { today } from '../../src/commands/today.js';
import { IoError, UsageError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/files.js';
import type { Store } from '../../src/store/store.js';
import { runCoach, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, logOf, markBlocks, NOW, setUp, WEEK_11, weekFile } from './setup.js';
import { isoDate } from '../helpers/dates.js';
import type { IsoDate } from '../../src/schedule/dates.js';

/** Weeks 11 and 12 of the go track, started on Monday 16 November: today (25 Nov) is week 12 day 3. */
async function twoWeeks(): Promise<{ home: string; content: string }> {
  const content = contentDir({ 'go/week-11.md': WEEK_11, 'go/week-12.md': weekFile('go', 12) });
  const home = await setUp({ content, start: '2026-11-16', week: 11 });
  return { home, content };
}

function markDone(store: Store, week: number, day: number, blocks: number[], date: IsoDate, minutes?: number): void {
  markBlocks(store, blocks.map((n) => `go.w${week}.d${day}.4h.${n}`), date, minutes === undefined ? {} : { minutes });
}

describe('coach review', () => {
  it('reviews the current plan week by default and compares it with the week before', async () => {
    const { home } = await twoWeeks();
    const store = logOf(home);
    markDone(store, 11, 1, [1, 2, 3, 4], isoDate('2026-11-16'));
    markDone(store, 12, 1, [1, 2], isoDate('2026-11-23'), 90);
    store.addProblems([{ date: isoDate('2026-11-23'), difficulty: 'medium' }, { date: isoDate('2026-11-24') }]);

    const t = testContext({ home, now: NOW });
    const r = await review(t.ctx, {});
    expect(r).toMatchObject({ track: 'go', week: 12, from: '2026-11-23', to: '2026-11-29', today: '2026-11-25' });
    expect(r.days[0]).toMatchObject({ day: 1, date: '2026-11-23', blocks: { done: 2, planned: 4 }, dsa: 1 });
    expect(r.totals.blocks).toEqual({ done: 2, planned: 27, percent: 7, dropped: 0 });
    expect(r.totals.minutes.done).toBe(180);
    expect(r.previous).toMatchObject({ week: 11, blocks: { done: 4, planned: 27 } });
    expect(r.undone.map((d) => d.day)).toEqual([1, 2, 3]);
    const out = t.out();
    expect(out).toContain('Go Track · week 12 review  Mon 23 Nov – Sun 29 Nov 2026 · 4h plan');
    expect(out).toContain('vs week 11: blocks 4 → 2 (−2)');
    expect(out).toContain('DSA     2 solved of 14–21 (2–3 a day) · easy 0 · medium 1 · hard 0 · not given 1');
  });

  it('--week picks another week of the plan; --json prints exactly what it returns', async () => {
    const { home } = await twoWeeks();
    const t = testContext({ home, now: NOW });
    const r = await review(t.ctx, { week: 11, json: true });
    expect(r.week).toBe(11);
    expect(r.previous).toBeNull();
    expect(JSON.parse(t.out())).toEqual(JSON.parse(JSON.stringify(r)));
    expect(Object.keys(JSON.parse(t.out()))).toEqual(expect.arrayContaining(['track', 'week', 'plan', 'days', 'totals', 'streak', 'undone', 'previous', 'lessons']));
  });

  it('refuses a week outside the plan', async () => {
    const { home } = await twoWeeks();
    await expect(review(testContext({ home, now: NOW }).ctx, { week: 13 })).rejects.toThrow(
      new UsageError('week 13 is not part of your plan; its weeks: 11, 12 (track "go" from week 11)'),
    );
  });

  it('works before coach init without creating a log: the bundled week, starting today', async () => {
    const home = tempDir();
    const r = await review(testContext({ home, now: NOW }).ctx, {});
    expect(r).toMatchObject({ week: 11, from: '2026-11-25', totals: { blocks: { done: 0 } } });
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });
});

describe('a start week the track no longer has', () => {
  const LOST = new UsageError('week 12 is no longer in track "go" (its weeks: 10, 11); choose a start week with coach init --week N');
  const weeks10to12 = (): string => contentDir({ 'go/week-10.md': weekFile('go', 10), 'go/week-11.md': WEEK_11, 'go/week-12.md': weekFile('go', 12) });

  /** Set up at week 12 of weeks 10–12, then week-12.md renamed away. */
  async function renamedAway(): Promise<string> {
    const content = weeks10to12();
    const home = await setUp({ content, start: '2026-11-23', week: 12 });
    fs.renameSync(path.join(content, 'go', 'week-12.md'), path.join(content, 'go', 'week-12.md.old'));
    return home;
  }

  it('is a usage error for review, lesson add and today, and nothing is written', async () => {
    const home = await renamedAway();
    const ctx = () => testContext({ home, now: NOW }).ctx;
    await expect(review(ctx(), {})).rejects.toThrow(LOST);
    await expect(lessonAdd(ctx(), { text: ['a lesson'] })).rejects.toThrow(LOST);
    await expect(today(ctx(), {})).rejects.toThrow(LOST);
    expect(logOf(home).history()).toEqual([]);
  });

  it('is a usage error when --content names a folder whose track of that id lacks the week', async () => {
    const home = await setUp({ content: weeks10to12(), start: '2026-11-23', week: 12 });
    const other = contentDir({ 'go/week-10.md': weekFile('go', 10), 'go/week-11.md': WEEK_11 });
    await expect(review(testContext({ home, now: NOW }).ctx, { content: other })).rejects.toThrow(LOST);
  });

  it('exits 2 from the binary with the message, no stack', async () => {
    const home = await renamedAway();
    for (const args of [['review'], ['lesson', 'add', 'x'], ['today']]) {
      const r = runCoach(args, { home });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`coach: ${LOST.message}\n`);
    }
  });
});

describe('coach review --markdown', () => {
  it('books each date\'s progress-log row with the minutes done that date, up to today only', async () => {
    const { home, content } = await twoWeeks();
    // Week 12 runs 23 to 29 November; day 1's blocks are caught up on the 24th (230 minutes) and
    // a week-11 block on the 25th, today.
    await done(testContext({ home, now: NOW }).ctx, { content, refs: ['go.w12.d1.4h.1'], date: 'yesterday', minutes: 230 });
    markDone(logOf(home), 11, 7, [1], isoDate('2026-11-25'), 45);
    const dir = tempDir();
    await review(testContext({ home, now: NOW, cwd: dir }).ctx, { markdown: 'week-12.md' });
    const rows = fs.readFileSync(path.join(dir, 'week-12.md'), 'utf8').split('## Progress log')[1]?.trim().split('\n').slice(2);
    expect(rows?.map((r) => r.split(' | ').slice(0, 3).join(' | '))).toEqual([
      '| 2026-11-23 | 0 | 0',
      '| 2026-11-24 | 3.83 | 0',
      '| 2026-11-25 | 0.75 | 0',
    ]);
  });

  it('writes the note, and replaces it on the next run', async () => {
    const { home } = await twoWeeks();
    const dir = tempDir();
    const t = testContext({ home, now: NOW, cwd: dir });
    await review(t.ctx, { markdown: 'week-12.md' });
    const file = path.join(dir, 'week-12.md');
    const first = fs.readFileSync(file, 'utf8');
    expect(first.startsWith('<!-- coach review: go week 12;')).toBe(true);
    expect(first).toContain('| 2026-11-23 | 0 | 0 | Rate limiter: HLD and LLD |  |');
    expect(t.out()).toContain(`Wrote the week 12 review to ${file}`);

    markDone(logOf(home), 12, 1, [1], isoDate('2026-11-23'), 30);
    await review(testContext({ home, now: NOW, cwd: dir }).ctx, { markdown: 'week-12.md' });
    expect(fs.readFileSync(file, 'utf8')).toContain('| 2026-11-23 | 0.5 | 0 |');
    expect(fs.readdirSync(dir)).toEqual(['week-12.md']); // no temporary file left behind
  });

  it('refuses to replace a file coach did not write, unless --force', async () => {
    const { home } = await twoWeeks();
    const dir = tempDir();
    const file = path.join(dir, 'notes.md');
    fs.writeFileSync(file, '# My own notes\n');
    const t = testContext({ home, now: NOW, cwd: dir });
    await expect(review(t.ctx, { markdown: 'notes.md' })).rejects.toThrow(/notes\.md exists and is not a review coach wrote; .* --force/);
    expect(fs.readFileSync(file, 'utf8')).toBe('# My own notes\n');
    expect(t.out()).toBe('');

    await review(testContext({ home, now: NOW, cwd: dir }).ctx, { markdown: 'notes.md', force: true });
    expect(fs.readFileSync(file, 'utf8')).toContain('# Go Track: week 12 review');
  });

  it('with --json keeps stdout one JSON document and says where it wrote on stderr', async () => {
    const { home } = await twoWeeks();
    const dir = tempDir();
    const t = testContext({ home, now: NOW, cwd: dir });
    await review(t.ctx, { markdown: 'r.md', json: true });
    expect(JSON.parse(t.out())).toMatchObject({ week: 12 });
    expect(t.err()).toContain('Wrote the week 12 review to');
    expect(fs.existsSync(path.join(dir, 'r.md'))).toBe(true);
  });

  it('exits 2 from the binary when it refuses, and 0 when it writes', () => {
    const home = tempDir();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'mine.md'), 'hands off\n');
    const refused = runCoach(['review', '--markdown', path.join(dir, 'mine.md')], { home });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^coach: .*mine\.md exists and is not a review coach wrote/);
    const wrote = runCoach(['review', '--markdown', path.join(dir, 'new.md')], { home, env: { NO_COLOR: '1' } });
    expect(wrote.status).toBe(0);
    expect(wrote.stdout).toContain('Go Track · week 11 review');
    expect(runCoach(['review', '--week', '99'], { home }).status).toBe(2);
  });

  it('creates no folder for the note: a missing one is an error naming it, and once made the note goes in', async () => {
    const { home } = await twoWeeks();
    const dir = tempDir();
    await expect(review(testContext({ home, now: NOW, cwd: dir }).ctx, { markdown: 'notes/weeks/week-12.md' })).rejects.toThrow(
      `the folder ${path.join(dir, 'notes')} does not exist`,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.mkdirSync(path.join(dir, 'notes', 'weeks'), { recursive: true });
    await review(testContext({ home, now: NOW, cwd: dir }).ctx, { markdown: 'notes/weeks/week-12.md' });
    expect(fs.readFileSync(path.join(dir, 'notes', 'weeks', 'week-12.md'), 'utf8')).toContain('# Go Track: week 12 review');
  });

  it.skipIf(process.platform === 'win32')('writes through a symbolic link and keeps the link', async () => {
    const { home } = await twoWeeks();
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'vault'));
    // A link to a note not written yet, then the same link once the note exists. Writing where a
    // link to nothing leads creates a file elsewhere: that takes --force.
    fs.symlinkSync(path.join('vault', 'week-12.md'), path.join(dir, 'week-12.md'));
    await expect(review(testContext({ home, now: NOW, cwd: dir }).ctx, { markdown: 'week-12.md' })).rejects.toThrow(
      new UsageError(`${path.join(dir, 'week-12.md')} is a symbolic link to ${path.join(dir, 'vault', 'week-12.md')}, which does not exist; ` +
        `give another file, or pass --force to create ${path.join(dir, 'vault', 'week-12.md')}`),
    );
    expect(fs.readdirSync(path.join(dir, 'vault'))).toEqual([]);
    for (let run = 0; run < 2; run++) {
      await review(testContext({ home, now: NOW, cwd: dir }).ctx, { markdown: 'week-12.md', ...(run === 0 ? { force: true } : {}) });
      expect(fs.lstatSync(path.join(dir, 'week-12.md')).isSymbolicLink()).toBe(true);
      expect(fs.readFileSync(path.join(dir, 'vault', 'week-12.md'), 'utf8')).toContain('# Go Track: week 12 review');
    }
    expect(fs.readdirSync(path.join(dir, 'vault'))).toEqual(['week-12.md']);
  });

  it('refuses a folder, naming a file to use instead', async () => {
    const { home } = await twoWeeks();
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'notes'));
    const t = testContext({ home, now: NOW, cwd: dir });
    await expect(review(t.ctx, { markdown: 'notes', force: true })).rejects.toThrow(
      new UsageError(`${path.join(dir, 'notes')} is a folder; give a file for the note, such as ${path.join(dir, 'notes', 'week-12.md')}`),
    );
    expect(fs.readdirSync(path.join(dir, 'notes'))).toEqual([]);
    expect(() => writeFileAtomic(path.join(dir, 'notes'), 'x', { dataDir: home })).toThrow(IoError);
    expect(() => writeFileAtomic(path.join(dir, 'notes'), 'x', { dataDir: home })).toThrow(`cannot write ${path.join(dir, 'notes')}: it is a folder; give the path of a file`);
  });
});
