// Due dates from FSRS: the same as ts-fsrs gives for the same ratings at the same moments, each
// review timed at the start of its study day, across DST changes and for every rollover hour.
import fc from 'fast-check';
import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from 'ts-fsrs';
import { afterEach, describe, expect, it } from 'vitest';
import { FSRS_SETTINGS, RATINGS, replay, type Review } from '../../src/practice/fsrs.js';
import { addDays, type IsoDate } from '../../src/schedule/dates.js';
import { isoDate } from '../helpers/dates.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const GRADES: Record<string, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** The local calendar date of a moment, and the study date it belongs to, worked out by hand. */
function localDate(d: Date): IsoDate {
  return isoDate(`${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);
}
const studyDateOf = (d: Date, rollover: number): IsoDate => (d.getHours() < rollover ? addDays(localDate(d), -1) : localDate(d));

/** ts-fsrs itself, driven directly: each review at its date's rollover hour, local time. */
function library(reviews: readonly Review[], rollover: number): { due: IsoDate; reps: number; lapses: number; stability: number; difficulty: number } {
  const f = fsrs(generatorParameters({ request_retention: 0.9, enable_short_term: false, enable_fuzz: false }));
  const at = (date: IsoDate) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d, rollover, 0, 0, 0);
  };
  let card = createEmptyCard(at(reviews[0]!.date));
  for (const r of reviews) card = f.next(card, at(r.date), GRADES[r.rating]!).card;
  return { due: studyDateOf(card.due, rollover), reps: card.reps, lapses: card.lapses, stability: card.stability, difficulty: card.difficulty };
}

/** Reviews on increasing dates from `start`, with gaps of 0–`gap` days. */
const reviews = (start: IsoDate, gap = 40, most = 8) => fc.array(fc.tuple(fc.integer({ min: 0, max: gap }), fc.constantFrom(...RATINGS)), { minLength: 1, maxLength: most })
  .map((steps) => {
    let date = start;
    return steps.map(([gap, rating]) => ((date = addDays(date, gap)), { date, rating }));
  });

describe('FSRS due dates', () => {
  it('uses the settings the learner was promised', () => {
    expect(FSRS_SETTINGS).toEqual({ request_retention: 0.9, enable_short_term: false, enable_fuzz: false });
  });

  it('are the dates ts-fsrs gives for the same ratings, in zones with and without DST and for any rollover hour', () => {
    for (const tz of ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe']) {
      process.env.TZ = tz;
      fc.assert(
        fc.property(reviews(isoDate('2026-09-20')), fc.integer({ min: 0, max: 23 }), (list, rollover) => {
          const card = replay(list, rollover);
          const expected = library(list, rollover);
          expect(card?.due).toBe(expected.due);
          expect(card?.reviews).toBe(expected.reps);
          expect(card?.lapses).toBe(expected.lapses);
          expect(card?.lastRating).toBe(list[list.length - 1]!.rating);
          expect(card?.stability).toBe(expected.stability);
          expect(card?.difficulty).toBe(expected.difficulty);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('keep the memory state ts-fsrs keeps over long histories, with long gaps and many lapses', () => {
    process.env.TZ = 'America/New_York';
    fc.assert(
      fc.property(reviews(isoDate('2025-01-10'), 400, 40), fc.integer({ min: 0, max: 23 }), (list, rollover) => {
        const card = replay(list, rollover);
        const expected = library(list, rollover);
        expect(card).toMatchObject({ due: expected.due, reviews: expected.reps, lapses: expected.lapses, stability: expected.stability, difficulty: expected.difficulty });
      }),
      { numRuns: 200 },
    );
  });

  it('brings a problem back later after good and easy, sooner after again (a worked sequence)', () => {
    process.env.TZ = 'UTC';
    const first = replay([{ date: isoDate('2026-01-05'), rating: 'good' }], 4);
    expect(first).toMatchObject({ due: '2026-01-08', reviews: 1, lapses: 0, state: 'review' });
    const easy = replay([{ date: isoDate('2026-01-05'), rating: 'easy' }], 4);
    expect(easy!.due > first!.due).toBe(true);
    const forgot = replay([{ date: isoDate('2026-01-05'), rating: 'good' }, { date: isoDate('2026-01-08'), rating: 'again' }], 4);
    expect(forgot).toMatchObject({ due: '2026-01-09', reviews: 2, lapses: 1, lastRating: 'again', state: 'review' });
  });

  it('takes reviews in date order whatever order they are given in', () => {
    const list: Review[] = [{ date: isoDate('2026-03-10'), rating: 'again' }, { date: isoDate('2026-03-01'), rating: 'good' }];
    expect(replay(list, 4)).toEqual(replay([list[1]!, list[0]!], 4));
    expect(replay([], 4)).toBeNull();
  });

  it('starts a study day whose rollover hour a DST change skips at the first moment after the gap', () => {
    process.env.TZ = 'Europe/Berlin';
    // Spring forward on 29 March 2026 skips 02:00–03:00: a rollover at 2 starts that day at 03:00.
    const card = replay([{ date: isoDate('2026-03-29'), rating: 'good' }], 2);
    expect(card?.due).toBe(library([{ date: isoDate('2026-03-29'), rating: 'good' }], 2).due);
    expect(card?.due).toBe('2026-04-01');
  });
});
