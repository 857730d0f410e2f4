// How a solve or re-solve went, as the learner rates it: kept apart from the FSRS module so that the
// log's entities (read by every command) can name the ratings without loading ts-fsrs.

/** How a re-solve went, as the learner rates it. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type Rating = (typeof RATINGS)[number];

/** The rating a logged problem gets when the learner gives none. */
export const DEFAULT_RATING: Rating = 'good';

export const isRating = (text: string): text is Rating => (RATINGS as readonly string[]).includes(text);
