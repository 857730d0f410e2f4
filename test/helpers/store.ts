// Building stores and sample input for the store tests.
import path from 'node:path';
import type { CompletionInput } from '../../src/log/types.js';
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
