import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/schedule/dates.js';
import {
  blockRefs,
  planSequence,
  resolveRef,
  schedule,
  type ScheduleInput,
} from '../../src/schedule/scheduler.js';
import type { Block, Day, Plan, Track, Week } from '../../src/track/model.js';
import { isoDate, isoDates } from '../helpers/dates.js';

function makeBlock(week: number, day: number, plan: Plan, n: number): Block {
  return {
    id: `t.w${week}.d${day}.${plan}.${n}`,
    label: `Block ${n}`,
    category: 'DSA',
    title: `w${week} d${day} ${plan} ${n}`,
    minutes: { min: 60, max: 60 },
    plan,
    details: [],
    line: 1,
  };
}

/** Weeks 1..weeks, days 1..daysPerWeek, each with 4h blocks 1..n and 6h additions 1..m. */
function makeTrack(weeks: number, daysPerWeek: number, blocksPerDay: number, additionsPerDay = 0): Track {
  const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
  return {
    id: 't',
    title: 'Test Track',
    weeks: range(weeks).map(
      (w): Week => ({
        number: w,
        title: 'Test Track',
        goals: [],
        references: [],
        overview: {},
        dailyDsa: null,
        file: `week-${w}.md`,
        days: range(daysPerWeek).map(
          (d): Day => ({
            number: d,
            title: `Day ${d}`,
            focus: '',
            blocks4h: range(blocksPerDay).map((n) => makeBlock(w, d, '4h', n)),
            additions6h: range(additionsPerDay).map((n) => makeBlock(w, d, '6h', n)),
            notes: [],
            line: 1,
          }),
        ),
      }),
    ),
  };
}

const START = isoDate('2026-03-02');
// 2 weeks × 3 days × 2 blocks (+1 addition): six plan days, 2026-03-02 … 2026-03-07.
const TRACK = makeTrack(2, 3, 2, 1);

function input(over: Partial<ScheduleInput>): ScheduleInput {
  return {
    track: TRACK,
    plan: '4h',
    pace: 'calendar',
    start: START,
    startWeek: 1,
    date: START,
    done: new Set(),
    skips: [],
    ...over,
  };
}

/** The ids of every block of the first `days` plan days, as if they were all done. */
function doneThrough(days: number, plan: Plan = '6h', track = TRACK): Set<string> {
  const ids = planSequence(track, 1)
    .slice(0, days)
    .flatMap((d) => [...d.dayRef.blocks4h, ...(plan === '6h' ? d.dayRef.additions6h : [])]);
  return new Set(ids.map((b) => b.id));
}

describe('planSequence', () => {
  it('lists days in order from the start week', () => {
    expect(planSequence(TRACK, 1).map((d) => [d.index, d.week, d.day])).toEqual([
      [0, 1, 1], [1, 1, 2], [2, 1, 3], [3, 2, 1], [4, 2, 2], [5, 2, 3],
    ]);
    expect(planSequence(TRACK, 2).map((d) => [d.index, d.week, d.day])).toEqual([[0, 2, 1], [1, 2, 2], [2, 2, 3]]);
    expect(planSequence(TRACK, 3)).toEqual([]);
  });

  it('sorts weeks and days by number without reordering the track', () => {
    const track = makeTrack(3, 2, 1);
    track.weeks.reverse();
    for (const w of track.weeks) w.days.reverse();
    expect(planSequence(track, 2).map((d) => `${d.week}.${d.day}`)).toEqual(['2.1', '2.2', '3.1', '3.2']);
    expect(track.weeks.map((w) => w.number)).toEqual([3, 2, 1]);
    expect(track.weeks[0]?.days.map((d) => d.number)).toEqual([2, 1]);
  });
});

describe('planSequence, asked again', () => {
  it('gives the days it gave, for each start week, and a new list once the track has another week', () => {
    const track = makeTrack(2, 2, 1);
    const first = planSequence(track, 1);
    expect(planSequence(track, 1)).toBe(first);
    expect(planSequence(track, 2).map((d) => `${d.week}.${d.day}`)).toEqual(['2.1', '2.2']);
    track.weeks.push(...makeTrack(3, 1, 1).weeks.slice(2));
    expect(planSequence(track, 1).map((d) => `${d.week}.${d.day}`)).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1']);
    // Another track with the same weeks in a new list is sequenced on its own.
    const copy = { ...track, weeks: track.weeks.slice(0, 1) };
    expect(planSequence(copy, 1).map((d) => `${d.week}.${d.day}`)).toEqual(['1.1', '1.2']);
  });
});

