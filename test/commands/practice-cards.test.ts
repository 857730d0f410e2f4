// The practice log's titled machine-coding problems and designs are revisit cards: logged with a
// rating, they come back on the date FSRS gives; re-solved, removed or undone, the kept cards agree
// with the history computed afresh, and DSA problems of the same title stay cards of their own.
import { describe, expect, it } from 'vitest';
import { dsaAdd } from '../../src/commands/dsa.js';
import { logPractice, logRm } from '../../src/commands/log.js';
import { revisitDone, revisitList } from '../../src/commands/revisit.js';
import { undo } from '../../src/commands/undo.js';
import { replay } from '../../src/practice/fsrs.js';
import type { Store } from '../../src/store/store.js';
import { testContext } from '../helpers/cli.js';
import { isoDate } from '../helpers/dates.js';
import { logOf, NOW, setUp } from './setup.js';

const at = (date: string): Date => new Date(`${date}T12:00:00`);

function expectFresh(store: Store): void {
  expect(store.cardsStale()).toBe(false);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect(store.allCards().sort(byId)).toEqual(store.computeCards(replay).sort(byId));
}

const log = (home: string, kind: 'machine-coding' | 'design' | 'mock' | 'theory', title: string, rating?: 'again' | 'hard' | 'good' | 'easy', date = '2026-11-25') =>
  logPractice(testContext({ home, now: at(date) }).ctx, { kind, title: [title], ...(rating ? { rating } : {}) });

describe('practice entries as revisit cards', () => {
  it('makes a card of a titled machine-coding problem and a design, due when FSRS says', async () => {
    const home = await setUp();
    await log(home, 'machine-coding', 'Parking Lot', 'hard');
    await log(home, 'design', 'URL Shortener');
    await log(home, 'mock', 'Mock 1');
    await log(home, 'theory', 'Consistency models');
    const store = logOf(home);
    const cards = store.allCards().map((c) => [c.kind, c.title, c.lastRating, c.due]);
    expect(cards.sort()).toEqual([
      ['design', 'URL Shortener', 'good', replay([{ date: isoDate('2026-11-25'), rating: 'good' }], 4)!.due],
      ['machine-coding', 'Parking Lot', 'hard', replay([{ date: isoDate('2026-11-25'), rating: 'hard' }], 4)!.due],
    ]);
    expectFresh(store);
  });

  it('keeps a design apart from a DSA problem of the same title', async () => {
    const home = await setUp();
    await log(home, 'design', 'Rate Limiter', 'easy');
    await dsaAdd(testContext({ home, now: at('2026-11-25') }).ctx, { title: ['Rate Limiter'], rating: 'again' });
    const kinds = logOf(home).allCards().map((c) => `${c.kind}:${c.lastRating}`).sort();
    expect(kinds).toEqual(['design:easy', 'dsa:again']);
  });

  it('brings a card back, takes its re-solve, and follows a removal and its undo', async () => {
    const home = await setUp();
    const entry = await log(home, 'machine-coding', 'Elevator', 'again', '2026-11-20');
    const store = logOf(home);
    const card = store.allCards()[0]!;
    const due = replay([{ date: isoDate('2026-11-20'), rating: 'again' }], 4)!.due;
    expect(card.due).toBe(due);
    const t = testContext({ home, now: NOW });
    await revisitList(t.ctx, { date: due, json: true });
    expect((JSON.parse(t.out()) as { title: string; kind: string }[]).map((c) => `${c.kind}:${c.title}`)).toEqual(['machine-coding:Elevator']);

    await revisitDone(testContext({ home, now: at(due) }).ctx, { id: card.id, rating: 'good', date: due });
    const after = logOf(home).allCards()[0]!;
    expect(after.reviews).toBe(2);
    expect(after.due).toBe(replay([{ date: isoDate('2026-11-20'), rating: 'again' }, { date: isoDate(due), rating: 'good' }], 4)!.due);
    expectFresh(logOf(home));

    await logRm(testContext({ home, now: NOW }).ctx, { id: entry!.id });
    // The re-solve alone is left of its history: still a card, one review.
    expect(logOf(home).allCards().map((c) => c.reviews)).toEqual([1]);
    expectFresh(logOf(home));
    await undo(testContext({ home, now: NOW }).ctx, {});
    expect(logOf(home).allCards().map((c) => c.reviews)).toEqual([2]);
    expectFresh(logOf(home));
  });
});
