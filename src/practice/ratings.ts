// How a re-solve went, as the learner rates it: the names alone, with no scheduler behind them, so
// the log's declarations (and `coach today`'s start-up) can use them without loading ts-fsrs.
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];

/** The rating a logged problem gets when the learner gives none. */
export const DEFAULT_RATING: Rating = 'good';

export const isRating = (text: string): text is Rating => (RATINGS as readonly string[]).includes(text);