describe('calendar pace', () => {
  it.each([
    ['2026-02-27', { kind: 'before-start', startsIn: 3 }],
    ['2026-03-01', { kind: 'before-start', startsIn: 1 }],
    ['2026-03-02', { kind: 'day', index: 0 }],
    ['2026-03-03', { kind: 'day', index: 1 }],
    ['2026-03-07', { kind: 'day', index: 5 }],
    ['2026-03-08', { kind: 'complete' }],
    ['2027-01-01', { kind: 'complete' }],
  ])('on %s the position is %j', (date, position) => {
    expect(schedule(input({ date: isoDate(date), done: doneThrough(6) })).position).toEqual(position);
  });

  it("gives today's plan day and all its blocks, done or not, 4h blocks first", () => {
    const s = schedule(input({ date: isoDate('2026-03-05'), plan: '6h', done: doneThrough(4) }));
    expect([s.today?.week, s.today?.day]).toEqual([2, 1]);
    expect(s.blocks.map((b) => b.id)).toEqual(['t.w2.d1.4h.1', 't.w2.d1.4h.2', 't.w2.d1.6h.1']);
    expect(schedule(input({ date: isoDate('2026-03-05') })).blocks.map((b) => b.id)).toEqual(['t.w2.d1.4h.1', 't.w2.d1.4h.2']);
  });

  it('starts at startWeek', () => {
    const s = schedule(input({ startWeek: 2, date: isoDate('2026-03-03') }));
    expect([s.today?.index, s.today?.week, s.today?.day]).toEqual([1, 2, 2]);
    expect(schedule(input({ startWeek: 2, date: isoDate('2026-03-05') })).position).toEqual({ kind: 'complete' });
  });

  it('makes a skipped date a rest day and shifts the rest of the plan by one', () => {
    const skips = isoDates('2026-03-04');
    const at = (date: IsoDate): unknown => schedule(input({ date, skips })).position;
    expect(at(isoDate('2026-03-03'))).toEqual({ kind: 'day', index: 1 });
    expect(at(isoDate('2026-03-04'))).toEqual({ kind: 'rest', index: 2 });
    expect(at(isoDate('2026-03-05'))).toEqual({ kind: 'day', index: 2 });
    expect(at(isoDate('2026-03-08'))).toEqual({ kind: 'day', index: 5 });
    expect(at(isoDate('2026-03-09'))).toEqual({ kind: 'complete' });
    const rest = schedule(input({ date: isoDate('2026-03-04'), skips }));
    expect([rest.today, rest.blocks]).toEqual([null, []]);
  });

  it('is on schedule with earlier days done, behind with counts when not', () => {
    const onTime = schedule(input({ date: isoDate('2026-03-04'), done: doneThrough(2, '4h') }));
    expect(onTime.status).toEqual({ kind: 'on-schedule', daysBehind: 0, blocksBehind: 0, expectedIndex: 2, actualIndex: 2 });
    expect(onTime.overdue).toEqual([]);

    // Day 0 fully done, day 1 half done, day 2 untouched, today is day 3.
    const done = new Set([...doneThrough(1, '4h'), 't.w1.d2.4h.1']);
    const late = schedule(input({ date: isoDate('2026-03-05'), done }));
    expect(late.status).toEqual({ kind: 'behind', daysBehind: 2, blocksBehind: 3, expectedIndex: 3, actualIndex: 1 });
    expect(late.overdue.map((o) => [o.day.index, o.blocks.map((b) => b.id)])).toEqual([
      [1, ['t.w1.d2.4h.2']],
      [2, ['t.w1.d3.4h.1', 't.w1.d3.4h.2']],
    ]);
    expect(late.position).toEqual({ kind: 'day', index: 3 });
  });

  it('counts 6h additions as overdue only on the 6h plan', () => {
    const done = doneThrough(2, '4h');
    expect(schedule(input({ date: isoDate('2026-03-04'), done })).status.kind).toBe('on-schedule');
    const s = schedule(input({ date: isoDate('2026-03-04'), done, plan: '6h' }));
    expect([s.status.kind, s.status.daysBehind, s.status.blocksBehind]).toEqual(['behind', 2, 2]);
  });

  it('past the end: complete when all is done, otherwise complete position but behind', () => {
    expect(schedule(input({ date: isoDate('2026-04-01'), done: doneThrough(6, '4h') })).status.kind).toBe('complete');
    const s = schedule(input({ date: isoDate('2026-04-01'), done: doneThrough(5, '4h') }));
    expect(s.position).toEqual({ kind: 'complete' });
    expect(s.status).toEqual({ kind: 'behind', daysBehind: 1, blocksBehind: 2, expectedIndex: 6, actualIndex: 5 });
    expect(s.overdue.map((o) => o.day.index)).toEqual([5]);
  });

  it('is not started before the start, whatever was done early', () => {
    const s = schedule(input({ date: isoDate('2026-03-01'), done: doneThrough(1) }));
    expect(s.status).toEqual({ kind: 'not-started', daysBehind: 0, blocksBehind: 0, expectedIndex: 0, actualIndex: 1 });
    expect([s.today, s.blocks, s.overdue]).toEqual([null, [], []]);
  });
});

