// Small in-memory tracks and log rows for the review and progress tests.
import type { Completion, Difficulty, Lesson, Problem } from '../../src/log/types.js';
import type { Block, Day, Minutes, Plan, Track, Week } from '../../src/track/model.js';
import { isoDate } from '../helpers/dates.js';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

function makeBlock(week: number, day: number, plan: Plan, n: number): Block {
  return {
    id: `t.w${week}.d${day}.${plan}.${n}`, label: plan === '4h' ? `Block ${n}` : `Extra ${n}`, category: n === 1 ? 'HLD' : 'DSA',
    title: `w${week} d${day} ${plan} ${n}`, minutes: { min: 60, max: plan === '4h' ? 60 : 90 }, plan, details: [], line: 1,
  };
}

export interface TrackShape {
  weeks?: number;
  days?: number;
  blocks?: number;
  additions?: number;
  dailyDsa?: Minutes | null;
  firstWeek?: number;
}

/** Weeks firstWeek.. with `days` days each of `blocks` 60-minute blocks and `additions` 6h additions. */
export function makeTrack({ weeks = 2, days = 7, blocks = 2, additions = 1, dailyDsa = null, firstWeek = 1 }: TrackShape = {}): Track {
  return {
    id: 't',
    title: 'Test Track',
    weeks: range(weeks).map((i): Week => {
      const w = firstWeek + i - 1;
      return {
        number: w, title: 'Test Track', goals: [], references: [], overview: {}, dailyDsa, file: `week-${w}.md`,
        days: range(days).map((d): Day => ({
          number: d, title: `Day ${d} title`, focus: `Focus ${w}.${d}`,
          blocks4h: range(blocks).map((n) => makeBlock(w, d, '4h', n)),
          additions6h: range(additions).map((n) => makeBlock(w, d, '6h', n)),
          notes: [], line: 1,
        })),
      };
    }),
  };
}

let seq = 0;

/** A completion of `blockId` (t.w<W>.d<D>.<plan>.<n>) logged on `date`, with the snapshot of `makeTrack`'s block. */
export function completion(blockId: string, date: string, over: Partial<Completion> = {}): Completion {
  const m = /^t\.w(\d+)\.d(\d+)\.(4h|6h)\.(\d+)$/.exec(blockId);
  const [week, day, plan, n] = [Number(m?.[1] ?? 1), Number(m?.[2] ?? 1), (m?.[3] ?? '4h') as Plan, Number(m?.[4] ?? 1)];
  const { label, category, title } = makeBlock(week, day, plan, n);
  return {
    id: `c${++seq}`, blockId, date: isoDate(date), track: 't', week, day, plan,
    label, category, title, planned: { min: 60, max: 60 }, minutes: null, note: null, createdAt: '2026-03-02T10:00:00.000Z',
    ...over,
  };
}

export function problem(date: string, difficulty: Difficulty | null = null, topics: string[] = [], over: Partial<Problem> = {}): Problem {
  return { id: `p${++seq}`, date: isoDate(date), title: null, difficulty, topics, url: null, minutes: null, note: null, rating: null, createdAt: '2026-03-02T10:00:00.000Z', ...over };
}

export function lesson(week: number, text: string, over: Partial<Lesson> = {}): Lesson {
  return { id: `l${++seq}`, track: 't', week, text, date: isoDate('2026-03-08'), createdAt: '2026-03-08T10:00:00.000Z', ...over };
}
