// Practice counted by kind and revisits by outcome, as `coach progress` and `coach review` read them
// (grouped in SQL), equal the figures computed from every row, through adds, removals and undos.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_KINDS } from '../../src/log/entities.js';
import { doneByArea } from '../../src/practice/practice-view.js';
import { revisitFiguresOf } from '../../src/practice/cards.js';
import { MOCK_TYPES, PRACTICE_KINDS } from '../../src/practice/kinds.js';
import { RATINGS } from '../../src/practice/ratings.js';
import { addDays } from '../../src/schedule/dates.js';
import { openStore } from '../../src/store/store.js';
import { isoDate } from '../helpers/dates.js';
import { tickingClock } from '../helpers/store.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';

const BASE = isoDate('2026-02-20');
// Several weeks of dates.
const day = fc.integer({ min: 0, max: 40 }).map((n) => addDays(BASE, n));
const practiceStep = fc.record({
  kind: fc.constantFrom(...PRACTICE_KINDS), date: day, title: fc.option(fc.constantFrom('Rate limiter', 'LRU'), { nil: null }),
  mockType: fc.option(fc.constantFrom(...MOCK_TYPES), { nil: null }), score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
});
const revisitStep = fc.record({
  kind: fc.constantFrom(...CARD_KINDS), title: fc.constantFrom('Two Sum', 'LRU Cache'), date: day,
  action: fc.constantFrom('review', 'skip', 'forget'), rating: fc.constantFrom(...RATINGS),
});
const step = fc.oneof(
  fc.record({ practice: practiceStep }),
  fc.record({ revisit: revisitStep }),
  fc.record({ removePractice: fc.nat() }),
  fc.constant({ undo: true as const }),
);
const RANGES = [{}, { to: addDays(BASE, 20) }, { from: addDays(BASE, 10) }, { from: addDays(BASE, 7), to: addDays(BASE, 13) }, { from: addDays(BASE, 50) }];

describe('counts grouped in SQL', () => {
  it('give the same practice by area and revisit figures as every row does', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const store = openStore(tempDir(), { now: tickingClock() });
        onCleanup(() => store.close());
        for (const s of steps) {
          if ('practice' in s) {
            const p = s.practice;
            store.addPractice({ ...p, mockType: p.kind === 'mock' ? p.mockType : null, minutes: null, rating: null, url: null, blockId: null, note: null });
          } else if ('revisit' in s) store.addRevisit(s.revisit);
          else if ('removePractice' in s) {
            const all = store.practice();
            const victim = all[s.removePractice % Math.max(1, all.length)];
            if (victim) store.removePractice(victim.id);
          } else store.undo();
          for (const r of RANGES) {
            expect(doneByArea(3, store.practiceByKind(r))).toEqual(doneByArea(3, store.practice(r)));
            expect(revisitFiguresOf(store.revisitsByOutcome(r))).toEqual(revisitFiguresOf(store.revisits(r)));
            const n = store.practiceByKind(r).reduce((sum, g) => sum + g.n, 0);
            expect(n).toBe(store.practice(r).length);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('read each group through its fields, as whole rows are', () => {
    const store = openStore(tempDir(), { now: tickingClock() });
    onCleanup(() => store.close());
    store.addRevisit({ kind: 'dsa', title: 'Two Sum', date: BASE, action: 'review', rating: 'again' });
    store.addRevisit({ kind: 'dsa', title: 'LRU Cache', date: BASE, action: 'review', rating: 'again' });
    store.addRevisit({ kind: 'dsa', title: 'LRU Cache', date: addDays(BASE, 1), action: 'skip' });
    const sorted = store.revisitsByOutcome().sort((a, b) => a.action.localeCompare(b.action));
    expect(sorted).toEqual([{ action: 'review', rating: 'again', n: 2 }, { action: 'skip', rating: null, n: 1 }]);
    expect(revisitFiguresOf(sorted)).toEqual({ done: 2, again: 2, share: 1 });
    expect(store.practiceByKind()).toEqual([]);
  });
});
