// `coach done`: naming blocks by number or id, marking twice, refusals that write nothing, the
// checkbox on a terminal, the first write before init, and the snapshot kept in the log.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { today } from '../../src/commands/today.js';
import { UsageError } from '../../src/errors.js';
import type { Choice } from '../../src/ui/prompts.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, copyOfBundled, logOf, NOW, setUp, TODAY, WEEK_11, weekFile } from './setup.js';

const ids = (home: string): string[] => logOf(home).completions().map((c) => c.blockId);

describe('naming blocks', () => {
  it('by the numbers coach today prints', async () => {
    const home = await setUp();
    // Wide enough for the confirmation on one line (at 80 columns it wraps under the block).
    const t = testContext({ home, now: NOW, columns: 120 });
    const result = await done(t.ctx, { refs: ['1', '3'] });

    expect(result.added.map((c) => c.blockId)).toEqual(['go.w11.d1.4h.1', 'go.w11.d1.4h.3']);
    expect(ids(home)).toEqual(['go.w11.d1.4h.1', 'go.w11.d1.4h.3']);
    expect(t.out()).toContain('✔ Block 1 HLD 60–75 min  Pin down the requirements, draw the architecture, define the API');
    expect(t.out()).toContain(`Logged for ${TODAY}. Undo with coach undo.`);
  });

  it('by block id, including a block of an overdue day', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const result = await done(testContext({ home, now: NOW }).ctx, { refs: ['go.w11.d1.4h.2', 'go.w11.d3.4h.1'] });

    expect(result.added.map((c) => [c.blockId, c.week, c.day, c.date])).toEqual([
      ['go.w11.d1.4h.2', 11, 1, TODAY],
      ['go.w11.d3.4h.1', 11, 3, TODAY],
    ]);
    const view = await today(testContext({ home, now: NOW }).ctx, {});
    expect(view.overdue.all.map((b) => b.id)).not.toContain('go.w11.d1.4h.2');
    expect(view.overdue.all.map((b) => b.id)).toContain('go.w11.d1.4h.1');
  });

  it('a 6-hour addition by its number on the 6h plan', async () => {
    const home = await setUp({ plan: '6h' });
    const result = await done(testContext({ home, now: NOW }).ctx, { refs: ['5'] });
    expect(result.added.map((c) => [c.blockId, c.plan, c.label])).toEqual([['go.w11.d1.6h.1', '6h', 'Pseudo-code']]);
  });

  it('the same block named twice in one command is marked once', async () => {
    const home = await setUp();
    const result = await done(testContext({ home, now: NOW }).ctx, { refs: ['2', 'go.w11.d1.4h.2'] });
    expect(result).toMatchObject({ already: [] });
    expect(result.added).toHaveLength(1);
  });

  it('marking a block twice changes nothing', async () => {
    const home = await setUp();
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1'] });
    const before = logOf(home).completions();
    const t = testContext({ home, now: NOW });
    const result = await done(t.ctx, { refs: ['1'] });

    expect(result).toEqual({ added: [], updated: [], already: ['go.w11.d1.4h.1'] });
    expect(logOf(home).completions()).toEqual(before);
    expect(logOf(home).history().filter((a) => a.kind === 'done')).toHaveLength(1);
    expect(t.out()).toContain('already done: go.w11.d1.4h.1');
  });

  it('--minutes and --note are kept with one block', async () => {
    const home = await setUp();
    await done(testContext({ home, now: NOW }).ctx, { refs: ['3'], minutes: 75, note: 'took longer' });
    expect(logOf(home).completions()[0]).toMatchObject({ blockId: 'go.w11.d1.4h.3', minutes: 75, note: 'took longer' });
  });
});

