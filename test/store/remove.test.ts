// Removing a problem or a lesson by id: the row goes, the action log keeps it whole, and undo puts
// it back with the same id and values; an unknown id writes nothing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openDatabase } from '../../src/store/open.js';
import { openStore } from '../../src/store/store.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';
import { newStore, tickingClock } from '../helpers/store.js';
import { isoDate } from '../helpers/dates.js';

describe('removing a row', () => {
  it('removes one problem, and undo brings it back exactly', () => {
    const { store } = newStore();
    const [keep, gone] = store.addProblems([
      { date: isoDate('2025-01-06'), title: 'Two Sum', difficulty: 'easy', topics: ['arrays'] },
      { date: isoDate('2025-01-07'), title: 'LRU Cache', difficulty: 'medium', topics: ['design', 'a;b'], url: 'https://x.test/lru', minutes: 40, note: 'two\nlines' },
    ]);
    const before = store.problems();
    expect(store.removeProblem(gone!.id)).toEqual(gone);
    expect(store.problems()).toEqual([keep]);
    expect(store.history()[0]).toMatchObject({ kind: 'remove', summary: 'removed DSA problem "LRU Cache" of 2025-01-07', undone: false });

    expect(store.undo()).toEqual({ kind: 'remove', summary: 'removed DSA problem "LRU Cache" of 2025-01-07', removed: 0, restored: 1 });
    expect(store.problems()).toEqual(before);
    // The action before it can still be undone: the restored row is the one it added.
    expect(store.undo()).toMatchObject({ kind: 'dsa', removed: 2 });
    expect(store.problems()).toEqual([]);
  });

  it('removes one lesson, and undo brings it back exactly', () => {
    const { store } = newStore();
    const lesson = store.addLesson({ track: 'go', week: 3, text: 'read the error first', date: isoDate('2025-01-20') });
    expect(store.removeLesson(lesson.id)).toEqual(lesson);
    expect(store.lessons()).toEqual([]);
    expect(store.undo()).toMatchObject({ kind: 'remove', summary: 'removed a lesson for go week 3: "read the error first"', restored: 1 });
    expect(store.lessons()).toEqual([lesson]);
  });

  it('an unknown id returns null and logs no action', () => {
    const { store } = newStore();
    const [p] = store.addProblems([{ date: isoDate('2025-01-06') }]);
    expect(store.removeProblem('no-such-id')).toBeNull();
    expect(store.removeLesson(p!.id)).toBeNull();
    expect(store.problems()).toEqual([p]);
    expect(store.history().map((a) => a.kind)).toEqual(['dsa']);
  });

  it('a log of schema 2 gets the column, then removes and restores', () => {
    const dir = tempDir();
    openDatabase(path.join(dir, 'coach.db'), { migrations: MIGRATIONS.filter((m) => m.version <= 2) }).close();
    const store = openStore(dir, { now: tickingClock() });
    onCleanup(() => store.close());
    const [p] = store.addProblems([{ date: isoDate('2025-01-06'), title: 'Two Sum' }]);
    store.removeProblem(p!.id);
    expect(store.undo()).toMatchObject({ restored: 1 });
    expect(store.problems()).toEqual([p]);
  });
});
