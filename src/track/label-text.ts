// What a block's label or title reads once its duration is taken out: no punctuation left
// dangling and no phrase cut in two (`Extra 2 hours: DSA practice` → `Extra DSA practice`).
import { parseDuration, type DurationMatch } from './duration.js';

/** The text without spaces and punctuation (`:.,;` and dashes) at either end. */
export function cleanEnds(text: string): string {
  // A loop, not an anchored regex: `[…]+$` retried at every position is quadratic on long runs.
  const junk = (c: string | undefined) => c !== undefined && /[\s:.,;–—-]/.test(c);
  let start = 0;
  let end = text.length;
  while (start < end && junk(text[start])) start++;
  while (end > start && junk(text[end - 1])) end--;
  return text.slice(start, end);
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// Words that tie a duration to the work it is for: `30 minutes of flashcards`, `45 min on graphs`;
// and, before it, to what went before: `Practice for 30 min`.
const LINK = /^\s*(?:of|on|for)\s+/i;
const LINK_BEFORE = /\s+(?:for|of|on|in|during|within)$/i;
// A verb whose object is the duration, so that the work is what follows it: `Add 30 minutes of …`.
const SPEND_TIME = /^(?:add|spend|take|do|use|allot|allow|reserve|put in|plus|also|then)$/i;
// Punctuation at a cut, which separates the duration from the words rather than joining them.
const PUNCTUATED_END = /[:;,–—(+-]\s*$/;
const PUNCTUATED_START = /^\s*[:;,–—)-]/;

export interface LabelCut {
  label: string;
  /** True when the label leaves out words of the sentence beside the duration (`Add … of`). */
  partial: boolean;
}

/**
 * `text` without the duration `d`: with it go the parentheses around it, a `+` glued to it
 * (`+2h`) and punctuation after it; a link word (`of`, `on`) goes too, and with it a verb whose
 * object the duration was (`Add 30 minutes of flashcards` → `Flashcards`). A duration in the middle
 * of a sentence with nothing of that kind around it stays, since its words need it.
 */
export function withoutDuration(text: string, d: DurationMatch): LabelCut {
  const before = text.slice(0, d.index);
  let after = text.slice(d.index + d.length);
  const linked = LINK.test(after);
  if (linked) after = after.replace(LINK, '');
  const head = cleanEnds(before.replace(/[(+]\s*$/, ''));
  const tail = cleanEnds(after.replace(/^\s*\)/, ''));
  if (!head) return { label: capitalise(tail), partial: false };
  if (!tail) return { label: head.replace(LINK_BEFORE, ''), partial: false };
  if (linked && SPEND_TIME.test(head)) return { label: capitalise(tail), partial: true };
  if (linked || PUNCTUATED_END.test(before) || PUNCTUATED_START.test(after)) return { label: `${head} ${tail}`, partial: false };
  return { label: cleanEnds(text), partial: false };
}

/**
 * `text` without a duration that opens or closes it apart from its words (`30 min: go over the
 * notes`, `go over the notes – 30 min`); else as it is (`go over the notes for 30 min`).
 */
export function withoutEdgeDuration(text: string): string {
  const d = parseDuration(text);
  if (!d) return text;
  const before = text.slice(0, d.index);
  const after = text.slice(d.index + d.length);
  const head = cleanEnds(before.replace(/\(\s*$/, ''));
  const tail = cleanEnds(after.replace(/^\s*\)/, ''));
  if (!head && (!tail || PUNCTUATED_START.test(after))) return tail;
  if (!tail && PUNCTUATED_END.test(before)) return head;
  return text;
}
