// `coach done` on a practice block: the offer on a terminal (prefilled from the block), the
// one-line command off it, and a block never logged twice.
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { logPractice } from '../../src/commands/log.js';
import { testContext } from '../helpers/cli.js';
import { contentDir, logOf, NOW, setUp, WEEK_11 } from './setup.js';

/** The bundled week with day 1's blocks renamed: a mock design, a mock coding, DSA, theory. */
const MOCK_WEEK = WEEK_11
  .replace('**Block 1 (HLD – 60–75 min)**', '**Block 1 (Mock Design – 60 min)**')
  .replace('**Block 2 (LLD – 60 min)**', '**Block 2 (Mock Coding – 45–60 min)**')
  .replace('**Block 4 (Review – 30 min)**', '**Block 4 (Theory – 30 min)**');

async function mockHome(): Promise<string> {
  return setUp({ start: '2026-11-25', content: contentDir({ 'go/week-11.md': MOCK_WEEK }) });
}

describe('coach done on a practice block, off a terminal', () => {
  it.each([
    ['1', 'coach log mock \'Pin down the requirements, draw the architecture, define the API\' --type design --minutes 60 --block go.w11.d1.4h.1', 'a mock (design)'],
    ['2', 'coach log mock \'Write the Go interfaces: RateLimiter, with TokenBucketRateLimiter and SlidingWindowRateLimiter behind it\' --type coding --minutes 45 --block go.w11.d1.4h.2', 'a mock (coding)'],
    ['4', 'coach log theory', 'a theory session'],
  ])('block %s prints the command to log it', async (ref, command, what) => {
    const home = await mockHome();
    const t = testContext({ home, now: NOW });
    await done(t.ctx, { refs: [ref] });
    const hint = t.out().split('\n').find((l) => l.startsWith('Log it as'));
    expect(hint).toContain(`Log it as ${what}: ${command}`);
    expect(logOf(home).practice()).toEqual([]);
  });

  it('prints nothing for a DSA block, and the completion\'s minutes over the plan\'s', async () => {
    const home = await mockHome();
    const t = testContext({ home, now: NOW });
    await done(t.ctx, { refs: ['3'] });
    expect(t.out()).not.toContain('coach log');
    const m = testContext({ home, now: NOW });
    await done(m.ctx, { refs: ['1'], minutes: 80 });
    expect(m.out()).toContain('--type design --minutes 80 --block go.w11.d1.4h.1');
  });

  it('the printed command logs it, and the block is not offered again', async () => {
    const home = await mockHome();
    await logPractice(testContext({ home, now: NOW }).ctx, { kind: 'mock', title: ['URL shortener'], type: 'design', block: 'go.w11.d1.4h.1' });
    const t = testContext({ home, now: NOW });
    await done(t.ctx, { refs: ['1'] });
    expect(t.out()).not.toContain('Log it as');
  });
});

describe('coach done on a practice block, on a terminal', () => {
  it('asks, prefills title, type and minutes from the block, then asks the score', async () => {
    const home = await mockHome();
    const t = testContext({ home, now: NOW, interactive: true, answers: { 'log-block': true, title: 'URL shortener', score: 3 } });
    await done(t.ctx, { refs: ['1'] });
    expect(t.asked).toEqual(['log-block', 'title', 'score']);
    expect(logOf(home).practice()).toEqual([expect.objectContaining({
      kind: 'mock', title: 'URL shortener', mockType: 'design', minutes: 60, score: 3, blockId: 'go.w11.d1.4h.1', date: '2026-11-25',
    })]);
    expect(t.out()).toContain('✔ logged mock (design) "URL shortener" on 2026-11-25 (60 min, score 3/5)');
  });

  it('a design block asks for its rating; declining logs nothing and asks nothing more', async () => {
    const home = await setUp({ start: '2026-11-25' });
    const yes = testContext({ home, now: NOW, interactive: true, answers: { 'log-block': true, title: 'Rate limiter', rating: 'hard' } });
    await done(yes.ctx, { refs: ['1'] });
    expect(yes.asked).toEqual(['log-block', 'title', 'rating']);
    expect(logOf(home).practice()).toEqual([expect.objectContaining({ kind: 'design', title: 'Rate limiter', rating: 'hard', minutes: 60 })]);

    const no = testContext({ home, now: NOW, interactive: true, answers: { 'log-block': false } });
    await done(no.ctx, { refs: ['2'] });
    expect(no.asked).toEqual(['log-block']);
    expect(logOf(home).practice()).toHaveLength(1);
  });

  it('marking a logged block again asks nothing', async () => {
    const home = await mockHome();
    await done(testContext({ home, now: NOW, interactive: true, answers: { 'log-block': true, title: 'A', score: 2 } }).ctx, { refs: ['1'] });
    const again = testContext({ home, now: NOW, interactive: true });
    await done(again.ctx, { refs: ['1'], minutes: 70 });
    expect(again.asked).toEqual([]);
  });
});
