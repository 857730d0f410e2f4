// Values of options and arguments that come from the learner's own data: track ids, today's block
// numbers with their titles, ids of rows a command removes. One entry each: a command that takes
// another kind of id adds its source here, and the completion scripts offer it with no change.
import { DIFFICULTIES } from '../log/entities.js';
import { todayView } from '../schedule/today-view.js';
import { openSession, planOf, trackCompletions, trackDrops, type Session } from '../session.js';
import { dsaSetting } from '../session-plan.js';
import { PLANS } from '../track/model.js';
import type { Context } from '../context.js';
import { joinEquals } from './words.js';

/** One completion: the value, and what it is where the shell can show it (zsh, fish). */
export interface Candidate {
  value: string;
  description?: string;
}

/**
 * Where a source's values go: an option by its long flag (of any command), or a command's
 * argument by the command's path (`dsa rm`) and the argument's name.
 */
export type SourceTarget = { option: string } | { command: string; argument: string };

export interface ValueSource {
  target: SourceTarget;
  /** Reading the log or the track: such values are looked up in a read-only session. */
  values(ctx: Context, session: () => Promise<Session>): Promise<Candidate[]> | Candidate[];
}

const dateWords = (): Candidate[] => [{ value: 'today' }, { value: 'yesterday' }];

/** Today's blocks by the numbers `coach today` prints, described by category and title. */
async function todayRefs(_ctx: Context, open: () => Promise<Session>): Promise<Candidate[]> {
  const session = await open();
  const completions = trackCompletions(session);
  const drops = trackDrops(session);
  const dsaToday = session.store?.problems({ from: session.date, to: session.date }).length ?? 0;
  return session.catalog.settle(session.track, (track) => {
    const at = { ...session, track };
    const view = todayView({ ...planOf(at), today: session.today, completions, drops, dsaToday, dsaSetting: dsaSetting(at), initialised: session.initialised, savedPlan: session.savedPlan });
    return [...view.blocks, ...view.overdue.all].map((b) => ({ value: String(b.ref), description: `${b.category} · ${b.title}` }));
  });
}

/** Revisit cards not retired, by the short id `coach revisit` shows, described by kind, title and due date. */
async function cardIds(_ctx: Context, open: () => Promise<Session>): Promise<Candidate[]> {
  const { revisitChoices } = await import('../commands/revisit.js');
  return (await revisitChoices(await open())).map((c) => ({ value: c.id, description: `${c.kind} · ${c.title} · due ${c.due}` }));
}

export const VALUE_SOURCES: readonly ValueSource[] = [
  { target: { option: '--plan' }, values: () => PLANS.map((p) => ({ value: p })) },
  { target: { option: '--difficulty' }, values: () => DIFFICULTIES.map((d) => ({ value: d })) },
  { target: { option: '--date' }, values: dateWords },
  { target: { option: '--since' }, values: dateWords },
  { target: { option: '--from' }, values: dateWords },
  { target: { option: '--track' }, values: async (_ctx, open) => (await open()).catalog.tracks.map((t) => ({ value: t.id, description: t.title })) },
  { target: { command: 'done', argument: 'refs' }, values: todayRefs },
  { target: { command: 'drop', argument: 'refs' }, values: todayRefs },
  { target: { command: 'show', argument: 'ref' }, values: todayRefs },
  {
    target: { command: 'dsa rm', argument: 'id' },
    values: async (_ctx, open) => ((await open()).store?.problems() ?? []).reverse().map((p) => ({ value: p.id, description: `${p.date} ${p.title ?? 'untitled'}` })),
  },
  {
    target: { command: 'lesson rm', argument: 'id' },
    values: async (_ctx, open) => ((await open()).store?.lessons() ?? []).reverse().map((l) => ({ value: l.id, description: `week ${l.week} · ${l.text}` })),
  },
  {
    target: { command: 'log rm', argument: 'id' },
    values: async (_ctx, open) => ((await open()).store?.practice() ?? []).reverse().map((p) => ({ value: p.id, description: `${p.date} ${p.kind} · ${p.title ?? 'untitled'}` })),
  },
  { target: { command: 'revisit done', argument: 'id' }, values: cardIds },
  { target: { command: 'revisit skip', argument: 'id' }, values: cardIds },
  { target: { command: 'revisit forget', argument: 'id' }, values: cardIds },
];

/**
 * Runs `use` with a read-only session (of `content`, the command line's `--content`) that is opened
 * only if a source asks for it, and closed after.
 */
export async function withLazySession<T>(ctx: Context, content: string | undefined, use: (open: () => Promise<Session>) => Promise<T>): Promise<T> {
  let opened: Promise<Session> | null = null;
  try {
    return await use(() => (opened ??= openSession(ctx, { content, lazy: true, unreadable: 'silent' })));
  } finally {
    const session = opened ? await (opened as Promise<Session>).catch(() => null) : null;
    session?.store?.close();
  }
}

/** The `--content` a command line being completed names, so its values come from that folder. */
export function contentOf(typed: readonly string[]): string | undefined {
  const { words } = joinEquals(typed);
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i] ?? '';
    if (w === '--content' && i + 1 < words.length - 1) return words[i + 1];
    if (w.startsWith('--content=')) return w.slice('--content='.length);
  }
  return undefined;
}
