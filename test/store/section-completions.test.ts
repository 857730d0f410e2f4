// A review reads only the completions of the sections it shows (and the dates of the rest): the
// review comes out as from every completion of the track, on logs of several weeks with moved,
// reworded and other tracks' completions, imports and undos.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/log/export-format.js';
import { problemLog } from '../../src/log/problem-log.js';
import type { Completion } from '../../src/log/types.js';
import { buildReview, reviewSpan } from '../../src/review/review.js';
import { addDays, compareDates } from '../../src/schedule/dates.js';
import { openStore } from '../../src/store/store.js';
import { isoDate } from '../helpers/dates.js';
import { tickingClock } from '../helpers/store.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';
import { completion, makeTrack } from '../review/fixtures.js';

const START = isoDate('2026-03-02');
const TRACK = makeTrack({ weeks: 4 });

let n = 0;
// Week 5 is gone from the track: its completions are orphans. Day 8 and block 3 do not exist either.
const row = fc.record({
  week: fc.integer({ min: 1, max: 5 }), day: fc.integer({ min: 1, max: 8 }), plan: fc.constantFrom('4h', '6h'), block: fc.integer({ min: 1, max: 3 }),
  offset: fc.integer({ min: 0, max: 40 }), reworded: fc.boolean(), otherTrack: fc.boolean(), minutes: fc.option(fc.integer({ min: 5, max: 120 }), { nil: null }),
}).map((r): Completion => {
  const c = completion(`t.w${r.week}.d${r.day}.${r.plan}.${r.block}`, addDays(START, r.offset), { minutes: r.minutes, note: r.minutes ? `note ${r.minutes}` : null });
  return { ...c, id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, title: r.reworded ? `${c.title} (reworded)` : c.title, track: r.otherTrack ? 'other' : 't' };
});

function imported(store: ReturnType<typeof openStore>, completions: Completion[]): void {
  store.importAll({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2026-03-01T00:00:00.000Z', settings: {}, completions, problems: [], skips: [], lessons: [] });
}

describe('the completions of the sections a review shows', () => {
  it('give the review every completion of the track gives', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(row, { maxLength: 10 }), fc.boolean(), fc.array(fc.integer({ min: 0, max: 45 }), { minLength: 1, maxLength: 3 }), (first, second, undo, todays) => {
        const store = openStore(tempDir(), { now: tickingClock() });
        onCleanup(() => store.close());
        imported(store, first);
        if (second.length) imported(store, second);
        if (undo) store.undo();
        const all = store.completions({ track: 't' });
        expect(new Set(store.completionDates('t'))).toEqual(new Set(all.map((c) => c.date)));
        for (const offset of todays) {
          const today = addDays(START, offset);
          for (const week of [1, 2, 3, 4]) {
            const span = { track: TRACK, startWeek: 1, start: START, skips: [], week };
            const shown = reviewSpan(span);
            if (!shown) throw new Error(`week ${week} has no span`);
            const sub = store.sectionCompletions({ track: 't', ...shown });
            // The sections, whole: every completion of a week shown, or of a section with one dated in the week.
            const dated = (c: Completion) => compareDates(shown.from, c.date) <= 0 && compareDates(c.date, shown.to) <= 0;
            const key = (c: Completion) => `${c.week}/${c.day}/${c.plan}`;
            const touched = new Set(all.filter(dated).map(key));
            expect(sub).toEqual(all.filter((c) => shown.weeks.includes(c.week) || touched.has(key(c))));
            const common = { ...span, plan: '6h' as const, today, problems: problemLog([]), lessons: [], dsaSetting: null };
            expect(buildReview({ ...common, completions: sub, completionDates: store.completionDates('t') })).toEqual(buildReview({ ...common, completions: all }));
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
