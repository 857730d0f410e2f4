// Revisit cards: a card's due date is ts-fsrs's for its ratings, each review at the start of its
// study day (checked against the library driven directly, across DST changes and rollover hours),
// and the rules for skips, retirements, ratings logged before ratings existed, and the daily cap.
// Here, under test/practice, so the suite runs it under both TZ values of CI.
import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from 'ts-fsrs';
import { afterEach, describe, expect, it } from 'vitest';
import { capped, cardId, cardOf, cardsOf, compareCards, dueCards, revisitFiguresOf, type CardEvent } from '../../src/practice/cards.js';
import { replay } from '../../src/practice/fsrs.js';
import type { Rating as Rated } from '../../src/practice/ratings.js';
import { addDays, type IsoDate } from '../../src/schedule/dates.js';
import { cardEvents, refreshCards } from '../../src/store/cards.js';
import { CARD_SOURCES, eachCardHistory, type CardSource } from '../../src/store/card-sources.js';
import { titleKey } from '../../src/log/problem-log.js';
import { isoDate } from '../helpers/dates.js';
import { newStore } from '../helpers/store.js';
import { openDatabase } from '../../src/store/open.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const GRADES: Record<Rated, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

const pad = (n: number): string => String(n).padStart(2, '0');

/** The due study date ts-fsrs gives, driven by hand: each review at `rollover` o'clock local time on its date. */
function library(reviews: readonly [string, Rated][], rollover: number): IsoDate {
  const f = fsrs(generatorParameters({ request_retention: 0.9, enable_short_term: false, enable_fuzz: false }));
  const at = (date: string): Date => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d, rollover, 0, 0, 0);
  };
  let card = createEmptyCard(at(reviews[0]![0]));
  for (const [date, rating] of reviews) card = f.next(card, at(date), GRADES[rating]).card;
  const due = card.due;
  const local = isoDate(`${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}`);
  return due.getHours() < rollover ? addDays(local, -1) : local;
}

let stamp = 0;
const review = (date: string, rating: Rated | null, title = 'Two Sum'): CardEvent =>
  ({ kind: 'dsa', title, date: isoDate(date), createdAt: `2026-01-01T00:00:${pad(stamp++ % 60)}.000Z`, action: 'review', rating });
const event = (action: 'skip' | 'forget', date: string, title = 'Two Sum'): CardEvent =>
  ({ kind: 'dsa', title, date: isoDate(date), createdAt: `2026-01-01T00:01:${pad(stamp++ % 60)}.000Z`, action, rating: null });

// Sequences that cross the DST changes of 2026: America/New_York on 8 March and 1 November,
// Europe/Berlin on 29 March and 25 October; each with the rollover hours 0, 4 and 23.
const SEQUENCES: [string, [string, Rated][]][] = [
  ['spring forward, New York', [['2026-03-06', 'good'], ['2026-03-09', 'hard'], ['2026-03-12', 'good']]],
  ['fall back, New York', [['2026-10-30', 'again'], ['2026-10-31', 'good'], ['2026-11-02', 'easy']]],
  ['spring forward, Berlin', [['2026-03-27', 'hard'], ['2026-03-29', 'good'], ['2026-04-03', 'again'], ['2026-04-04', 'good']]],
  ['fall back, Berlin', [['2026-10-20', 'good'], ['2026-10-25', 'good'], ['2026-11-20', 'hard']]],
  ['over both changes', [['2026-02-20', 'easy'], ['2026-03-30', 'good'], ['2026-10-26', 'again'], ['2026-10-27', 'good']]],
  ['one review', [['2026-03-08', 'hard']]],
];

