// The text of `coach revisit` and of the revisit lines other views show (`today`, `dsa add`,
// `review`, `progress`): pure functions of the cards, colours through the `Style` passed in.
import { SHORT_ID, type Card, type RevisitFigures } from '../practice/cards.js';
import type { Rating } from '../practice/ratings.js';
import { daysBetween, type IsoDate } from '../schedule/dates.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { cut, longDate, padEnd, plural, shortDate, width } from './format.js';
import { fitText } from './wrap.js';

/** The choices of the rating question, each with what it means. */
export const RATING_HINTS: Record<Rating, string> = {
  again: 'again: could not solve it (comes back tomorrow)',
  hard: 'hard: solved, with a struggle',
  good: 'good: solved',
  easy: 'easy: solved at once',
};

const KIND_NAMES: Record<Card['kind'], string> = { dsa: 'DSA', 'machine-coding': 'Machine coding', design: 'Design' };

export const shortId = (c: Pick<Card, 'id'>): string => c.id.slice(0, SHORT_ID);

/** A card as `revisit --json` and `today --json` give it. */
export function cardJson(c: Card): { id: string; kind: Card['kind']; title: string; due: IsoDate; lastRating: Rating; reviews: number } {
  return { id: shortId(c), kind: c.kind, title: c.title, due: c.due, lastRating: c.lastRating, reviews: c.reviews };
}

/** After a log or a re-solve: when the card comes back. */
export function renderComesBack(s: Style, c: Card): string {
  return `  ${s.dim(`comes back on ${longDate(c.due)} (rated ${c.lastRating}, ${plural(c.reviews, 'review')}) · coach revisit`)}\n`;
}

export interface RevisitList {
  date: IsoDate;
  shown: Card[];
  /** Due cards past the daily cap. */
  waiting: number;
  cap: number;
  /** The card due next after `date`, when nothing is due. */
  next: Card | null;
}

function overdue(c: Card, date: IsoDate): string {
  const days = daysBetween(c.due, date);
  return days > 0 ? ` (${plural(days, 'day')} ago)` : '';
}

/** `coach revisit`: the due cards, oldest first, and how many wait past the cap. */
export function renderRevisitList(s: Style, v: RevisitList, columns = 80): string {
  if (v.shown.length === 0) {
    const next = v.next ? ` Next: ${sanitizeLine(v.next.title)} on ${longDate(v.next.due)}.` : ' Problems you log come back when FSRS says.';
    return fitText(`Nothing to revisit on ${longDate(v.date)}.${next}`, columns) + '\n';
  }
  const total = v.shown.length + v.waiting;
  const out = [`${s.bold('Revisit')} · ${longDate(v.date)} · ${total} due`, ''];
  const kindWidth = Math.max(...v.shown.map((c) => width(KIND_NAMES[c.kind])));
  const fixed = 2 + SHORT_ID + 2 + kindWidth + 2 + 2;
  const long = v.shown.map((c) => `due ${shortDate(c.due)}${overdue(c, v.date)} · last ${c.lastRating}`);
  // On a narrow terminal the tail gives way first: the title keeps a dozen columns or more.
  const tails = columns - fixed - Math.max(...long.map(width)) >= 16 ? long : v.shown.map((c) => `${shortDate(c.due)} · ${c.lastRating}`);
  // The title column takes what the widest tail leaves, and no more than the longest title needs.
  const room = Math.max(12, columns - fixed - Math.max(...tails.map(width)));
  const titleWidth = Math.min(room, Math.max(...v.shown.map((c) => width(sanitizeLine(c.title)))));
  v.shown.forEach((c, i) => {
    const title = cut(sanitizeLine(c.title), titleWidth);
    out.push(`  ${s.yellow(shortId(c))}  ${s.cyan(padEnd(KIND_NAMES[c.kind], kindWidth))}  ${padEnd(title, titleWidth)}  ${s.dim(tails[i] ?? '')}`);
  });
  if (v.waiting > 0) out.push(s.dim(`  + ${v.waiting} more waiting (the daily cap is ${v.cap}; see them with coach revisit --all)`));
  const first = v.shown[0];
  if (first) out.push('', s.dim(`Re-solved one? coach revisit done ${shortId(first)} --rating good (or skip, forget)`));
  return fitText(out.join('\n'), columns) + '\n';
}

/** After `revisit done | skip | forget`. */
export function renderRevisitAction(s: Style, action: 'review' | 'skip' | 'forget', before: Card, after: Card | null): string {
  const title = `"${sanitizeLine(before.title)}"`;
  if (action === 'forget') {
    return `${s.green('✔')} retired ${title}: it will not come back (logging it again starts it afresh). Undo with coach undo.\n`;
  }
  const when = after ? ` It comes back on ${longDate(after.due)}.` : '';
  const what = action === 'review' ? `re-solved ${title} (${after?.lastRating ?? ''})` : `postponed ${title}`;
  return `${s.green('✔')} ${what}.${when} Undo with coach undo.\n`;
}

/** A view with the re-solves of its period: `"revisits":{"done","again","share"}` in its JSON. */
export interface WithRecall {
  revisits?: RevisitFigures;
}

/** `3 revisits, 1 again (33%)`. */
export function revisitFigures(f: RevisitFigures): string {
  if (f.done === 0) return 'no revisits';
  return `${plural(f.done, 'revisit')}, ${f.again} again (${Math.round((f.share ?? 0) * 100)}%)`;
}

/** The line `review` and `progress` show under their DSA line, once something was re-solved. */
export function recallLine(s: Style, f: RevisitFigures | undefined, scope: string): string[] {
  if (!f || f.done === 0) return [];
  const share = f.share ?? 0;
  return [`${s.dim('Recall')}  ${(share > 0.5 ? s.yellow : s.green)(revisitFigures(f))} ${scope}`];
}
