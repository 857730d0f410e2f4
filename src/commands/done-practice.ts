// After `coach done`: a block whose category names a practice area ("Mock Design", "Machine
// Coding", "Theory", a system-design day's "Design") is offered for the practice log, once per
// block. On a terminal a yes/no question, then what `coach log` would ask; otherwise one line with
// the exact command. Nothing heavy loads unless there is a practice block to offer.
import type { Context } from '../context.js';
import type { Completion } from '../log/types.js';
import { blockPractice, type BlockPractice } from '../practice/block-kind.js';
import { KIND_NAMES } from '../practice/kinds.js';
import type { Session } from '../session.js';
import { findDay } from '../track/model.js';
import type { Located } from './block-refs.js';

export interface BlockOffer extends BlockPractice {
  completion: Completion;
  title: string;
  /** The minutes the completion logged, else the plan's low end; null when neither is known. */
  minutes: number | null;
}

/** The practice blocks among those just marked done that have no practice entry yet. */
export function practiceOffers(session: Session, added: readonly Completion[], chosen: readonly Located[]): BlockOffer[] {
  return added.flatMap((completion): BlockOffer[] => {
    const at = chosen.find((c) => c.block.id === completion.blockId);
    if (!at) return [];
    const week = session.track.weeks.find((w) => w.number === at.week);
    const day = week && findDay(week, at.day);
    const practice = blockPractice({ category: at.block.category, dayTitle: day?.title, dayFocus: day?.focus });
    if (!practice) return [];
    if ((session.store?.practice({ blockId: completion.blockId }).length ?? 0) > 0) return [];
    const minutes = completion.minutes ?? at.block.minutes?.min ?? null;
    return [{ ...practice, completion, title: at.block.title, minutes }];
  });
}

/** Offers each practice block: asked on a terminal, else the command printed. */
export async function offerPractice(ctx: Context, session: Session, offers: readonly BlockOffer[]): Promise<void> {
  if (offers.length === 0) return;
  const { renderBlockHint } = await import('../render/practice.js');
  for (const o of offers) {
    const command = { kind: o.kind, title: o.title, mockType: o.mockType, minutes: o.minutes, blockId: o.completion.blockId };
    if (!ctx.interactive) {
      ctx.stdout.write(renderBlockHint(ctx.stdout.style, command));
      continue;
    }
    const what = o.mockType ? `a mock (${o.mockType})` : `a ${KIND_NAMES[o.kind]}`;
    if (!(await ctx.prompts.confirm('log-block', `Log "${o.completion.label}" as ${what}?`, true))) continue;
    const { completeDraft } = await import('./log-ask.js');
    const { savePractice } = await import('./log.js');
    const title = (await ctx.prompts.input('title', 'Title', { initial: o.title })).trim();
    const d = await completeDraft(ctx, { kind: o.kind, title, mockType: o.mockType, minutes: o.minutes, score: null, rating: null }, { title: true, minutes: o.minutes !== null });
    await savePractice(ctx, session, {
      kind: o.kind, date: o.completion.date, title: d.title || null, mockType: d.mockType, minutes: d.minutes, score: d.score,
      rating: d.rating, url: null, blockId: o.completion.blockId, note: null,
    });
  }
}
