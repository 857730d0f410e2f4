// `coach revisit [done | skip | forget]`, the rating of `dsa add`, and the cards kept in SQLite:
// what comes back when, the daily cap, what is refused, and that no write leaves the cards stale.
import { describe, expect, it } from 'vitest';
import { dsaAdd, dsaLog, dsaRm } from '../../src/commands/dsa.js';
import { exportLog } from '../../src/commands/export.js';
import { importLog } from '../../src/commands/import.js';
import { init } from '../../src/commands/init.js';
import { revisitDone, revisitForget, revisitIds, revisitList, revisitSkip } from '../../src/commands/revisit.js';
import { undo } from '../../src/commands/undo.js';
import { today } from '../../src/commands/today.js';
import { review } from '../../src/commands/review.js';
import { progress } from '../../src/commands/progress.js';
import { UsageError } from '../../src/errors.js';
import { replay } from '../../src/practice/fsrs.js';
import { openSession } from '../../src/session.js';
import type { Store } from '../../src/store/store.js';
import { testContext } from '../helpers/cli.js';
import { newStore } from '../helpers/store.js';
import { isoDate } from '../helpers/dates.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, NOW, setUp } from './setup.js';
import fs from 'node:fs';
import path from 'node:path';

/** Noon of a study date, local time. */
const at = (date: string): Date => new Date(`${date}T12:00:00`);

const add = (home: string, title: string, rating?: 'again' | 'hard' | 'good' | 'easy', date = '2026-11-25') =>
  dsaAdd(testContext({ home, now: at(date) }).ctx, { title: [title], ...(rating ? { rating } : {}) });

async function list(home: string, date: string, more: { all?: true } = {}) {
  const t = testContext({ home, now: NOW });
  const result = await revisitList(t.ctx, { date, json: true, ...more });
  return { result, json: JSON.parse(t.out()) as { id: string; title: string; due: string }[] };
}

/** The cards table as kept, and as computed afresh from the history: they must agree. */
function expectFresh(store: Store): void {
  expect(store.cardsStale()).toBe(false);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect(store.allCards().sort(byId)).toEqual(store.computeCards(replay).sort(byId));
}

describe('coach dsa add --rating', () => {
  it('says when a titled problem comes back, on the date FSRS gives', async () => {
    const home = await setUp();
    const t = testContext({ home, now: NOW });
    await dsaAdd(t.ctx, { title: ['Two', 'Sum'], rating: 'hard' });
    const card = logOf(home).allCards()[0]!;
    expect(card).toMatchObject({ title: 'Two Sum', lastRating: 'hard', reviews: 1, retired: false });
    expect(card.due).toBe(replay([{ date: isoDate('2026-11-25'), rating: 'hard' }], 4)!.due);
    expect(t.out()).toContain(`comes back on ${card.due === '2026-11-27' ? 'Fri 27 Nov 2026' : card.due}`);
    expect(logOf(home).problems()[0]!.rating).toBe('hard');
  });

  it('rates good by default without a terminal, and asks on one after the other questions', async () => {
    const home = await setUp();
    await add(home, 'Two Sum');
    expect(logOf(home).problems()[0]!.rating).toBe('good');
    const t = testContext({ home, now: NOW, interactive: true, answers: { title: 'LRU Cache', difficulty: 'medium', topics: '', rating: 'again' } });
    await dsaAdd(t.ctx, { title: [] });
    expect(t.asked).toEqual(['title', 'difficulty', 'topics', 'rating']);
    expect(logOf(home).problems().find((p) => p.title === 'LRU Cache')!.rating).toBe('again');
  });

  it('gives untitled problems no rating and no card', async () => {
    const home = await setUp();
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 2 });
    expect(logOf(home).problems().map((p) => p.rating)).toEqual([null, null]);
    expect(logOf(home).allCards()).toEqual([]);
  });

  it('counts the same title again as the next review of the same card', async () => {
    const home = await setUp();
    await add(home, 'Two Sum', 'good', '2026-11-20');
    await add(home, ' two  sum ', 'again', '2026-11-25');
    const cards = logOf(home).allCards();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ reviews: 2, lastRating: 'again', due: '2026-11-26' });
  });
});