describe('a card\'s due date', () => {
  for (const tz of ['America/New_York', 'Europe/Berlin']) {
    for (const rollover of [0, 4, 23]) {
      for (const [name, list] of SEQUENCES) {
        it(`is ts-fsrs's for ${name} in ${tz}, rollover ${rollover}`, () => {
          process.env.TZ = tz;
          const card = cardOf(list.map(([d, r]) => review(d, r)), replay, rollover);
          expect(card?.due).toBe(library(list, rollover));
          expect(card?.reviews).toBe(list.length);
          expect(card?.lastRating).toBe(list[list.length - 1]![1]);
        });
      }
    }
  }

  it('is the same through the store: problems logged with ratings, then re-solved, under each rollover hour', () => {
    process.env.TZ = 'Europe/Berlin';
    for (const rollover of [0, 4, 23]) {
      const { store } = newStore({ cards: replay });
      store.setSettings({ rollover: String(rollover) });
      const [first, ...rest] = SEQUENCES[4]![1];
      store.addProblems([{ date: isoDate(first![0]), title: 'LRU Cache', rating: first![1] }]);
      for (const [date, rating] of rest) store.addRevisit({ kind: 'dsa', title: 'lru  cache', date: isoDate(date), action: 'review', rating });
      const [card] = store.allCards();
      expect(card).toMatchObject({ title: 'lru  cache', due: library(SEQUENCES[4]![1], rollover), reviews: 4, lastRating: 'good', retired: false });
    }
  });
});

describe('the card rules', () => {
  const R = 4;

  it('reads a problem logged before ratings existed as good', () => {
    expect(cardOf([review('2026-05-04', null)], replay, R)).toEqual(cardOf([review('2026-05-04', 'good')], replay, R));
  });

  it('takes events in date order, whatever order they come in', () => {
    const a = [review('2026-05-04', 'good'), review('2026-05-10', 'again')];
    expect(cardOf([a[1]!, a[0]!], replay, R)).toEqual(cardOf(a, replay, R));
  });

  it.each([
    // [what, events after a good review on 4 May (due 7 May), expected due, retired]
    ['a skip before the due date moves it one day later', [event('skip', '2026-05-05')], '2026-05-08', false],
    ['a skip of an overdue card moves it past the skip date', [event('skip', '2026-05-12')], '2026-05-13', false],
    ['two skips move it two days', [event('skip', '2026-05-05'), event('skip', '2026-05-05')], '2026-05-09', false],
    ['a review after a skip makes the skip moot', [event('skip', '2026-05-05'), review('2026-05-07', 'good')], null, false],
    ['a forget retires the card', [event('forget', '2026-05-05')], '2026-05-07', true],
  ] as const)('%s', (_what, after, due, retired) => {
    const card = cardOf([review('2026-05-04', 'good'), ...after], replay, R);
    const plain = cardOf([review('2026-05-04', 'good'), ...after.filter((e) => e.action === 'review')], replay, R);
    expect(card?.retired).toBe(retired);
    expect(card?.due).toBe(due ?? plain?.due);
  });

  it('starts a card afresh when it is logged again after a retirement', () => {
    const card = cardOf([review('2026-05-04', 'easy'), review('2026-06-01', 'good'), event('forget', '2026-06-02'), review('2026-09-01', 'hard')], replay, R);
    expect(card).toMatchObject({ retired: false, reviews: 1, lastRating: 'hard' });
    expect(card?.due).toBe(cardOf([review('2026-09-01', 'hard')], replay, R)?.due);
  });

  it('is one card for titles that differ in case and spacing, shown under the latest title, with a stable id', () => {
    const cards = cardsOf([review('2026-05-04', 'good', 'two sum'), review('2026-05-08', 'good', ' Two  Sum ')], replay, R);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ title: ' Two  Sum ', key: 'two sum', id: cardId('dsa', 'two sum'), reviews: 2 });
    expect(cardId('dsa', 'two sum')).toMatch(/^[0-9a-f]{16}$/);
    expect(cardId('design', 'two sum')).not.toBe(cardId('dsa', 'two sum'));
  });

  it('lists the due ones oldest first and caps them, counting the rest as waiting', () => {
    const events = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((t, i) => review(`2026-05-0${i + 1}`, 'again', t));
    const due = dueCards(cardsOf(events, replay, R), isoDate('2026-05-20'));
    expect(due.map((c) => c.title)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(capped(due, 5)).toMatchObject({ due: 7, waiting: 2 });
    expect(capped(due, 5).shown.map((c) => c.title)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(capped(due, 10)).toMatchObject({ due: 7, waiting: 0 });
    expect(dueCards(cardsOf(events, replay, R), isoDate('2026-05-03')).map((c) => c.title)).toEqual(['A', 'B']);
  });

  it.each([
    [[], { done: 0, again: 0, share: null }],
    [['good', 'again', 'hard'], { done: 3, again: 1, share: 0.33 }],
    [['again', 'again'], { done: 2, again: 2, share: 1 }],
  ] as const)('counts re-solves %j and the share rated again', (ratings, figures) => {
    const rows = [...ratings.map((r) => ({ action: 'review' as const, rating: r })), { action: 'skip' as const, rating: null }];
    expect(revisitFiguresOf(rows)).toEqual(figures);
  });
});

