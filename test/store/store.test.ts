import { describe, expect, it } from 'vitest';
import { rawDatabase } from '../helpers/raw-db.js';
import { UsageError } from '../../src/errors.js';
import { openStore } from '../../src/store/store.js';
import { block, markDone, newStore, tickingClock } from '../helpers/store.js';
import { isoDate, unchecked } from '../helpers/dates.js';

function count(file: string, table: string): number {
  const db = rawDatabase(file, { readonly: true });
  try {
    return db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? -1;
  } finally {
    db.close();
  }
}

describe('settings', () => {
  it('reads back what was set, all keys in one go', () => {
    const { store } = newStore();
    expect(store.getSetting('plan')).toBeNull();
    store.setSettings({ plan: '4h', start: '2025-01-06' });
    store.setSettings({ plan: '6h' });
    expect(store.getSetting('plan')).toBe('6h');
    expect(store.getSettings()).toEqual({ plan: '6h', start: '2025-01-06' });
  });
});

describe('markDone', () => {
  it('adds each block once and reports the ones already done', () => {
    const { store, file } = newStore();
    const first = markDone(store, [block(1), block(2)], isoDate('2025-01-06'));
    expect(first.added.map((r) => r.blockId)).toEqual(['go.w1.d1.4h.1', 'go.w1.d1.4h.2']);
    expect(first.already).toEqual([]);

    const again = markDone(store, [block(1), block(2), block(3)], isoDate('2025-01-07'));
    expect(again.added.map((r) => r.blockId)).toEqual(['go.w1.d1.4h.3']);
    expect(again.already).toEqual(['go.w1.d1.4h.1', 'go.w1.d1.4h.2']);

    const none = markDone(store, [block(1)], isoDate('2025-01-08'));
    expect(none).toEqual({ added: [], updated: [], already: ['go.w1.d1.4h.1'] });
    expect(count(file, 'completions')).toBe(3);
    expect(store.completions().find((r) => r.blockId === 'go.w1.d1.4h.1')?.date).toBe('2025-01-06');
    expect(store.history().map((a) => a.summary)).toEqual([
      'marked 1 block done: Block 3 (HLD)',
      'marked 2 blocks done: Block 1 (HLD), Block 2 (LLD)',
    ]);
  });

  it('stores the block as it was passed, whatever changes later', () => {
    const { store, dir } = newStore();
    const input = block(1, { title: 'Design a URL shortener', minutes: { min: 45, max: 60 } });
    markDone(store, [input], isoDate('2025-01-06'), { minutes: 50, note: 'went well' });
    input.title = 'Edited later';
    if (input.minutes) input.minutes.max = 999;
    // The same block by the matching rule (case and a trailing full stop aside), its minutes since changed.
    const again = markDone(store, [block(1, { title: 'design a URL shortener.', minutes: { min: 10, max: 10 } })], isoDate('2025-01-09'));
    expect(again.already).toEqual(['go.w1.d1.4h.1']);
    store.close();

    const reopened = openStore(dir);
    try {
      expect(reopened.completions()).toEqual([
        {
          id: expect.any(String),
          blockId: 'go.w1.d1.4h.1',
          date: '2025-01-06',
          track: 'go',
          week: 1,
          day: 1,
          plan: '4h',
          label: 'Block 1',
          category: 'HLD',
          title: 'Design a URL shortener',
          planned: { min: 45, max: 60 },
          minutes: 50,
          note: 'went well',
          createdAt: '2025-01-06T09:00:01.000Z',
        },
      ]);
      expect(reopened.completions().map((c) => c.blockId)).toEqual(['go.w1.d1.4h.1']);
    } finally {
      reopened.close();
    }
  });

  it('refuses a bad date before writing', () => {
    const { store, file } = newStore();
    expect(() => markDone(store, [block(1)], unchecked('2025-02-30'))).toThrow(UsageError);
    expect(() => markDone(store, [block(1)], unchecked('6 Jan'))).toThrow(/date must be a date \(YYYY-MM-DD\)/);
    expect(count(file, 'completions')).toBe(0);
    expect(count(file, 'actions')).toBe(0);
  });
});