describe('coach revisit', () => {
  it('lists nothing before a problem is due, and the problem on the day FSRS says', async () => {
    const home = await setUp();
    await add(home, 'Two Sum', 'hard');
    const due = logOf(home).allCards()[0]!.due;
    expect((await list(home, '2026-11-25')).json).toEqual([]);
    const before = testContext({ home, now: NOW });
    await revisitList(before.ctx, {});
    expect(before.out()).toContain(`Nothing to revisit on Wed 25 Nov 2026. Next: Two Sum on`);
    const { json } = await list(home, due);
    expect(json).toEqual([{ id: expect.stringMatching(/^[0-9a-f]{7}$/), kind: 'dsa', title: 'Two Sum', due, lastRating: 'hard', reviews: 1 }]);
    expect(Object.keys(json[0]!)).toEqual(['id', 'kind', 'title', 'due', 'lastRating', 'reviews']);
  });

  it.each([
    [undefined, 7, 5, 2],
    [3, 7, 3, 4],
    [10, 7, 7, 0],
  ])('caps the due cards at the daily cap (%s), oldest first, the rest waiting in order', async (cap, total, shown, waiting) => {
    const home = await setUp(cap === undefined ? {} : { revisitCap: cap });
    for (let i = 0; i < total; i++) await add(home, `Problem ${i}`, 'again', `2026-11-${String(10 + i)}`);
    const { json, result } = await list(home, '2026-11-25');
    expect(json.map((c) => c.title)).toEqual(Array.from({ length: shown }, (_, i) => `Problem ${i}`));
    expect(result.waiting).toBe(waiting);
    const all = await list(home, '2026-11-25', { all: true });
    expect(all.json.map((c) => c.title)).toEqual(Array.from({ length: total }, (_, i) => `Problem ${i}`));
    const t = testContext({ home, now: NOW });
    await revisitList(t.ctx, {});
    if (waiting > 0) expect(t.out()).toContain(`+ ${waiting} more waiting`);
    else expect(t.out()).not.toContain('more waiting');
  });

  it('keeps the cap as a setting: init --revisit-cap, checked on import', async () => {
    const home = await setUp({ revisitCap: 2 });
    expect(logOf(home).getSetting('revisitCap')).toBe('2');
    const file = path.join(tempDir(), 'bad.json');
    const out = path.join(tempDir(), 'x.json');
    await exportLog(testContext({ home, now: NOW }).ctx, { out });
    const data = JSON.parse(fs.readFileSync(out, 'utf8')) as { settings: Record<string, string> };
    data.settings.revisitCap = '0';
    fs.writeFileSync(file, JSON.stringify(data));
    const err = await importLog(testContext({ home: tempDir(), now: NOW }).ctx, { file }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/settings\.revisitCap must be a whole number 1–100, got "0"/);
  });
});