describe('the sources of a card\'s history', () => {
  it('merges events of one card from every source, so a second table is one more reader', () => {
    const { file } = newStore({ cards: replay });
    const db = openDatabase(file);
    try {
      db.prepare("INSERT INTO problems (id, date, title, topics, rating, created_at) VALUES ('p', '2026-05-04', 'Rate Limiter', '[]', 'good', '2026-05-04T10:00:00.000Z')").run();
      // A fake second source: the practice log's designs will be read like this.
      const practice: CardSource = {
        // Read through `events` only here; the full refresh's SQL parts are the real sources'.
        columns: '',
        from: '',
        table: 'practice',
        events: (_db, filter) => (filter && filter.kind !== 'design' ? [] : [review('2026-05-06', 'hard', 'Rate limiter'), { ...review('2026-05-05', 'easy', 'rate limiter'), kind: 'design' as const }]
          .filter((e) => e.kind === 'design')),
      };
      const events = cardEvents(db, null, [...CARD_SOURCES, practice]);
      const cards = cardsOf(events, replay, 4);
      expect(cards.map((c) => [c.kind, c.key, c.reviews]).sort()).toEqual([['design', 'rate limiter', 1], ['dsa', 'rate limiter', 1]]);
      expect(cardEvents(db, { kind: 'dsa', key: 'rate limiter' }, [...CARD_SOURCES, practice])).toHaveLength(1);
    } finally {
      db.close();
    }
  });

  it('brings noted cards up to date in the writing transaction, and drops a card whose every log is gone', () => {
    const { store, file } = newStore({ cards: replay });
    store.addProblems([{ date: isoDate('2026-05-04'), title: 'Two Sum', rating: 'hard' }]);
    expect(store.cardsStale()).toBe(false);
    const [p] = store.problems();
    store.removeProblem(p!.id);
    expect(store.allCards()).toEqual([]);
    const db = openDatabase(file);
    try {
      db.prepare("INSERT INTO problems (id, date, title, topics, created_at) VALUES ('q', '2026-05-04', 'Two Sum', '[]', '2026-05-04T10:00:00.000Z')").run();
      expect(db.prepare('SELECT count(*) FROM cards_dirty').pluck().get()).toBe(1);
      db.transaction(() => refreshCards(db, replay))();
      expect(db.prepare('SELECT count(*) FROM cards_dirty').pluck().get()).toBe(0);
      expect(db.prepare('SELECT title, last_rating FROM cards').all()).toEqual([{ title: 'Two Sum', last_rating: 'good' }]);
    } finally {
      db.close();
    }
  });
});

describe('titles past the length of a LIKE pattern', () => {
  // SQLite refuses a LIKE pattern past 50,000 bytes; a card's own history is found by one.
  const LONG = ['A'.repeat(50_001), '%'.repeat(25_001), `${'_'.repeat(30_000)} end`];

  it('are logged, re-solved and counted like any other, each its own card', () => {
    const { store } = newStore({ cards: replay });
    store.addProblems([{ date: isoDate('2026-05-04'), title: 'Two Sum' }]);
    for (const title of LONG) {
      store.addProblems([{ date: isoDate('2026-05-04'), title, rating: 'hard' }]);
      store.addRevisit({ kind: 'dsa', title: title.toLowerCase(), date: isoDate('2026-05-06'), action: 'review', rating: 'good' });
      store.addPractice({ kind: 'design', date: isoDate('2026-05-05'), title, minutes: null, rating: null, url: null, blockId: null, note: null, mockType: null, score: null });
    }
    const cards = store.allCards();
    expect(cards.filter((c) => c.kind === 'dsa').map((c) => [c.title.length, c.reviews]).sort()).toEqual([[7, 1], ...LONG.map((t) => [t.length, 2])].sort());
    expect(cards.filter((c) => c.kind === 'design').map((c) => c.reviews)).toEqual([1, 1, 1]);
    expect(cards).toEqual(store.computeCards(replay).sort((a, b) => compareCards(a, b)));
    for (const title of LONG) expect(store.problemLog().datesOf(title)).toEqual(['2026-05-04']);
  });
});

