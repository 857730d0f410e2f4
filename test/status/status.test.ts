// coach status: the facts, the state file, and the fast path's refusals whenever the state may be
// stale (a write, a direct edit of the log, an edited track file, another day, another content).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { status } from '../../src/commands/status.js';
import { UsageError } from '../../src/errors.js';
import { fastStatus } from '../../src/status/fast.js';
import { stateFile } from '../../src/status/state.js';
import { dbFile } from '../../src/store/db-file.js';
import { NOW, WEEK_11, copyOfBundled, setUp, weekFile } from '../commands/setup.js';
import { ROOT, runMain, testContext } from '../helpers/cli.js';
import { rawDatabase } from '../helpers/raw-db.js';
import { tempDir } from '../helpers/temp-dir.js';

const run = async (home: string, opts: { format?: string; json?: true; now?: Date; env?: NodeJS.ProcessEnv } = {}) => {
  const t = testContext({ home, now: opts.now ?? NOW, env: opts.env });
  const facts = await status(t.ctx, { format: opts.format, json: opts.json });
  return { facts, out: t.out() };
};

/** What `coach status` prints from the state file alone, or null when the full command must run. */
const fast = (home: string, now: Date = NOW, args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  fastStatus(['node', 'coach', 'status', ...args], { COACH_HOME: home, ...env }, now, ROOT);

const main = (home: string, args: string[]) => runMain(args, { home, now: NOW });

describe('coach status', () => {
  it('prints an empty line with no log, and writes nothing but its state', async () => {
    const home = tempDir();
    expect((await run(home)).out).toBe('\n');
    expect(fs.existsSync(dbFile(home))).toBe(false);
    expect(fast(home)).toBe('\n');
  });

  it("shows today's blocks and DSA, and the fast path prints the same", async () => {
    const home = await setUp();
    const { out, facts } = await run(home);
    expect(out).toBe('blocks 0/4  DSA 0/2–3\n');
    expect(facts).toEqual({ date: '2026-11-25', blocks: { done: 0, planned: 4 }, dsa: { done: 0, target: { min: 2, max: 3 } } });
    expect(fast(home)).toBe(out);
    expect(fast(home, NOW, ['--format', '{blocks}'])).toBe('0/4\n');
  });

  it('shows the running timer and the revisits due, the fast path counting the timer on', async () => {
    const home = await setUp();
    // A problem rated "again" on an earlier day is due again by today; a timer started at 09:00.
    const earlier = new Date(NOW.getTime() - 3 * 86_400_000);
    expect((await runMain(['dsa', 'add', 'Two Sum', '--rating', 'again', '--date', '2026-11-22'], { home, now: earlier })).code).toBe(0);
    expect((await main(home, ['start', '2', '--at', '09:00'])).code).toBe(0);
    const { facts, out } = await run(home, { format: '{timer} {elapsed}/{planned}m · {revisits} due' });
    expect(facts.revisits).toEqual({ due: 1 });
    expect(facts.timer).toMatchObject({ running: true, planned: 60 });
    const started = new Date(NOW);
    started.setHours(9, 0, 0, 0);
    const minutes = Math.floor((NOW.getTime() - started.getTime()) / 60_000);
    // The block's title is longer than a prompt segment: its first 39 characters and `…`.
    const title = facts.timer?.title ?? '';
    expect(title.length).toBeGreaterThan(40);
    expect(out).toBe(`${title.slice(0, 39).trimEnd()}… ${minutes}/60m · 1 due\n`);
    // Ten minutes on, the state file still serves, and the timer has counted them.
    const later = new Date(NOW.getTime() + 10 * 60_000);
    expect(fast(home, later, ['--format', '{elapsed}'])).toBe(`${minutes + 10}\n`);
    // Paused, it says so and stops counting.
    expect((await main(home, ['pause'])).code).toBe(0);
    const paused = await run(home, { format: '{timer} {elapsed}' });
    expect(paused.out).toBe(`⏸ ${title.slice(0, 39).trimEnd()}… ${minutes}\n`);
    expect(fast(home, later, ['--format', '{elapsed}'])).toBe(`${minutes}\n`);
  });

  it('prints JSON, the same from the fast path', async () => {
    const home = await setUp();
    const { out } = await run(home, { json: true });
    expect(JSON.parse(out)).toEqual({ date: '2026-11-25', blocks: { done: 0, planned: 4 }, dsa: { done: 0, target: { min: 2, max: 3 } }, line: 'blocks 0/4  DSA 0/2–3' });
    expect(fast(home, NOW, ['--json'])).toBe(out);
  });

  it('says nothing on a rest day with nothing done', async () => {
    const home = await setUp();
    expect((await main(home, ['skip'])).code).toBe(0);
    expect((await run(home)).out).toBe('\n');
  });

  it('counts a block let go only when done', async () => {
    const home = await setUp();
    expect((await main(home, ['done', '1'])).code).toBe(0);
    expect((await main(home, ['drop', '4'])).code).toBe(0);
    expect((await run(home)).out).toBe('blocks 1/3  DSA 0/2–3\n');
  });

  it('refuses an unknown placeholder, naming the known ones, and writes nothing', async () => {
    const home = tempDir();
    const err = await run(home, { format: '{blocks} {minutes}' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/unknown placeholder \{minutes\}; known: \{blocks\}.*\{revisits\}/);
    expect(fs.readdirSync(home)).toEqual([]);
    expect(fast(home, NOW, ['--format', '{minutes}'])).toBeNull();
  });
});

describe('the state file is never stale', () => {
  it('a write keeps it current when it is in use, and does not create it otherwise', async () => {
    const home = await setUp();
    expect((await main(home, ['done', '1'])).code).toBe(0);
    expect(fs.existsSync(stateFile(home))).toBe(false);
    await run(home);
    expect((await main(home, ['done', '2'])).code).toBe(0);
    expect(fast(home)).toBe('blocks 2/4  DSA 0/2–3\n');
    expect((await main(home, ['dsa', 'log', '2'])).code).toBe(0);
    expect(fast(home)).toBe('blocks 2/4  DSA 2/2–3\n');
    expect((await main(home, ['undo'])).code).toBe(0);
    expect(fast(home)).toBe('blocks 2/4  DSA 0/2–3\n');
  });

  it('a direct edit of the log sends it to the full computation', async () => {
    const home = await setUp();
    expect((await main(home, ['done', '1'])).code).toBe(0);
    await run(home);
    expect(fast(home)).toBe('blocks 1/4  DSA 0/2–3\n');
    const db = rawDatabase(dbFile(home));
    db.prepare('DELETE FROM completions').run();
    db.close();
    expect(fast(home)).toBeNull();
    expect((await run(home)).out).toBe('blocks 0/4  DSA 0/2–3\n');
    expect(fast(home)).toBe('blocks 0/4  DSA 0/2–3\n');
  });

  it('an edited, added or removed track file sends it to the full computation', async () => {
    const content = copyOfBundled();
    const home = await setUp({ content });
    await run(home);
    expect(fast(home)).not.toBeNull();
    const file = path.join(content, 'go', 'week-11.md');
    // Day 1's DSA block becomes 1–2 problems: the same size would not hide it either (mtime, ctime).
    fs.writeFileSync(file, WEEK_11.replace('Solve two or three problems', 'Solve one or two problems'));
    expect(fast(home)).toBeNull();
    await run(home);
    expect(fast(home)).not.toBeNull();
    fs.writeFileSync(path.join(content, 'go', 'notes.md'), '# notes\n');
    expect(fast(home)).toBeNull();
    await run(home);
    fs.rmSync(path.join(content, 'go', 'notes.md'));
    expect(fast(home)).toBeNull();
  });

  it('another study date, or another COACH_CONTENT, sends it to the full computation', async () => {
    const home = await setUp();
    await run(home);
    expect(fast(home, new Date(2026, 10, 26, 3, 59))).not.toBeNull(); // still the 25th's study day
    expect(fast(home, new Date(2026, 10, 26, 4, 0))).toBeNull();
    const tomorrow = await run(home, { now: new Date(2026, 10, 26, 9, 0) });
    expect(tomorrow.facts.date).toBe('2026-11-26');
    expect(fast(home, new Date(2026, 10, 26, 9, 0))).toBe(tomorrow.out);
    expect(fast(home, new Date(2026, 10, 26, 9, 0), [], { COACH_CONTENT: copyOfBundled() })).toBeNull();
  });

  it('anything but --format and --json goes to the full command', async () => {
    const home = await setUp();
    await run(home);
    for (const args of [['--help'], ['--content', 'x'], ['--format'], ['extra']]) expect(fast(home, NOW, args)).toBeNull();
    expect(fastStatus(['node', 'coach', 'today'], { COACH_HOME: home }, NOW, ROOT)).toBeNull();
  });

  it('is not saved while a file it stamps changed too recently for its stamp to tell a next change', async () => {
    const home = await setUp();
    // A change stamped ahead of the clock stands for one in the very tick the state would be stamped.
    const soon = new Date(Date.now() + 5000);
    fs.utimesSync(dbFile(home), soon, soon);
    expect((await run(home)).out).toBe('blocks 0/4  DSA 0/2–3\n');
    expect(fs.existsSync(stateFile(home))).toBe(false);
    const content = copyOfBundled();
    const other = await setUp({ content });
    fs.utimesSync(path.join(content, 'go', 'week-11.md'), soon, soon);
    await run(other);
    expect(fs.existsSync(stateFile(other))).toBe(false);
    fs.utimesSync(path.join(content, 'go', 'week-11.md'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    await run(other);
    expect(fast(other)).toBe('blocks 0/4  DSA 0/2–3\n');
  });

  it('with --content, the state is left as it was', async () => {
    const home = await setUp();
    await run(home);
    const before = fs.readFileSync(stateFile(home), 'utf8');
    await status(testContext({ home, now: new Date(2026, 10, 26, 9, 0) }).ctx, { content: copyOfBundled() });
    expect(fs.readFileSync(stateFile(home), 'utf8')).toBe(before);
  });
});

describe('coach status with a track file that cannot be read', () => {
  it('shows a short marker instead of the plan counts, on the fast path too, until the file is fixed', async () => {
    const content = copyOfBundled();
    const home = await setUp({ content });
    const broken = path.join(content, 'go', 'week-12.md');
    fs.writeFileSync(broken, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
    const { out, facts } = await run(home);
    // Today's blocks and DSA target may be another week's: left out, the timer and revisits kept.
    expect(out).toBe('⚠ track file unreadable\n');
    expect(facts).toEqual({ date: '2026-11-25', unreadable: 1 });
    expect(fast(home)).toBe(out);
    expect(fast(home, NOW, ['--format', '{blocks}'])).toBe('⚠ track file unreadable\n');

    fs.rmSync(broken);
    expect(fast(home)).toBeNull();
    expect((await run(home)).out).toBe('blocks 0/4  DSA 0/2–3\n');
  });
});

describe("coach status when the start week's file cannot be read", () => {
  it('shows the marker rather than failing on every prompt', async () => {
    const content = copyOfBundled();
    fs.writeFileSync(path.join(content, 'go', 'week-12.md'), weekFile('go', 12));
    const home = await setUp({ content });
    fs.writeFileSync(path.join(content, 'go', 'week-11.md'), '');
    const { out, facts } = await run(home);
    expect(out).toBe('⚠ track file unreadable\n');
    expect(facts).toEqual({ date: '2026-11-25', unreadable: 1 });
  });
});
