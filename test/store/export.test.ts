import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseExport, type ExportData } from '../../src/store/export.js';
import type { Store } from '../../src/store/store.js';
import { block, newStore } from '../helpers/store.js';

function fill(store: Store): void {
  store.setSettings({ plan: '4h', start: '2025-01-06' });
  store.markDone([block(1), block(2, { minutes: null })], '2025-01-06', { note: 'ok' });
  store.markDone([block(3)], '2025-01-07', { minutes: 75 });
  store.addProblems([
    { date: '2025-01-06', title: 'Two Sum', difficulty: 'easy', topics: ['hash map'], url: 'https://example.com/1', minutes: 15 },
    { date: '2025-01-07', note: 'untitled' },
  ]);
  store.addSkip('2025-01-08');
  store.addLesson({ track: 'go', week: 1, text: 'close channels from the sender', date: '2025-01-07' });
}

/** An export without its timestamp, for comparing contents. */
function contents(store: Store): Omit<ExportData, 'exportedAt'> {
  const { format, version, settings, completions, problems, skips, lessons } = store.exportAll();
  return { format, version, settings, completions, problems, skips, lessons };
}

describe('export and import', () => {
  it('round-trips through JSON into an empty database', () => {
    const a = newStore().store;
    fill(a);
    const exported = a.exportAll();
    expect(exported).toMatchObject({ format: 'coach-export', version: 1 });
    expect(exported.completions).toHaveLength(3);

    const b = newStore().store;
    const result = b.importAll(JSON.parse(JSON.stringify(exported)));
    expect(result).toEqual({ added: { completions: 3, problems: 2, skips: 1, lessons: 1 }, settings: 2 });
    expect(contents(b)).toEqual(contents(a));
  });

  it('adds nothing the second time, or when imported into its own database', () => {
    const a = newStore().store;
    fill(a);
    const data = a.exportAll();
    const none = { added: { completions: 0, problems: 0, skips: 0, lessons: 0 }, settings: 0 };
    const actions = a.history().length;
    expect(a.importAll(data)).toEqual(none);
    expect(a.history()).toHaveLength(actions);

    const b = newStore().store;
    b.importAll(data);
    const once = contents(b);
    expect(b.importAll(data)).toEqual(none);
    expect(contents(b)).toEqual(once);
  });

  it('keeps existing settings and matches blocks and skip dates, not just ids', () => {
    const a = newStore().store;
    fill(a);
    const b = newStore().store;
    b.setSettings({ plan: '6h' });
    b.markDone([block(1)], '2025-01-09');
    b.addSkip('2025-01-08');

    const result = b.importAll(a.exportAll());
    expect(result).toEqual({ added: { completions: 2, problems: 2, skips: 0, lessons: 1 }, settings: 1 });
    expect(b.getSettings()).toEqual({ plan: '6h', start: '2025-01-06' });
    expect(b.completions().find((c) => c.blockId === block(1).blockId)?.date).toBe('2025-01-09');
    expect(b.skips()).toEqual(['2025-01-08']);
  });

  it('can be undone, removing exactly what it added', () => {
    const a = newStore().store;
    fill(a);
    const b = newStore().store;
    b.setSettings({ plan: '6h' });
    b.addSkip('2025-01-08');
    const before = contents(b);
    b.importAll(a.exportAll());
    expect(b.undo()).toEqual({
      kind: 'import',
      summary: 'imported 3 completions, 2 problems, 1 lesson, 1 setting',
      removed: 7,
    });
    expect(contents(b)).toEqual(before);
  });
});

describe('malformed imports', () => {
  const cases: Array<[string, (d: Record<string, unknown>) => unknown, RegExp]> = [
    ['not an object', () => [1, 2], /expected a JSON object, got an array/],
    ['another format', (d) => ({ ...d, format: 'other' }), /format must be "coach-export", got "other"/],
    ['a newer version', (d) => ({ ...d, version: 2 }), /version 2, made by a newer coach/],
    ['a missing table', ({ lessons: _, ...d }) => d, /lessons is missing \(expected an array\)/],
    ['a setting that is not text', (d) => ({ ...d, settings: { plan: 4 } }), /settings\.plan must be a string, got 4/],
    ['a week as text', (d) => patch(d, 'completions', 2, { week: 'one' }), /completions\[2\]\.week must be a whole number ≥ 0, got "one"/],
    ['an unknown plan', (d) => patch(d, 'completions', 0, { plan: '5h' }), /completions\[0\]\.plan must be "4h" or "6h"/],
    ['an impossible date', (d) => patch(d, 'skips', 0, { date: '2025-02-30' }), /skips\[0\]\.date must be a date/],
    ['min above max', (d) => patch(d, 'completions', 1, { planned: { min: 9, max: 1 } }), /completions\[1\]\.planned must be/],
    ['topics as text', (d) => patch(d, 'problems', 1, { topics: 'dp' }), /problems\[1\]\.topics must be an array of strings/],
    ['an unknown difficulty', (d) => patch(d, 'problems', 0, { difficulty: 'insane' }), /problems\[0\]\.difficulty must be "easy" or "medium" or "hard" or null/],
    ['a missing lesson text', (d) => patch(d, 'lessons', 0, { text: undefined }), /lessons\[0\]\.text is missing/],
    ['an empty id', (d) => patch(d, 'problems', 1, { id: '' }), /problems\[1\]\.id must be a non-empty string/],
  ];

  function patch(d: Record<string, unknown>, table: string, i: number, change: Record<string, unknown>): unknown {
    const rows = [...(d[table] as Record<string, unknown>[])];
    const row: Record<string, unknown> = { ...rows[i], ...change };
    for (const k of Object.keys(change)) if (change[k] === undefined) delete row[k];
    rows[i] = row;
    return { ...d, [table]: rows };
  }

  it.each(cases)('refuses %s, naming the field, and writes nothing', (_, mutate, message) => {
    const a = newStore().store;
    fill(a);
    const data = JSON.parse(JSON.stringify(a.exportAll())) as Record<string, unknown>;
    const b = newStore().store;
    b.setSettings({ plan: '6h' });
    const before = contents(b);
    expect(() => b.importAll(mutate(data))).toThrow(UsageError);
    expect(() => b.importAll(mutate(data))).toThrow(message);
    expect(contents(b)).toEqual(before);
    expect(b.history()).toEqual([]);
  });

  it('never fails with anything but a UsageError, whatever JSON it gets', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseExport(value);
        } catch (err) {
          if (!(err instanceof UsageError)) throw err;
        }
      }),
    );
  });

  it('keeps a "__proto__" setting as an ordinary key', () => {
    const data = JSON.parse(
      '{"format":"coach-export","version":1,"exportedAt":"2025-01-06T00:00:00Z","settings":{"__proto__":"x"},' +
        '"completions":[],"problems":[],"skips":[],"lessons":[]}',
    ) as unknown;
    const { store } = newStore();
    expect(store.importAll(data).settings).toBe(1);
    expect(store.getSetting('__proto__')).toBe('x');
  });
});
