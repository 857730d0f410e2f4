// The questions `coach log KIND` asks on a terminal for what the flags leave open, shared with the
// offer `coach done` makes for a practice block. Off a terminal nothing is asked: optional fields
// stay empty and a titled machine-coding problem or design takes the default rating.
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { CARD_KINDS, MAX_SCORE, MOCK_TYPES, type MockType, type PracticeKind } from '../practice/kinds.js';
import { DEFAULT_RATING, RATINGS, type Rating } from '../practice/ratings.js';
import { sanitizeLine } from '../text/sanitize.js';

/** A practice entry as the flags (or a block) give it, before the questions. */
export interface PracticeDraft {
  kind: PracticeKind;
  title: string;
  mockType: MockType | null;
  minutes: number | null;
  score: number | null;
  rating: Rating | null;
}

/** Which fields the learner gave (so only the others are asked); a block's prefill counts as given. */
export interface Given {
  title: boolean;
  minutes: boolean;
}

const whole = (v: string): number | null => (/^\d+$/.test(v.trim()) && Number(v) >= 1 && Number.isSafeInteger(Number(v)) ? Number(v) : null);

/** The draft with every open field asked for (on a terminal), and the default rating applied. */
export async function completeDraft(ctx: Context, draft: PracticeDraft, given: Given): Promise<PracticeDraft> {
  const d = { ...draft };
  if (ctx.interactive) {
    if (!given.title && !d.title) {
      d.title = sanitizeLine(await ctx.prompts.input('title', 'Title (optional: what it was, e.g. "Rate limiter")'));
    }
    if (d.kind === 'mock' && d.mockType === null) {
      d.mockType = await ctx.prompts.select('type', 'Kind of mock', [
        ...MOCK_TYPES.map((t) => ({ name: t, value: t as MockType | null })),
        { name: 'skip', value: null },
      ]);
    }
    if (!given.minutes && d.minutes === null) {
      const answer = await ctx.prompts.input('minutes', 'Minutes spent (optional)', {
        validate: (v) => (v.trim() === '' || whole(v) !== null ? true : 'Enter a whole number of minutes, or nothing'),
      });
      d.minutes = whole(answer);
    }
    if (d.kind === 'mock' && d.score === null) {
      d.score = await ctx.prompts.select('score', `Self-score, 1 (poorly) to ${MAX_SCORE} (very well)`, [
        ...Array.from({ length: MAX_SCORE }, (_, i) => ({ name: String(i + 1), value: (i + 1) as number | null })),
        { name: 'skip', value: null },
      ]);
    }
    if (CARD_KINDS.includes(d.kind) && d.title && d.rating === null) {
      d.rating = await ctx.prompts.select('rating', 'How did it go? (sets when it comes back)', RATINGS.map((r) => ({ name: r, value: r })), DEFAULT_RATING);
    }
  }
  // A titled machine-coding problem or design is a card: its rating is its first review.
  if (CARD_KINDS.includes(d.kind) && d.title && d.rating === null) d.rating = DEFAULT_RATING;
  return d;
}

/** `--type` and `--rating` only where they mean something: said plainly rather than ignored. */
export function checkKindOptions(kind: PracticeKind, opts: { type?: string; rating?: string }): void {
  if (opts.type !== undefined && kind !== 'mock') {
    throw new UsageError(`--type is for mocks only (coach log mock --type ${opts.type}); a ${kind} has no type. Nothing was logged.`);
  }
  if (opts.rating !== undefined && !CARD_KINDS.includes(kind)) {
    throw new UsageError(`--rating is for machine-coding problems and designs, which come back for review; a ${kind} is not rated. Nothing was logged.`);
  }
}
