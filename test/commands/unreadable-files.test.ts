// A track file that cannot be read (empty mid-write, not UTF-8) may be a week the plan leaves out:
// the views say so on stderr and still show the plan; writes against the plan's numbers refuse.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { drop } from '../../src/commands/drop.js';
import { plan } from '../../src/commands/plan.js';
import { startTimer } from '../../src/commands/timer.js';
import { today } from '../../src/commands/today.js';
import { validate } from '../../src/commands/validate.js';
import { UsageError } from '../../src/errors.js';
import { describeUnreadable } from '../../src/session-files.js';
import { testContext } from '../helpers/cli.js';
import { contentDir, logOf, NOW, setUp, weekFile } from './setup.js';

/** Weeks 1–3 of track go, one file each; the learner started week 1 nine days ago: week 2, day 3. */
async function threeWeeks(): Promise<{ home: string; file: (week: number) => string }> {
  const content = contentDir({ 'week-1.md': weekFile('go', 1), 'week-2.md': weekFile('go', 2), 'week-3.md': weekFile('go', 3) });
  const home = await setUp({ content, start: '2026-11-16', week: 1 });
  return { home, file: (week) => path.join(content, `week-${week}.md`) };
}

const run = (home: string) => testContext({ home, now: NOW });

describe('a track file that cannot be read', () => {
  it('an empty file: today warns on stderr, naming the file, and still shows the plan; the warning goes once the file is back', async () => {
    const { home, file } = await threeWeeks();
    expect(await today(run(home).ctx, {})).toMatchObject({ week: 2, day: 3 });
    const text = fs.readFileSync(file(2), 'utf8');

    fs.writeFileSync(file(2), '');
    const t = run(home);
    const view = await today(t.ctx, {});
    expect(t.err()).toMatch(/week-2\.md cannot be read \(file is empty[^)]*\): the plan leaves it out, so later weeks may have moved up/);
    expect(t.err()).toContain('coach validate');
    expect(view.blocks.length).toBeGreaterThan(0);

    fs.writeFileSync(file(2), text);
    const fixed = run(home);
    expect(await today(fixed.ctx, {})).toMatchObject({ week: 2, day: 3 });
    expect(fixed.err()).toBe('');
  });

  it('a byte that is not UTF-8: the warning says so; --json keeps stdout valid JSON', async () => {
    const { home, file } = await threeWeeks();
    fs.writeFileSync(file(3), Buffer.concat([fs.readFileSync(file(3)), Buffer.from([0xff])]));
    const t = run(home);
    await today(t.ctx, { json: true });
    expect(() => JSON.parse(t.out()) as unknown).not.toThrow();
    expect(t.err()).toMatch(/week-3\.md cannot be read \(file is not valid UTF-8/);
    const p = run(home);
    await plan(p.ctx, {});
    expect(p.err()).toContain('week-3.md cannot be read');
  });

  it('done, drop and start refuse, naming the file, and write nothing', async () => {
    const { home, file } = await threeWeeks();
    fs.writeFileSync(file(2), '');
    const before = logOf(home).completions().length;
    for (const write of [
      (ctx: ReturnType<typeof run>['ctx']) => done(ctx, { refs: ['1'] }),
      (ctx: ReturnType<typeof run>['ctx']) => drop(ctx, { refs: ['1'] }),
      (ctx: ReturnType<typeof run>['ctx']) => startTimer(ctx, { ref: '1' }),
    ]) {
      const t = run(home);
      const refused = write(t.ctx);
      await expect(refused).rejects.toThrow(UsageError);
      await expect(refused).rejects.toThrow(/week-2\.md cannot be read \(file is empty.*Nothing was written\. Fix or remove the file \(coach validate/);
      expect(t.out()).toBe('');
    }
    const log = logOf(home);
    expect(log.completions().length).toBe(before);
    expect(log.drops().length).toBe(0);
    expect(log.runningTimer()).toBeNull();
  });

  it.each([
    ['never closed', (text: string) => text.replace(/^---\n([\s\S]*?)\n---\n/, '---\n$1\n'), /front matter starts with --- but is never closed/],
    ['not YAML', (text: string) => text.replace(/^week: 2$/m, 'week: 2\n  bad: [indent'), /broken front matter/],
    ['a week that is no number', (text: string) => text.replace(/^week: 2$/m, 'week: second'), /front matter week must be a whole number/],
  ])('front matter %s: the file is no week of any track, so views warn and writes refuse', async (_, breakIt, problem) => {
    const { home, file } = await threeWeeks();
    fs.writeFileSync(file(2), breakIt(fs.readFileSync(file(2), 'utf8')));
    const t = run(home);
    const view = await today(t.ctx, {});
    expect(t.err()).toMatch(/week-2\.md cannot be read \(/);
    expect(t.err()).toMatch(problem);
    // Not another track made of the file's days, nor week 2 of this one.
    expect(view.track).toBe('go');
    expect(view.week).not.toBe(2);
    await expect(done(run(home).ctx, { refs: ['1'] })).rejects.toThrow(/week-2\.md cannot be read .*Nothing was written/);
    expect(logOf(home).completions()).toEqual([]);
  });

  it("the start week's file: the error names it and its problem, not coach init --week", async () => {
    const { home, file } = await threeWeeks();
    fs.writeFileSync(file(1), '');
    const refused = today(run(home).ctx, {});
    await expect(refused).rejects.toThrow(/week 1 of track "go" cannot be found: .*week-1\.md cannot be read \(file is empty/);
    await expect(refused).rejects.not.toThrow(/coach init --week/);
  });

  it("concerns the track the file was a week of when last read; a file never read well concerns every track", async () => {
    const files = { 'week-1/go.md': weekFile('go', 1), 'week-2/go.md': weekFile('go', 2), 'week-1/node.md': weekFile('node', 1), 'week-2/node.md': weekFile('node', 2) };
    const content = contentDir(files);
    const node = await setUp({ content, track: 'node', start: '2026-11-16', week: 1 });
    const go = await setUp({ content, track: 'go', start: '2026-11-16', week: 1 });
    // Both caches read go's week 2 well before it was emptied.
    await today(run(node).ctx, {});
    await today(run(go).ctx, {});
    fs.writeFileSync(path.join(content, 'week-2', 'go.md'), '');

    const n = run(node);
    expect(await today(n.ctx, {})).toMatchObject({ track: 'node', week: 2, day: 3 });
    expect(n.err()).toBe('');
    await done(run(node).ctx, { refs: ['1'] });
    expect(logOf(node).completions().length).toBe(1);
    // coach validate parses every file again and rewrites the cache's index: the file's track is kept.
    await validate(run(node).ctx, { path: undefined });
    const again = run(node);
    await today(again.ctx, {});
    expect(again.err()).toBe('');
    const g = run(go);
    await today(g.ctx, {});
    expect(g.err()).toContain('go.md cannot be read (file is empty');
    await expect(done(run(go).ctx, { refs: ['1'] })).rejects.toThrow(UsageError);

    // A cache that never saw the file well cannot tell whose week it was: every track hears of it.
    const fresh = await setUp({ content, track: 'node', start: '2026-11-16', week: 1 });
    const f = run(fresh);
    await today(f.ctx, {});
    expect(f.err()).toContain('go.md cannot be read (file is empty');
  });
});

describe('describeUnreadable', () => {
  it('names the first three files and counts the rest', () => {
    const files = [1, 2, 3, 4, 5].map((n) => ({ file: `/c/week-${n}.md`, problem: 'file is empty' }));
    expect(describeUnreadable(files, '/c')).toBe(
      'week-1.md cannot be read (file is empty); week-2.md cannot be read (file is empty); week-3.md cannot be read (file is empty); and 2 more files',
    );
    expect(describeUnreadable(files.slice(0, 1), '/elsewhere')).toBe('/c/week-1.md cannot be read (file is empty)');
  });
});