describe('queries', () => {
  it('filters completions by track and inclusive date range', () => {
    const { store } = newStore();
    markDone(store, [block(1)], isoDate('2025-01-06'));
    markDone(store, [block(2)], isoDate('2025-01-07'));
    markDone(store, [block(1, { blockId: 'sd.w1.d1.4h.1', track: 'sd' })], isoDate('2025-01-08'));
    const ids = (rows: { blockId: string }[]) => rows.map((r) => r.blockId);
    expect(ids(store.completions({ track: 'go' }))).toEqual(['go.w1.d1.4h.1', 'go.w1.d1.4h.2']);
    expect(ids(store.completions({ from: isoDate('2025-01-07') }))).toEqual(['go.w1.d1.4h.2', 'sd.w1.d1.4h.1']);
    expect(ids(store.completions({ from: isoDate('2025-01-07'), to: isoDate('2025-01-07') }))).toEqual(['go.w1.d1.4h.2']);
  });

  it('lists problems by date then entry order, with topics as an array', () => {
    const { store } = newStore();
    store.addProblems([{ date: isoDate('2025-01-07'), title: 'B', topics: ['graphs', 'bfs'], difficulty: 'medium' }]);
    store.addProblems([{ date: isoDate('2025-01-06'), title: 'A' }, { date: isoDate('2025-01-07'), title: 'C' }]);
    expect(store.problems().map((p) => p.title)).toEqual(['A', 'B', 'C']);
    expect(store.problems({ from: isoDate('2025-01-07') })[0]).toMatchObject({ title: 'B', topics: ['graphs', 'bfs'], difficulty: 'medium' });
    expect(store.problems({ to: isoDate('2025-01-06') })[0]).toMatchObject({ title: 'A', topics: [], difficulty: null, url: null });
  });

  it('keeps one skip per date, sorted', () => {
    const { store } = newStore();
    expect(store.addSkip(isoDate('2025-01-09'))).toEqual({ added: true });
    expect(store.addSkip(isoDate('2025-01-07'))).toEqual({ added: true });
    expect(store.addSkip(isoDate('2025-01-09'))).toEqual({ added: false });
    expect(store.skips()).toEqual(['2025-01-07', '2025-01-09']);
    expect(store.history()).toHaveLength(2);
  });

  it('filters lessons by track and week', () => {
    const { store } = newStore();
    store.addLesson({ track: 'go', week: 1, text: 'channels close once', date: isoDate('2025-01-06') });
    store.addLesson({ track: 'go', week: 2, text: 'ctx first', date: isoDate('2025-01-13') });
    store.addLesson({ track: 'sd', week: 1, text: 'estimate first', date: isoDate('2025-01-06') });
    expect(store.lessons({ track: 'go' }).map((l) => l.text)).toEqual(['channels close once', 'ctx first']);
    expect(store.lessons({ week: 1 }).map((l) => l.track)).toEqual(['go', 'sd']);
    expect(store.lessons({ track: 'go', week: 2 })).toHaveLength(1);
  });
});

describe('undo', () => {
  it('returns null when there is nothing to undo', () => {
    const { store } = newStore();
    expect(store.undo()).toBeNull();
    markDone(store, [block(1)], isoDate('2025-01-06'));
    markDone(store, [block(1)], isoDate('2025-01-06'));
    expect(store.undo()?.kind).toBe('done');
    expect(store.undo()).toBeNull();
  });

  it('reverts marking blocks done', () => {
    const { store } = newStore();
    markDone(store, [block(1), block(2)], isoDate('2025-01-06'));
    expect(store.undo()).toEqual({ kind: 'done', summary: 'marked 2 blocks done: Block 1 (HLD), Block 2 (LLD)', removed: 2, restored: 0 });
    expect(store.completions()).toHaveLength(0);
    expect(markDone(store, [block(1)], isoDate('2025-01-06')).added).toHaveLength(1);
  });

  it('reverts logged problems', () => {
    const { store } = newStore();
    store.addProblems([{ date: isoDate('2025-01-06'), title: 'Two Sum' }]);
    store.addProblems([{ date: isoDate('2025-01-06') }, { date: isoDate('2025-01-06') }, { date: isoDate('2025-01-06') }]);
    expect(store.undo()).toEqual({ kind: 'dsa', summary: 'logged 3 DSA problems', removed: 3, restored: 0 });
    expect(store.undo()).toEqual({ kind: 'dsa', summary: 'logged DSA problem "Two Sum"', removed: 1, restored: 0 });
    expect(store.problems()).toEqual([]);
  });

  it('reverts a skip', () => {
    const { store } = newStore();
    store.addSkip(isoDate('2025-01-07'));
    expect(store.undo()).toEqual({ kind: 'skip', summary: 'skipped 2025-01-07', removed: 1, restored: 0 });
    expect(store.skips()).toEqual([]);
  });

  it('reverts a lesson', () => {
    const { store } = newStore();
    store.addLesson({ track: 'go', week: 3, text: 'read the error first', date: isoDate('2025-01-20') });
    expect(store.undo()).toEqual({ kind: 'lesson', summary: 'noted a lesson for go week 3: "read the error first"', removed: 1, restored: 0 });
    expect(store.lessons()).toEqual([]);
  });

  it('walks back one action at a time, newest first, and keeps the history', () => {
    const { store } = newStore();
    markDone(store, [block(1)], isoDate('2025-01-06'));
    store.addSkip(isoDate('2025-01-07'));
    store.addLesson({ track: 'go', week: 1, text: 'x', date: isoDate('2025-01-08') });
    expect(store.undo()?.kind).toBe('lesson');
    expect(store.undo()?.kind).toBe('skip');
    expect(store.completions()).toHaveLength(1);
    expect(store.history().map((a) => [a.kind, a.undone])).toEqual([
      ['lesson', true],
      ['skip', true],
      ['done', false],
    ]);
  });

  it('uses the clock it was given for stamps', () => {
    const { store } = newStore({ now: tickingClock('2030-05-05T00:00:00.000Z') });
    store.addSkip(isoDate('2030-05-05'));
    expect(store.history()[0]?.createdAt).toBe('2030-05-05T00:00:01.000Z');
  });
});
