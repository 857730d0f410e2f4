// Building stores and sample input for the store tests.
import path from 'node:path';
import type { CompletionInput, MarkDoneResult } from '../../src/log/types.js';
import type { IsoDate } from '../../src/schedule/dates.js';
import type { Block, Day, Track } from '../../src/track/model.js';
import { openStore, type Store, type StoreOptions } from '../../src/store/store.js';
import { onCleanup, tempDir } from './temp-dir.js';

/** A clock that advances one second per reading, so stamps are distinct and ordered. */
export function tickingClock(start = '2025-01-06T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

export interface TestStore {
  store: Store;
  dir: string;
  file: string;
}

export function newStore(options: StoreOptions = {}): TestStore {
  const dir = tempDir();
  const store = openStore(dir, { now: tickingClock(), ...options });
  onCleanup(() => store.close());
  return { store, dir, file: path.join(dir, 'coach.db') };
}

export function block(n: number, over: Partial<CompletionInput> = {}): CompletionInput {
  return {
    blockId: `go.w1.d1.4h.${n}`,
    track: 'go',
    week: 1,
    day: 1,
    plan: '4h',
    label: `Block ${n}`,
    category: n % 2 ? 'HLD' : 'LLD',
    title: `Topic ${n}`,
    minutes: { min: 60, max: 90 },
    ...over,
  };
}

/** The smallest track that has exactly the blocks `items` name, in order: what the store's tests mark. */
export function trackOf(items: readonly CompletionInput[]): Track {
  const id = items[0]?.track ?? 'go';
  const weeks = new Map<number, Map<number, Day>>();
  for (const item of items) {
    const days = weeks.get(item.week) ?? new Map<number, Day>();
    weeks.set(item.week, days);
    const day = days.get(item.day) ?? { number: item.day, title: '', focus: '', blocks4h: [], additions6h: [], notes: [], line: 1 };
    days.set(item.day, day);
    const block: Block = { id: item.blockId, label: item.label, category: item.category, title: item.title, minutes: item.minutes, plan: item.plan, details: [], line: 1 };
    (item.plan === '4h' ? day.blocks4h : day.additions6h).push(block);
  }
  return {
    id,
    title: id,
    weeks: [...weeks].map(([number, days]) => ({
      number, title: id, goals: [], references: [], overview: {}, days: [...days.values()], dailyDsa: null, file: `week-${number}.md`,
    })),
  };
}

/**
 * `store.markDone` on a track whose week 1 day 1 has `block(1)`…`block(4)`, each replaced by the
 * item of the same id, plus any other blocks the items name.
 */
export function markDone(store: Store, items: readonly CompletionInput[], date: IsoDate, opts: { minutes?: number; note?: string } = {}): MarkDoneResult {
  const track = items[0]?.track ?? 'go';
  const day = [1, 2, 3, 4].map((n) => block(n, { track, blockId: `${track}.w1.d1.4h.${n}` }));
  const blocks = [...day.map((b) => items.find((i) => i.blockId === b.blockId) ?? b), ...items.filter((i) => !day.some((b) => b.blockId === i.blockId))];
  return store.markDone(trackOf(blocks), items, date, opts);
}