describe('progress pace', () => {
  const progress = (over: Partial<ScheduleInput>): ReturnType<typeof schedule> =>
    schedule(input({ pace: 'progress', ...over }));

  it('picks the earliest plan day with an unfinished block, whatever the date', () => {
    const done = new Set([...doneThrough(1, '4h'), 't.w1.d3.4h.1', 't.w1.d3.4h.2']);
    const s = progress({ date: isoDate('2026-03-03'), done });
    expect(s.position).toEqual({ kind: 'day', index: 1 });
    expect([s.today?.week, s.today?.day]).toEqual([1, 2]);
    expect(s.overdue).toEqual([]);
  });

  it('uses the chosen plan: a missing 6h addition holds back only the 6h plan', () => {
    const done = doneThrough(2, '4h');
    expect(progress({ date: isoDate('2026-03-04'), done }).position).toEqual({ kind: 'day', index: 2 });
    expect(progress({ date: isoDate('2026-03-04'), done, plan: '6h' }).position).toEqual({ kind: 'day', index: 0 });
  });

  it('passes over days with no blocks', () => {
    const track = makeTrack(1, 3, 1);
    const first = track.weeks[0]?.days[0];
    if (first) first.blocks4h = [];
    expect(progress({ track, date: START }).position).toEqual({ kind: 'day', index: 1 });
  });

  it.each([
    // [date, days done, status kind, daysBehind, blocksBehind, expected, actual]
    ['2026-03-04', 2, 'on-schedule', 0, 0, 2, 2],
    ['2026-03-05', 1, 'behind', 2, 4, 3, 1],
    ['2026-03-02', 3, 'ahead', 0, 0, 0, 3],
    ['2026-04-30', 4, 'behind', 2, 4, 6, 4],
    ['2026-03-03', 6, 'complete', 0, 0, 1, 6],
  ] as const)('on %s with %i days done: %s', (date, days, kind, daysBehind, blocksBehind, expectedIndex, actualIndex) => {
    const s = progress({ date: isoDate(date), done: doneThrough(days, '4h') });
    expect(s.status).toEqual({ kind, daysBehind, blocksBehind, expectedIndex, actualIndex });
    expect(s.position.kind).toBe(kind === 'complete' ? 'complete' : 'day');
  });

  it('marks a skipped date as rest without moving the position', () => {
    const s = progress({ date: isoDate('2026-03-03'), skips: [isoDate('2026-03-03')], done: doneThrough(1, '4h') });
    expect(s.position).toEqual({ kind: 'rest', index: 1 });
    expect([s.today, s.blocks]).toEqual([null, []]);
    expect(progress({ date: isoDate('2026-02-20') }).position).toEqual({ kind: 'before-start', startsIn: 10 });
  });
});

describe('blockRefs and resolveRef', () => {
  const blocks = schedule(input({ plan: '6h' })).blocks;

  it('numbers blocks 1..n, 4h blocks first', () => {
    expect(blockRefs(blocks).map((r) => [r.ref, r.block.id])).toEqual([
      [1, 't.w1.d1.4h.1'],
      [2, 't.w1.d1.4h.2'],
      [3, 't.w1.d1.6h.1'],
    ]);
    expect(blockRefs([])).toEqual([]);
  });

  it.each([
    ['1', 't.w1.d1.4h.1'],
    ['3', 't.w1.d1.6h.1'],
    [' 2 ', 't.w1.d1.4h.2'],
    ['02', 't.w1.d1.4h.2'],
    ['t.w1.d1.6h.1', 't.w1.d1.6h.1'],
    ['0', null],
    ['4', null],
    ['99999999999999999999', null],
    ['-1', null],
    ['1.5', null],
    ['+1', null],
    ['', null],
    ['block 1', null],
    ['t.w1.d2.4h.1', null], // a real id, but not one of these blocks
  ])('%j → %s', (ref, id) => {
    expect(resolveRef(ref, blocks)?.id ?? null).toBe(id);
  });
});
