// When a problem comes back: FSRS over the learner's ratings of it, through ts-fsrs with its default
// parameters, a requested retention of 0.9 and no short-term (same-day) steps. Each review is timed
// at the start of its study day, and a card is due on the study date of the moment FSRS gives.
// Pure: the same ratings on the same dates always give the same dates.
import { fsrs, generatorParameters, Rating as FsrsRating, type FSRS, type Grade } from 'ts-fsrs';
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
  /** Without short-term steps a card leaves the new state at its first review and stays in review. */
  state: 'review';
}

let algorithm: FSRS | undefined;

/** The four ratings, in the order ts-fsrs's long-term scheduler orders their intervals. */
const GRADES: readonly Grade[] = [FsrsRating.Again, FsrsRating.Hard, FsrsRating.Good, FsrsRating.Easy];
const DAY_MS = 86_400_000;

/**
 * Whole days between the UTC calendar dates of two moments, as ts-fsrs counts elapsed days (the
 * difference of their UTC midnights, which is that of their whole days since the epoch).
 */
const utcDaysBetween = (lastMs: number, nowMs: number): number => Math.floor(nowMs / DAY_MS) - Math.floor(lastMs / DAY_MS);

/** Start of each study day seen, by date, for one zone and rollover hour: cards share their dates. */
const starts = { zone: undefined as string | undefined, rollover: -1, ms: new Map<string, number>() };

function startMs(date: IsoDate, rolloverHour: number): number {
  let ms = starts.ms.get(date);
  if (ms === undefined) {
    ms = startOfStudyDay(date, rolloverHour).getTime();
    if (starts.ms.size >= 8192) starts.ms.clear();
    starts.ms.set(date, ms);
  }
  return ms;
}

/** Whether `reviews` are already in date order (as a card's history is handed over). */
function inDateOrder(reviews: readonly Review[]): boolean {
  for (let i = 1; i < reviews.length; i++) if (compareDates(reviews[i - 1]!.date, reviews[i]!.date) > 0) return false;
  return true;
}

/**
 * The card after `reviews` (in date order; the same date keeps the order given), or null for none.
 * `rolloverHour` is the learner's (see `studyDate`): it sets when each study day begins.
 *
 * This is ts-fsrs's long-term scheduler (short-term steps off, no fuzz) step for step, through
 * the library's own memory-state and interval functions, but without building a card, a log and
 * a scheduler object for each of the four ratings at every review: an import replays tens of
 * thousands of reviews. The tests hold it to `fsrs().next` for random histories.
 */
export function replay(reviews: readonly Review[], rolloverHour: number): CardState | null {
  // Array sort is stable (ES2019): reviews of one date keep the order given.
  const ordered = inDateOrder(reviews) ? reviews : [...reviews].sort((a, b) => compareDates(a.date, b.date));
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) return null;
  const f = (algorithm ??= fsrs(generatorParameters(FSRS_SETTINGS)));
  // The zone is read once a card: tests (and nothing else) change it between calls.
  const zone = process.env.TZ;
  if (zone !== starts.zone || rolloverHour !== starts.rollover) Object.assign(starts, { zone, rollover: rolloverHour, ms: new Map() });
  let difficulty = 0;
  let stability = 0;
  let lapses = 0;
  let lastReview: number | null = null;
  let due = 0;
  const next = [{ difficulty: 0, stability: 0 }, { difficulty: 0, stability: 0 }, { difficulty: 0, stability: 0 }, { difficulty: 0, stability: 0 }];
  const days = [0, 0, 0, 0];
  for (const r of ordered) {
    const now = startMs(r.date, rolloverHour);
    // A new card is seen with no elapsed time and no retrievability; after that, every card is
    // in the review state (the long-term scheduler has no learning steps).
    const elapsed = lastReview === null ? 0 : utcDaysBetween(lastReview, now);
    const retrievability = lastReview === null ? undefined : f.forgetting_curve(elapsed, stability);
    const g = GRADE[r.rating] - FsrsRating.Again;
    if (g === 0 && lastReview !== null) lapses += 1;
    lastReview = now;
    if (r !== last) {
      // Only the last review's interval makes the due date: before it, the memory state after the
      // rating given is all that carries on.
      ({ difficulty, stability } = f.next_state({ difficulty, stability }, elapsed, GRADES[g]!, retrievability));
      continue;
    }
    // A rating's interval depends on those below it (again and hard always), never on those above.
    const needed = Math.max(g, 1);
    for (let i = 0; i <= needed; i++) {
      next[i] = f.next_state({ difficulty, stability }, elapsed, GRADES[i]!, retrievability);
      days[i] = f.next_interval(next[i]!.stability, elapsed);
    }
    // The intervals keep the ratings' order: again ≤ hard < good < easy.
    days[0] = Math.min(days[0]!, days[1]!);
    days[1] = Math.max(days[1]!, days[0] + 1);
    days[2] = Math.max(days[2]!, days[1] + 1);
    days[3] = Math.max(days[3]!, days[2] + 1);
    ({ difficulty, stability } = next[g]!);
    due = now + days[g]! * DAY_MS;
  }
  return {
    due: studyDate(new Date(due), rolloverHour),
    reviews: ordered.length,
    lapses,
    lastRating: last.rating,
    lastReview: last.date,
    stability,
    difficulty,
    state: 'review',
  };
}
