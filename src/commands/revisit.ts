// `coach revisit [done | skip | forget]`: the logged problems due for a re-solve, and what the learner
// did with one. Re-solves are revisits, not new problems: DSA counts, streaks and targets ignore them.
import type { OptionsOf } from '../cli/options.js';
import type { declareRevisit, declareRevisitDone, declareRevisitForget, declareRevisitSkip } from '../cli/revisit.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { allCards, cardsDue } from '../practice/card-reads.js';
import { capped, compareCards, DEFAULT_REVISIT_CAP, SHORT_ID, type Card } from '../practice/cards.js';
import type { Rating } from '../practice/ratings.js';
import { cardJson, renderRevisitAction, renderRevisitList, shortId, type RevisitList } from '../render/revisit.js';
import { printResult } from '../render/output.js';
import { compareDates } from '../schedule/dates.js';
import { sanitizeLine } from '../text/sanitize.js';
import { withSession, writableStore, type Session } from '../session.js';
import type { Store } from '../store/store.js';
import { askRating } from './dsa.js';

export type RevisitOptions = OptionsOf<typeof declareRevisit>;

/** The learner's daily cap on due cards. */
export const revisitCap = (session: Session): number => session.settings.revisitCap ?? DEFAULT_REVISIT_CAP;

/** The due cards of the session's date, capped (`--all`: every one), and the next one when none is due. */
export async function revisitList(ctx: Context, opts: RevisitOptions): Promise<RevisitList> {
  return withSession(ctx, { ...opts, lazy: true }, async (session) => {
    const { store, date } = session;
    const due = store ? await cardsDue(store, date) : [];
    const cap = opts.all ? Math.max(due.length, 1) : revisitCap(session);
    const { shown, waiting } = capped(due, cap);
    const upcoming = shown.length === 0 && store ? (await allCards(store)).filter((c) => !c.retired && compareDates(c.due, date) > 0).sort(compareCards) : [];
    const list: RevisitList = { date, shown, waiting, cap: revisitCap(session), next: upcoming[0] ?? null };
    printResult(ctx.stdout, renderRevisitList, list, { json: opts.json, toJson: (v) => v.shown.map(cardJson) });
    return list;
  });
}

/** Ids of the cards still in play, as `coach revisit` shows them: for shell completion. */
export async function revisitIds(session: Session): Promise<string[]> {
  return (await revisitChoices(session)).map((c) => c.id);
}

/** The same cards with their kind and title, for the shell's completion to show beside each id. */
export async function revisitChoices(session: Session): Promise<{ id: string; kind: string; title: string; due: string }[]> {
  if (!session.store) return [];
  return (await allCards(session.store)).filter((c) => !c.retired).sort(compareCards).map((c) => ({ id: shortId(c), kind: c.kind, title: c.title, due: c.due }));
}

/** The card an id (any prefix of 4 or more hex digits) names; a usage error when none or several do. */
function findCard(store: Store, text: string): Card {
  const id = text.trim().toLowerCase();
  const shown = sanitizeLine(text.trim());
  if (!/^[0-9a-f]{4,16}$/.test(id)) {
    throw new UsageError(`"${shown}" is not a card id: give the ${SHORT_ID} hex digits coach revisit shows (4 or more). Nothing was written.`);
  }
  const found = store.cardsByPrefix(id, 5);
  if (found.length === 0) throw new UsageError(`no card with id ${shown}; coach revisit --all shows the due ones. Nothing was written.`);
  if (found.length > 1) {
    throw new UsageError(`id ${shown} names ${found.length} cards (${found.map((c) => `${c.id.slice(0, Math.max(SHORT_ID, id.length + 1))} ${sanitizeLine(c.title)}`).join(', ')}); give more digits. Nothing was written.`);
  }
  return found[0] as Card;
}

/** The log, writable and with every card up to date, for an action on one card. */
async function cardStore(ctx: Context, session: Session): Promise<Store> {
  const store = await writableStore(ctx, session, { cards: true });
  // A card noted by a write that ran without FSRS is brought up to date before it is looked up.
  if (store.cardsStale()) store.syncCards();
  return store;
}

function noLog(id: string): UsageError {
  return new UsageError(`no card with id ${sanitizeLine(id.trim())}: nothing is logged yet. Log a problem with coach dsa add "Two Sum".`);
}

export type RevisitDoneOptions = OptionsOf<typeof declareRevisitDone, 'id'>;

/** A re-solve of a card: one review more, rated; undoable. */
export async function revisitDone(ctx: Context, opts: RevisitDoneOptions): Promise<Card> {
  if (!opts.rating && !ctx.interactive) {
    throw new UsageError(`say how the re-solve went: coach revisit done ${sanitizeLine(opts.id.trim())} --rating again|hard|good|easy. Nothing was written.`);
  }
  return withSession(ctx, { ...opts, notAfterToday: true, lazy: true }, async (session) => {
    if (!session.store) throw noLog(opts.id);
    const store = await cardStore(ctx, session);
    const card = findCard(store, opts.id);
    if (card.retired) throw retired(card);
    const rating: Rating = opts.rating ?? (await askRating(ctx));
    store.addRevisit({ kind: card.kind, title: card.title, date: session.date, action: 'review', rating, minutes: opts.minutes ?? null });
    const after = store.cardsByPrefix(card.id, 1)[0] ?? null;
    ctx.stdout.write(renderRevisitAction(ctx.stdout.style, 'review', card, after));
    return after ?? card;
  });
}

function retired(card: Card): UsageError {
  return new UsageError(`"${sanitizeLine(card.title)}" is retired (coach revisit forget); log it again with coach dsa add to start it afresh, or coach undo the retirement.`);
}

export type RevisitSkipOptions = OptionsOf<typeof declareRevisitSkip, 'id'>;

/** Postpone a card by a study day: one day past its due date, or past today when it is overdue. */
export async function revisitSkip(ctx: Context, opts: RevisitSkipOptions): Promise<Card> {
  return cardAction(ctx, opts, 'skip');
}

export type RevisitForgetOptions = OptionsOf<typeof declareRevisitForget, 'id'>;

/** Retire a card: it never comes back unless its title is logged again. */
export async function revisitForget(ctx: Context, opts: RevisitForgetOptions): Promise<Card> {
  return cardAction(ctx, opts, 'forget');
}

async function cardAction(ctx: Context, opts: RevisitSkipOptions, action: 'skip' | 'forget'): Promise<Card> {
  return withSession(ctx, { ...opts, lazy: true }, async (session) => {
    if (!session.store) throw noLog(opts.id);
    const store = await cardStore(ctx, session);
    const card = findCard(store, opts.id);
    if (card.retired) throw retired(card);
    store.addRevisit({ kind: card.kind, title: card.title, date: session.today, action });
    const after = store.cardsByPrefix(card.id, 1)[0] ?? null;
    ctx.stdout.write(renderRevisitAction(ctx.stdout.style, action, card, after));
    return after ?? card;
  });
}
