// `leftWork`: the forecast's sum of what is left, with untouched days summed from the day, is the
// sum of `leftBlocks`, on a parsed track and on a lazy one, whatever is done or let go.
import { describe, expect, it } from 'vitest';
import { expected, forecast, leftBlocks, leftWork, settledDays, type ForecastInput } from '../../src/schedule/forecast.js';
import { dayPlanned } from '../../src/track/lazy-track.js';
import { loadCatalog } from '../../src/track/load.js';
import { blocksFor, plannedMinutes, type Track } from '../../src/track/model.js';
import { isoDate } from '../helpers/dates.js';
import { tempDir } from '../helpers/temp-dir.js';
import { WEEK_11, weekFile } from '../commands/setup.js';
import { tempTree } from '../track/temp-tree.js';

/** Twelve weeks of the bundled week, one with a block of no duration; read in full and lazily. */
async function tracks(): Promise<{ full: Track; lazy: Track }> {
  const files: Record<string, string> = {};
  for (let w = 1; w <= 12; w++) files[`go/week-${String(w).padStart(2, '0')}.md`] = w === 5 ? weekFile('go', w).replace('(LLD – 60 min)', '(LLD)') : weekFile('go', w);
  const content = tempTree(files);
  const data = tempDir();
  await loadCatalog(content, data, { parser: 'p' });
  const catalog = await loadCatalog(content, data, { parser: 'p' });
  return { full: await catalog.track('go'), lazy: await catalog.lazyTrack('go') };
}

const sum = (track: Track, plan: '4h' | '6h', startWeek: number, settled: (id: string) => boolean) => {
  const left = leftBlocks(track, plan, startWeek, settled);
  return { blocks: left.length, minutes: plannedMinutes(left as never), work: left.reduce((s, b) => s + expected(b.minutes), 0) };
};

describe('leftWork', () => {
  it('sums what leftBlocks lists, for either plan, any start week and any blocks settled', async () => {
    const { full, lazy } = await tracks();
    expect(WEEK_11).toContain('(LLD – 60 min)');
    const ids = full.weeks.flatMap((w) => w.days.flatMap((d) => blocksFor(d, '6h').map((b) => b.id)));
    const settledSets = [new Set<string>(), new Set(ids.filter((_, i) => i % 7 === 3)), new Set(ids.slice(0, 40)), new Set(ids)];
    for (const track of [full, lazy]) {
      for (const plan of ['4h', '6h'] as const) {
        for (const startWeek of [1, 5]) {
          for (const settled of settledSets) {
            const is = (id: string): boolean => settled.has(id);
            const work = leftWork(track, plan, startWeek, is, settledDays(settled));
            const want = sum(full, plan, startWeek, is);
            expect({ blocks: work.blocks, minutes: work.minutes, work: (work.minutes.min + work.minutes.max) / 2 }).toEqual(want);
            expect(work.list().map((b) => [b.id, b.title])).toEqual(leftBlocks(full, plan, startWeek, is).map((b) => [b.id, b.title]));
          }
        }
      }
    }
  });

  it('counts a lazy day as its blocks do, without the day telling it wrong', async () => {
    const { full, lazy } = await tracks();
    for (const [w, week] of full.weeks.entries()) {
      for (const [d, day] of week.days.entries()) {
        for (const plan of ['4h', '6h'] as const) {
          const lazyDay = lazy.weeks[w]?.days[d];
          expect(lazyDay && dayPlanned(lazyDay, plan)).toEqual({ blocks: blocksFor(day, plan).length, minutes: plannedMinutes(blocksFor(day, plan)) });
        }
      }
    }
    // Week 5's first block has no duration: its day sums less than the others.
    expect(dayPlanned(lazy.weeks[4]!.days[0]!, '4h').minutes.min).toBeLessThan(dayPlanned(lazy.weeks[3]!.days[0]!, '4h').minutes.min);
  });

  it('settledDays names the days of positional ids, and every day for any other id', () => {
    const days = settledDays(['go.w11.d3.4h.2', 'a.w1.d1.b.w2.d7.6h.1']);
    expect([days(11, 3), days(2, 7), days(1, 1), days(11, 4)]).toEqual([true, true, false, false]);
    expect(settledDays(['orphan'])(5, 5)).toBe(true);
  });

  it('forecasts the same from the sum as from the list, drops included', async () => {
    const { full, lazy } = await tracks();
    const settled = new Set(['go.w1.d1.4h.1', 'go.w1.d2.4h.3']);
    const is = (id: string): boolean => settled.has(id);
    const base: Omit<ForecastInput, 'left'> = {
      today: isoDate('2026-03-16'), start: isoDate('2026-03-01'), logged: [{ date: isoDate('2026-03-15'), minutes: 120 }], skips: [isoDate('2026-03-20')],
      hours: [2, 2, 2, 2, 2, 2, 2], target: isoDate('2026-05-01'), optional: ['Review'],
    };
    const fromList = forecast({ ...base, left: leftBlocks(full, '6h', 1, is) });
    expect(fromList.target?.drop.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(forecast({ ...base, left: leftWork(lazy, '6h', 1, is, settledDays(settled)) })))).toEqual(JSON.parse(JSON.stringify(fromList)));
  });
});
