// Numbers the review and progress views both use and print, defined once. A leaf module, so
// `src/cli.ts` can put them in --help text without loading anything else.

/** Weeks the progress heatmap spans, ending with the current one. */
export const HEATMAP_WEEKS = 16;

/**
 * Lower bounds in minutes of heatmap levels 1–4: fixed hours rather than quantiles, so a full
 * 4-hour day looks the same in every month and the legend can say what each shade means.
 */
export const LEVEL_MINUTES = [1, 60, 120, 240] as const;

/** Key lessons the week's last day asks for; the review asks until `min` are noted. */
export const LESSONS_PER_WEEK = { min: 3, max: 5 } as const;