describe('coach revisit done | skip | forget', () => {
  async function oneDue(): Promise<{ home: string; id: string; due: string }> {
    const home = await setUp();
    await add(home, 'Two Sum', 'again', '2026-11-20');
    const [card] = (await list(home, '2026-11-25')).json;
    return { home, id: card!.id, due: card!.due };
  }

  it('records a re-solve as a revisit, not a new problem, and schedules the next', async () => {
    const { home, id } = await oneDue();
    const t = testContext({ home, now: NOW });
    await revisitDone(t.ctx, { id: id.slice(0, 4), rating: 'good', minutes: 20 });
    const store = logOf(home);
    expect(store.problems()).toHaveLength(1);
    expect(store.revisits()).toMatchObject([{ kind: 'dsa', title: 'Two Sum', date: '2026-11-25', action: 'review', rating: 'good', minutes: 20 }]);
    const expected = replay([{ date: isoDate('2026-11-20'), rating: 'again' }, { date: isoDate('2026-11-25'), rating: 'good' }], 4)!;
    expect(store.allCards()[0]).toMatchObject({ due: expected.due, reviews: 2, lastRating: 'good' });
    expect(t.out()).toMatch(/^✔ re-solved "Two Sum" \(good\)\. It comes back on .+\. Undo with coach undo\.\n$/);
    expectFresh(store);
    const u = testContext({ home, now: NOW });
    await undo(u.ctx, {});
    expect(u.out()).toContain('re-solved "Two Sum" (good) on 2026-11-25');
    expect(logOf(home).allCards()[0]).toMatchObject({ due: '2026-11-21', reviews: 1 });
    expectFresh(logOf(home));
  });

  it('refuses a re-solve without --rating off a terminal, and asks on one', async () => {
    const { home, id } = await oneDue();
    const err = await revisitDone(testContext({ home, now: NOW }).ctx, { id }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain('--rating again|hard|good|easy');
    expect(logOf(home).revisits()).toEqual([]);
    const t = testContext({ home, now: NOW, interactive: true, answers: { rating: 'easy' } });
    await revisitDone(t.ctx, { id });
    expect(logOf(home).revisits()[0]!.rating).toBe('easy');
  });

  it.each([
    ['an overdue card comes back the day after today', '2026-11-25', '2026-11-26'],
    ['a card not yet due comes back a day after its due date', '2026-11-20', '2026-11-22'],
  ])('skip: %s', async (_what, today, expected) => {
    const { home, id } = await oneDue();
    await revisitSkip(testContext({ home, now: at(today) }).ctx, { id });
    expect(logOf(home).allCards()[0]!.due).toBe(expected);
    expectFresh(logOf(home));
    await undo(testContext({ home, now: NOW }).ctx, {});
    expect(logOf(home).allCards()[0]!.due).toBe('2026-11-21');
  });

  it('forget retires a card; logging it again starts it afresh; undo brings it back', async () => {
    const { home, id } = await oneDue();
    await revisitForget(testContext({ home, now: NOW }).ctx, { id });
    expect((await list(home, '2026-12-31')).json).toEqual([]);
    expect(logOf(home).allCards()[0]).toMatchObject({ retired: true });
    const err = await revisitDone(testContext({ home, now: NOW }).ctx, { id, rating: 'good' }).catch((e: unknown) => e);
    expect((err as Error).message).toContain('is retired');
    await undo(testContext({ home, now: NOW }).ctx, {});
    expect((await list(home, '2026-11-25')).json.map((c) => c.id)).toEqual([id]);
    await revisitForget(testContext({ home, now: NOW }).ctx, { id });
    await add(home, 'Two Sum', 'easy', '2026-11-25');
    expect(logOf(home).allCards()[0]).toMatchObject({ retired: false, reviews: 1, lastRating: 'easy' });
    expectFresh(logOf(home));
  });

  it.each([
    ['not hex', 'xyz!', 'is not a card id'],
    ['too short', 'ab', 'is not a card id'],
    ['unknown', 'ffffffff', 'no card with id ffffffff'],
  ])('refuses an id that is %s, writing nothing', async (_what, id, message) => {
    const { home } = await oneDue();
    for (const run of [() => revisitDone(testContext({ home, now: NOW }).ctx, { id, rating: 'good' }), () => revisitSkip(testContext({ home, now: NOW }).ctx, { id })]) {
      const err = await run().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toContain(message);
    }
    expect(logOf(home).revisits()).toEqual([]);
    expect(logOf(home).history()).toHaveLength(1);
  });

  it('lists the ids of cards in play for shell completion', async () => {
    const { home, id } = await oneDue();
    await add(home, 'LRU Cache', 'good', '2026-11-25');
    const session = await openSession(testContext({ home, now: NOW }).ctx, {});
    try {
      const ids = await revisitIds(session);
      expect(ids).toHaveLength(2);
      expect(ids[0]).toBe(id);
    } finally {
      session.store?.close();
    }
  });
});

describe('the cards kept in SQLite', () => {
  it('stay fresh through every write path: add, rm, undo of each, import and its undo', async () => {
    const home = await setUp();
    await add(home, 'Two Sum', 'hard', '2026-11-20');
    await add(home, 'LRU Cache', 'again', '2026-11-22');
    expectFresh(logOf(home));
    const lru = logOf(home).problems().find((p) => p.title === 'LRU Cache')!;
    await dsaRm(testContext({ home, now: NOW }).ctx, { id: lru.id });
    expect(logOf(home).allCards().map((c) => c.title)).toEqual(['Two Sum']);
    expectFresh(logOf(home));
    await undo(testContext({ home, now: NOW }).ctx, {});
    expect(logOf(home).allCards()).toHaveLength(2);
    expectFresh(logOf(home));
    await undo(testContext({ home, now: NOW }).ctx, {});
    expect(logOf(home).allCards().map((c) => c.title)).toEqual(['Two Sum']);
    expectFresh(logOf(home));

    const out = path.join(tempDir(), 'backup.json');
    await revisitDone(testContext({ home, now: NOW }).ctx, { id: (await list(home, '2026-11-25')).json[0]!.id, rating: 'good' });
    await exportLog(testContext({ home, now: NOW }).ctx, { out });
    const other = await setUp();
    await importLog(testContext({ home: other, now: NOW }).ctx, { file: out });
    expect(logOf(other).allCards()).toEqual(logOf(home).allCards());
    expectFresh(logOf(other));
    await undo(testContext({ home: other, now: NOW }).ctx, {});
    expect(logOf(other).allCards()).toEqual([]);
    expectFresh(logOf(other));
  });

  it('stay fresh after an import large enough to run without the triggers, and after its undo', () => {
    const source = newStore({ cards: replay }).store;
    const rows = Array.from({ length: 2100 }, (_, i) => ({
      date: isoDate(`2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
      title: `Problem ${i % 40}`, rating: (['again', 'hard', 'good', 'easy'] as const)[i % 4],
    }));
    source.addProblems(rows);
    const { store } = newStore({ cards: replay });
    store.addProblems([{ date: isoDate('2026-01-01'), title: 'Problem 1', rating: 'again' }]);
    store.importAll(source.exportAll());
    expect(store.allCards()).toHaveLength(40);
    expectFresh(store);
    store.undo();
    expect(store.allCards().map((c) => [c.title, c.reviews])).toEqual([['Problem 1', 1]]);
    expectFresh(store);
  });

  it('a write without FSRS leaves cards noted; views compute them afresh, and the next card write catches up', async () => {
    const home = await setUp();
    await add(home, 'Two Sum', 'again', '2026-11-20');
    // A store opened without FSRS, as a command that writes no card history opens it.
    const bare = logOf(home);
    bare.addProblems([{ date: isoDate('2026-11-21'), title: 'Merge Intervals', rating: 'again' }]);
    expect(bare.cardsStale()).toBe(true);
    expect((await list(home, '2026-11-25')).json.map((c) => c.title)).toEqual(['Two Sum', 'Merge Intervals']);
    await add(home, 'LRU Cache', 'good', '2026-11-25');
    expectFresh(logOf(home));
    expect(logOf(home).allCards()).toHaveLength(3);
  });

  it('move with the rollover hour: due dates are study dates', async () => {
    const home = await setUp();
    await add(home, 'Two Sum', 'good', '2026-11-20');
    await init(testContext({ home, now: NOW }).ctx, { rollover: 23 });
    expectFresh(logOf(home));
  });

  it('import an export from before ratings and revisits: old problems are cards rated good', async () => {
    const home = await setUp();
    const file = path.join(tempDir(), 'old.json');
    fs.writeFileSync(file, JSON.stringify({
      format: 'coach-export', version: 1, exportedAt: '2026-11-20T09:00:00.000Z', settings: {},
      completions: [], skips: [], lessons: [],
      problems: [{ id: 'p1', date: '2026-11-20', title: 'Two Sum', difficulty: 'easy', topics: [], url: null, minutes: null, note: null, createdAt: '2026-11-20T09:00:00.000Z' }],
    }));
    await importLog(testContext({ home, now: NOW }).ctx, { file });
    expect(logOf(home).problems()[0]!.rating).toBeNull();
    expect(logOf(home).allCards()[0]).toMatchObject({ title: 'Two Sum', lastRating: 'good', reviews: 1 });
    expectFresh(logOf(home));
  });

  it('round-trip through CSV with their ratings and revisits', async () => {
    const home = await setUp();
    await add(home, 'Two Sum', 'again', '2026-11-20');
    const id = (await list(home, '2026-11-25')).json[0]!.id;
    await revisitDone(testContext({ home, now: NOW }).ctx, { id, rating: 'hard', minutes: 15 });
    await revisitSkip(testContext({ home, now: NOW }).ctx, { id });
    const out = path.join(tempDir(), 'backup.csv');
    await exportLog(testContext({ home, now: NOW }).ctx, { out });
    const other = await setUp();
    await importLog(testContext({ home: other, now: NOW }).ctx, { file: out });
    expect(logOf(other).revisits()).toEqual(logOf(home).revisits());
    expect(logOf(other).problems()).toEqual(logOf(home).problems());
    expect(logOf(other).allCards()).toEqual(logOf(home).allCards());
  });
});

describe('revisits in the other views', () => {
  it('today: one line under the DSA line, a hint under the DSA block, and the JSON', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await add(home, 'Two Sum', 'again', '2026-11-20');
    await add(home, 'LRU Cache', 'again', '2026-11-21');
    await add(home, 'Merge Intervals', 'again', '2026-11-22');
    const wanted: Record<number, string> = {
      60: 'Revisit: 3 due — Two Sum, LRU Cache, +1 · coach revisit',
      80: 'Revisit: 3 due — Two Sum, LRU Cache, Merge Intervals · coach revisit',
    };
    for (const columns of [60, 80]) {
      const t = testContext({ home, now: NOW, columns });
      await today(t.ctx, {});
      const lines = t.out().split('\n');
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(columns);
      const dsa = lines.findIndex((l) => l.startsWith('DSA:'));
      expect(lines[dsa + 1]).toBe(wanted[columns]);
      const block = lines.findIndex((l) => /☐ DSA/.test(l));
      expect(lines[block + 1]).toMatch(/^ +↻ revisit first: Two Sum, LRU Cache/);
    }
    const t = testContext({ home, now: NOW });
    await today(t.ctx, { json: true });
    const json = JSON.parse(t.out()) as { revisit: { due: number; shown: object[] } };
    expect(json.revisit.due).toBe(3);
    expect(json.revisit.shown[0]).toEqual({ id: expect.stringMatching(/^[0-9a-f]{7}$/), kind: 'dsa', title: 'Two Sum', due: '2026-11-21' });
    expect(Object.keys(json.revisit.shown[0]!)).toEqual(['id', 'kind', 'title', 'due']);
  });

  it('today: no line when nothing is due', async () => {
    const home = await setUp();
    await add(home, 'Two Sum', 'easy');
    const t = testContext({ home, now: NOW });
    await today(t.ctx, {});
    expect(t.out()).not.toContain('Revisit');
    expect(t.out()).not.toContain('revisit first');
  });

  it('review and progress: the re-solves of the week and overall, and the share rated again', async () => {
    const home = await setUp({ start: '2026-11-23' });
    for (const [i, title] of ['A', 'B', 'C'].entries()) await add(home, title, 'again', `2026-11-1${i}`);
    const ids = (await list(home, '2026-11-25')).json.map((c) => c.id);
    // One before the week (counted only overall), three in it.
    await revisitDone(testContext({ home, now: at('2026-11-20') }).ctx, { id: ids[0]!, rating: 'again' });
    await revisitDone(testContext({ home, now: NOW }).ctx, { id: ids[0]!, rating: 'good' });
    await revisitDone(testContext({ home, now: NOW }).ctx, { id: ids[1]!, rating: 'again' });
    await revisitDone(testContext({ home, now: NOW }).ctx, { id: ids[2]!, rating: 'hard' });
    await revisitSkip(testContext({ home, now: NOW }).ctx, { id: ids[2]! });

    const r = testContext({ home, now: NOW });
    const week = await review(r.ctx, {});
    expect(week.revisits).toEqual({ done: 3, again: 1, share: 0.33 });
    expect(r.out()).toContain('Recall  3 revisits, 1 again (33%) this week');
    expect(logOf(home).problems()).toHaveLength(3);
    expect(week.totals.dsa.done).toBe(0);

    const p = testContext({ home, now: NOW });
    const all = await progress(p.ctx, { json: true });
    expect(all.revisits).toEqual({ done: 4, again: 2, share: 0.5 });
    expect((JSON.parse(p.out()) as { revisits: object }).revisits).toEqual({ done: 4, again: 2, share: 0.5 });
  });
});
