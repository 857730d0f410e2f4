// When a problem comes back: FSRS over the learner's ratings of it, through ts-fsrs with its default
// parameters, a requested retention of 0.9 and no short-term (same-day) steps. Each review is timed
// at the start of its study day, and a card is due on the study date of the moment FSRS gives.
// Pure: the same ratings on the same dates always give the same dates.
import { createEmptyCard, fsrs, generatorParameters, Rating as FsrsRating, State, type Card, type Grade } from 'ts-fsrs';
import { compareDates, startOfStudyDay, studyDate, type IsoDate } from '../schedule/dates.js';
import { type Rating } from './ratings.js';

export { DEFAULT_RATING, isRating, RATINGS, type Rating } from './ratings.js';

/** FSRS's settings, as the issue of record fixes them; change them and every due date moves. */
export const FSRS_SETTINGS = { request_retention: 0.9, enable_short_term: false, enable_fuzz: false } as const;

const GRADE: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };

export interface Review {
  date: IsoDate;
  rating: Rating;
}

export interface CardState {
  /** The study date the card comes back on. */
  due: IsoDate;
  reviews: number;
  /** Times it was forgotten (rated again after it was learned). */
  lapses: number;
  lastRating: Rating;
  lastReview: IsoDate;
  stability: number;
  difficulty: number;
  state: 'new' | 'learning' | 'review' | 'relearning';
}

const STATES: Record<State, CardState['state']> = {
  [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning',
};

let scheduler: ReturnType<typeof fsrs> | undefined;

/**
 * The card after `reviews` (in date order; the same date keeps the order given), or null for none.
 * `rolloverHour` is the learner's (see `studyDate`): it sets when each study day begins.
 */
export function replay(reviews: readonly Review[], rolloverHour: number): CardState | null {
  const ordered = reviews.map((r, i) => ({ r, i })).sort((a, b) => compareDates(a.r.date, b.r.date) || a.i - b.i).map((x) => x.r);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) return null;
  scheduler ??= fsrs(generatorParameters(FSRS_SETTINGS));
  let card: Card = createEmptyCard(startOfStudyDay(first.date, rolloverHour));
  for (const r of ordered) card = scheduler.next(card, startOfStudyDay(r.date, rolloverHour), GRADE[r.rating]).card;
  return {
    due: studyDate(card.due, rolloverHour),
    reviews: card.reps,
    lapses: card.lapses,
    lastRating: last.rating,
    lastReview: last.date,
    stability: card.stability,
    difficulty: card.difficulty,
    state: STATES[card.state],
  };
}