describe('a damaged row in a full refresh', () => {
  it('reads a BLOB title as text instead of failing', () => {
    const { file } = newStore({ cards: replay });
    const db = openDatabase(file);
    try {
      db.prepare("INSERT INTO problems (id, date, title, topics, rating, created_at) VALUES ('p', '2026-05-04', ?, '[]', 'good', '2026-05-04T10:00:00.000Z')")
        .run(Buffer.from('Two Sum', 'utf8'));
      const histories: CardEvent[][] = [];
      eachCardHistory(db, (events) => histories.push(events));
      expect(histories).toEqual([[{ kind: 'dsa', title: 'Two Sum', date: '2026-05-04', action: 'review', rating: 'good', createdAt: '2026-05-04T10:00:00.000Z' }]]);
    } finally {
      db.close();
    }
  });
});

describe('a full refresh, one card at a time', () => {
  // Titles that are one card under different spellings (case, spaces, letters outside ASCII whose
  // lower case SQLite does not know), so SQLite's order of the raw titles would split them.
  const TITLES = ['Two Sum', ' two  sum', 'TWO SUM', 'İstanbul Trip', 'i̇stanbul trip', 'KELVIN', 'Kelvin', 'Straße', 'STRASSE', 'Rate Limiter', 'rate limiter '];
  const DATES = ['2026-03-01', '2026-03-01', '2026-03-04', '2026-03-09', '2026-04-20', '2026-06-02'];
  const RATINGS_OR_NULL = ['again', 'hard', 'good', 'easy', null] as const;

  it('gives the cards the in-memory computation gives, for every source, spelling and same-day order', () => {
    const { file } = newStore();
    const db = openDatabase(file);
    try {
      let n = 0;
      const pick = <T,>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
      const stamp = (i: number): string => `2026-01-01T00:${pad(Math.floor(i / 60) % 60)}:${pad(i % 60)}.000Z`;
      const insertProblem = db.prepare('INSERT INTO problems (id, date, title, topics, rating, created_at) VALUES (?, ?, ?, \'[]\', ?, ?)');
      const insertPractice = db.prepare('INSERT INTO practice (id, kind, date, title, rating, created_at) VALUES (?, ?, ?, ?, ?, ?)');
      const insertRevisit = db.prepare('INSERT INTO revisits (id, kind, title, date, action, rating, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (let i = 0; i < 400; i++) {
        const title = pick(TITLES, i * 7 + (i >> 3));
        const date = pick(DATES, i * 5 + (i >> 2));
        // Same stamps on purpose every so often: then the order given decides.
        const created = stamp(i % 97);
        const rating = pick(RATINGS_OR_NULL, i * 3 + (i >> 4));
        if (i % 5 === 0) insertPractice.run(`m${n++}`, pick(['design', 'machine-coding', 'mock', 'theory'], i), date, i % 11 === 0 ? null : title, rating, created);
        else if (i % 7 === 0) {
          const action = pick(['review', 'skip', 'forget'] as const, i);
          insertRevisit.run(`r${n++}`, pick(['dsa', 'design'], i), title, date, action, action === 'review' ? (rating ?? 'good') : null, created);
        } else insertProblem.run(`p${n++}`, date, i % 13 === 0 ? null : title, rating, created);
      }
      const streamed: ReturnType<typeof cardOf>[] = [];
      let histories = 0;
      eachCardHistory(db, (events) => {
        histories++;
        streamed.push(cardOf(events, replay, 4));
      });
      const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : 1);
      const expected = cardsOf(cardEvents(db), replay, 4).sort(byId);
      expect(expected.length).toBeGreaterThan(8);
      // One history a card: every spelling of a title in one.
      expect(histories).toBe(new Set(cardEvents(db).map((e) => `${e.kind}\n${titleKey(e.title)}`)).size);
      expect(streamed.filter((c) => c !== null).sort(byId)).toEqual(expected);
    } finally {
      db.close();
    }
  });
});