describe('refusals write nothing', () => {
  const refused = async (home: string, refs: string[], message: RegExp, extra: { minutes?: number } = {}): Promise<void> => {
    const err = await done(testContext({ home, now: NOW }).ctx, { refs, ...extra }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  };

  it('a block number that today does not have', async () => {
    const home = await setUp();
    await refused(home, ['1', '9'], /^no block 9 today: today's blocks are numbered 1–4/);
    expect(ids(home)).toEqual([]);
    expect(logOf(home).history()).toEqual([]);
  });

  it('a block number before the start date says when the plan starts, in words', async () => {
    const home = await setUp({ start: '2026-11-30' });
    await refused(home, ['1'], /^no blocks are planned for this date: the plan starts on Mon 30 Nov 2026; name a block by its id/);
  });

  it('an id that is not in the plan', async () => {
    const home = await setUp();
    await refused(home, ['go.w99.d1.4h.1'], /no block with id "go\.w99\.d1\.4h\.1" in this plan/);
    await refused(home, ['go.w11.d1.6h.1'], /no block with id "go\.w11\.d1\.6h\.1" in this plan/);
    expect(logOf(home).history()).toEqual([]);
  });

  it('an id from a week before the plan\'s start week', async () => {
    const content = contentDir({ 'go/week-10.md': weekFile('go', 10), 'go/week-11.md': WEEK_11 });
    const home = await setUp({ content, week: 11 });
    await refused(home, ['go.w10.d1.4h.1'], /^go\.w10\.d1\.4h\.1 is in week 10, before your plan's start week 11; only blocks from week 11 on count$/);
    await refused(home, ['1', 'go.w10.d2.4h.3'], /^go\.w10\.d2\.4h\.3 is in week 10/);
    expect(logOf(home).history()).toEqual([]);
  });

  it('--minutes with two blocks', async () => {
    const home = await setUp();
    await refused(home, ['1', '2'], /--minutes applies to one block/, { minutes: 30 });
    expect(ids(home)).toEqual([]);
  });

  it('no blocks named without a terminal', async () => {
    const home = await setUp();
    await refused(home, [], /^which blocks\? Name them: coach done 1 2/);
    expect(ids(home)).toEqual([]);
  });

  it('before coach init, a refused command leaves no log behind', async () => {
    const home = tempDir();
    await refused(home, ['9'], /no block 9 today/);
    await refused(home, [], /which blocks\?/);
    expect(fs.existsSync(path.join(home, 'coach.db'))).toBe(false);
  });
});

describe('on a terminal', () => {
  it('asks with a checkbox of the open blocks, today first, then the overdue ones', async () => {
    const home = await setUp({ start: '2026-11-24' });
    await done(testContext({ home, now: NOW }).ctx, { refs: ['2'] });
    // Both blocks picked are practice (an HLD and an LLD): each is offered for the practice log.
    const t = testContext({ home, now: NOW, interactive: true, answers: { 'log-block': [false, false] } });
    let offered: Choice<unknown>[] = [];
    t.ctx.prompts.checkbox = async <T>(name: string, _message: string, choices: readonly Choice<T>[]): Promise<T[]> => {
      t.asked.push(name);
      offered = [...choices];
      return [choices[0]!.value, choices[choices.length - 1]!.value];
    };
    const result = await done(t.ctx, { refs: [] });

    expect(t.asked).toEqual(['blocks', 'log-block', 'log-block']);
    expect(offered.map((c) => c.value)).toEqual([
      'go.w11.d2.4h.1', 'go.w11.d2.4h.3', 'go.w11.d2.4h.4',
      // The overdue ones in today's order, with its numbers: DSA and Review of the week first.
      'go.w11.d1.4h.3', 'go.w11.d1.4h.4', 'go.w11.d1.4h.1', 'go.w11.d1.4h.2',
    ]);
    expect(offered[0]?.name).toBe('1. Block 1 (HLD, 60–75 min) List the requirements, name the components, shape the API');
    expect(offered[3]?.name).toMatch(/^5\. week 11 day 1: Block 3 \(DSA/);
    expect(result.added.map((c) => c.blockId)).toEqual(['go.w11.d2.4h.1', 'go.w11.d1.4h.2']);
  });

  it('marks what the scripted answer selects', async () => {
    const home = await setUp();
    const t = testContext({ home, now: NOW, interactive: true, answers: { blocks: ['go.w11.d1.4h.1', 'go.w11.d1.4h.4'], 'log-block': false } });
    await done(t.ctx, { refs: [] });

    // The HLD block is offered for the practice log; the Review block is not practice.
    expect(t.asked).toEqual(['blocks', 'log-block']);
    expect(ids(home)).toEqual(['go.w11.d1.4h.1', 'go.w11.d1.4h.4']);
  });

  it('selecting nothing marks nothing', async () => {
    const home = await setUp();
    const t = testContext({ home, now: NOW, interactive: true, answers: { blocks: [] } });
    await done(t.ctx, { refs: [] });

    expect(t.out()).toBe('Nothing marked.\n');
    expect(ids(home)).toEqual([]);
  });
});

describe('the first write before coach init', () => {
  it('fixes today as the start, so the plan does not slide the next day', async () => {
    const home = tempDir();
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1'] });
    expect(logOf(home).getSettings()).toMatchObject({ track: 'go', start: TODAY, week: '11', plan: '4h' });

    const tomorrow = await today(testContext({ home, now: new Date(2026, 10, 26, 10, 0) }).ctx, {});
    expect(tomorrow).toMatchObject({ day: 2, status: { kind: 'behind', blocksBehind: 3 } });
  });

  it('keeps the content folder with the track, so the next command finds it without --content', async () => {
    const home = tempDir();
    const content = contentDir({ 'node/week-01.md': weekFile('node', 1) });
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1'], content });

    const view = await today(testContext({ home, now: NOW }).ctx, {});
    expect(view).toMatchObject({ track: 'node', week: 1, day: 1 });
    expect(view.blocks[0]).toMatchObject({ id: 'node.w1.d1.4h.1', done: true });
  });
});

describe('the log keeps a snapshot of the block', () => {
  it('editing the markdown later does not change a logged completion', async () => {
    const content = copyOfBundled();
    const file = path.join(content, 'go', 'week-11.md');
    const home = await setUp({ content });
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1'] });

    const edited = fs.readFileSync(file, 'utf8').replace(
      'Pin down the requirements, draw the architecture, define the API.',
      'Rewritten: requirements first, then everything else.',
    );
    fs.writeFileSync(file, edited);
    const view = await today(testContext({ home, now: NOW }).ctx, {});
    expect(view.blocks[0]).toMatchObject({ id: 'go.w11.d1.4h.1', title: 'Rewritten: requirements first, then everything else', done: true });

    expect(logOf(home).completions()).toEqual([
      expect.objectContaining({
        blockId: 'go.w11.d1.4h.1', label: 'Block 1', category: 'HLD',
        title: 'Pin down the requirements, draw the architecture, define the API', planned: { min: 60, max: 75 },
      }),
    ]);
  });
});
