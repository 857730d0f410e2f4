import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseExport, type ExportData } from '../../src/store/export.js';
import { INSERT_BATCH } from '../../src/store/tables.js';
import type { Store } from '../../src/store/store.js';
import { block, markDone, newStore } from '../helpers/store.js';
import { rawDatabase } from '../helpers/raw-db.js';
import { isoDate } from '../helpers/dates.js';

function fill(store: Store): void {
  store.setSettings({ plan: '4h', start: '2025-01-06' });
  markDone(store, [block(1), block(2, { minutes: null })], isoDate('2025-01-06'), { note: 'ok' });
  markDone(store, [block(3)], isoDate('2025-01-07'), { minutes: 75 });
  store.addProblems([
    { date: isoDate('2025-01-06'), title: 'Two Sum', difficulty: 'easy', topics: ['hash map'], url: 'https://example.com/1', minutes: 15 },
    { date: isoDate('2025-01-07'), note: 'untitled' },
  ]);
  store.addSkip(isoDate('2025-01-08'));
  store.addLesson({ track: 'go', week: 1, text: 'close channels from the sender', date: isoDate('2025-01-07') });
}

/** An export without its timestamp, for comparing contents. */
function contents(store: Store): Omit<ExportData, 'exportedAt'> {
  const { format, version, settings, completions, problems, skips, lessons, drops, practice, revisits, timers } = store.exportAll();
  return { format, version, settings, completions, problems, skips, lessons, drops, practice, revisits, timers };
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
    expect(result).toEqual({ added: { completions: 3, problems: 2, skips: 1, lessons: 1, drops: 0, practice: 0, revisits: 0, timers: 0 }, settings: 2, skippedSettings: [], differing: [] });
    expect(contents(b)).toEqual(contents(a));
  });

  it('adds nothing the second time, or when imported into its own database', () => {
    const a = newStore().store;
    fill(a);
    const data = a.exportAll();
    const none = { added: { completions: 0, problems: 0, skips: 0, lessons: 0, drops: 0, practice: 0, revisits: 0, timers: 0 }, settings: 0, skippedSettings: [], differing: [] };
    const actions = a.history().length;
    expect(a.importAll(data)).toEqual(none);
    expect(a.history()).toHaveLength(actions);

    const b = newStore().store;
    b.importAll(data);
    const once = contents(b);
    expect(b.importAll(data)).toEqual(none);
    expect(contents(b)).toEqual(once);
  });

  it('keeps existing settings, listing those the file has otherwise, and matches blocks and skip dates, not just ids', () => {
    const a = newStore().store;
    fill(a);
    const b = newStore().store;
    b.setSettings({ plan: '6h' });
    markDone(b, [block(1)], isoDate('2025-01-09'));
    b.addSkip(isoDate('2025-01-08'));

    const result = b.importAll(a.exportAll());
    expect(result).toEqual({
      added: { completions: 2, problems: 2, skips: 0, lessons: 1, drops: 0, practice: 0, revisits: 0, timers: 0 },
      settings: 1,
      skippedSettings: [{ key: 'plan', current: '6h', imported: '4h' }],
      differing: [],
    });
    expect(b.getSettings()).toEqual({ plan: '6h', start: '2025-01-06' });
    expect(b.completions().find((c) => c.blockId === block(1).blockId)?.date).toBe('2025-01-09');
    expect(b.skips()).toEqual(['2025-01-08']);
  });

  it('can be undone, removing exactly what it added', () => {
    const a = newStore().store;
    fill(a);
    const b = newStore().store;
    b.setSettings({ plan: '6h' });
    b.addSkip(isoDate('2025-01-08'));
    const before = contents(b);
    b.importAll(a.exportAll());
    expect(b.undo()).toEqual({
      kind: 'import',
      summary: 'imported 3 completions, 2 problems, 1 lesson, 1 setting',
      removed: 7,
      restored: 0,
    });
    expect(contents(b)).toEqual(before);
  });

  it.each([
    ['told by rowid', false],
    ['row by row, where the table has reached the largest rowid', true],
  ])('records for undo only the rows it added, %s', (_how, atLastRowid) => {
    const a = newStore().store;
    fill(a);
    const data = a.exportAll();
    const { store: b, file } = newStore();
    // b has one of the file's problems already, and one of its own.
    b.importAll({ ...data, problems: data.problems.slice(0, 1), completions: [], skips: [], lessons: [], settings: {} });
    b.addProblems([{ date: isoDate('2025-01-09'), title: 'Mine' }]);
    if (atLastRowid) {
      const raw = rawDatabase(file);
      raw.prepare("UPDATE problems SET rowid = 9223372036854775807 WHERE title = 'Mine'").run();
      raw.close();
    }
    const before = contents(b);
    expect(b.importAll(data).added.problems).toBe(1);
    expect(b.problems().map((p) => p.title ?? p.note).sort()).toEqual(['Mine', 'Two Sum', 'untitled']);
    // 3 completions, 1 problem, 1 skip, 1 lesson and 2 settings.
    expect(b.undo()).toMatchObject({ kind: 'import', removed: 8 });
    expect(contents(b)).toEqual(before);
  });

  it.each([
    ['several rows a statement', false],
    ['row by row, where the table has reached the largest rowid', true],
  ])('adds rows in file order, %s, reporting each id the log has with other values', (_how, atLastRowid) => {
    // Two whole batches and a rest, with ids the log has in the first, the second and the rest.
    const n = 2 * INSERT_BATCH + 7;
    const problem = (i: number): ExportData['problems'][number] => ({
      id: `p${i}`, date: isoDate('2025-02-01'), title: `Problem ${i}`, difficulty: null, topics: [], url: null, minutes: null, note: null, rating: null,
      createdAt: `2025-02-01T10:00:${String(i).padStart(2, '0')}.000Z`,
    });
    const file = Array.from({ length: n }, (_, i) => problem(i));
    const base = newStore().store.exportAll();
    const { store, file: db } = newStore();
    const same = [3, INSERT_BATCH + 1];
    const other = [5, 2 * INSERT_BATCH - 1, n - 2];
    store.importAll({ ...base, problems: [...same, ...other].map((i) => (other.includes(i) ? { ...problem(i), title: 'Changed' } : problem(i))) });
    if (atLastRowid) {
      const raw = rawDatabase(db);
      raw.prepare("UPDATE problems SET rowid = 9223372036854775807 WHERE id = 'p3'").run();
      raw.close();
    }
    const before = contents(store);
    const result = store.importAll({ ...base, problems: file });
    expect(result.added.problems).toBe(n - same.length - other.length);
    expect(result.differing).toEqual(other.map((i) => ({ table: 'problems', id: `p${i}` })));
    const raw = rawDatabase(db);
    const order = raw.prepare<[], string>('SELECT id FROM problems ORDER BY rowid').pluck().all();
    raw.close();
    const kept = [...same, ...other].map((i) => `p${i}`);
    const added = file.map((p) => p.id).filter((id) => !kept.includes(id));
    // Past the largest rowid SQLite picks rowids at random, so only the rows themselves are compared.
    if (atLastRowid) expect([...order].sort()).toEqual([...kept, ...added].sort());
    else expect(order).toEqual([...kept, ...added]);
    expect(store.problems().find((p) => p.id === 'p5')?.title).toBe('Changed');
    expect(store.undo()).toMatchObject({ kind: 'import', removed: added.length });
    expect(contents(store)).toEqual(before);
  });

  it('undone, leaves alone a setting changed since the import', () => {
    const a = newStore().store;
    a.setSettings({ plan: '6h', start: '2025-01-06', week: '3', pace: 'progress' });
    a.addSkip(isoDate('2025-01-08'));
    const b = newStore().store;
    expect(b.importAll(a.exportAll()).settings).toBe(4);
    // What `coach init --start … --yes` does after the import: it logs no action of its own.
    b.setSettings({ start: '2025-02-03', week: '4', pace: 'progress' });
    // plan and pace still hold the imported values, so they go with the skip.
    expect(b.undo()).toMatchObject({ kind: 'import', removed: 3 });
    expect(b.getSettings()).toEqual({ start: '2025-02-03', week: '4' });
    expect(b.skips()).toEqual([]);
  });
});

describe('malformed imports', () => {
  const cases: Array<[string, (d: Record<string, unknown>) => unknown, RegExp]> = [
    ['not an object', () => [1, 2], /expected a JSON object, got an array/],
    ['another format', (d) => ({ ...d, format: 'other' }), /format must be "coach-export", got "other"/],
    ['a newer version', (d) => ({ ...d, version: 2 }), /version 2, made by a newer coach/],
    ['a missing table', ({ lessons: _, ...d }) => d, /lessons is missing \(expected an array\)/],
    ['a setting that is not text', (d) => ({ ...d, settings: { plan: 4 } }), /settings\.plan must be a string, got 4/],
    ['a start that is no date', (d) => ({ ...d, settings: { start: 'yesterday' } }), /settings\.start must be a date \(YYYY-MM-DD\), got "yesterday"/],
    ['an impossible start', (d) => ({ ...d, settings: { start: '2026-02-29' } }), /settings\.start must be a date/],
    ['a week that is no number', (d) => ({ ...d, settings: { week: 'banana' } }), /settings\.week must be a whole number ≥ 1, got "banana"/],
    ['week 0', (d) => ({ ...d, settings: { week: '0' } }), /settings\.week must be a whole number ≥ 1, got "0"/],
    ['an unknown plan setting', (d) => ({ ...d, settings: { plan: '12h' } }), /settings\.plan must be "4h" or "6h", got "12h"/],
    ['an unknown pace', (d) => ({ ...d, settings: { pace: 'fast' } }), /settings\.pace must be "calendar" or "progress", got "fast"/],
    ['rollover 24', (d) => ({ ...d, settings: { rollover: '24' } }), /settings\.rollover must be a whole number 0–23, got "24"/],
    ['an empty track', (d) => ({ ...d, settings: { track: '' } }), /settings\.track must be a non-empty string, got ""/],
    ['a key coach does not write', (d) => ({ ...d, settings: { theme: 'dark' } }), /settings has the key "theme", which is not a coach setting \(coach writes track, plan, start, week, pace, content, rollover, target, hours, optional, dsa, targets, revisitCap\)/],
    ['an export time that is only a year', (d) => ({ ...d, exportedAt: '2026' }), /exportedAt must be an ISO timestamp \(YYYY-MM-DDTHH:MM:SS\.sssZ\), got "2026"/],
    ['a row time without a time of day', (d) => patch(d, 'skips', 0, { createdAt: '2025-01-08' }), /skips\[0\]\.createdAt must be an ISO timestamp/],
    ['a row time on an impossible day', (d) => patch(d, 'lessons', 0, { createdAt: '2025-02-30T10:00:00Z' }), /lessons\[0\]\.createdAt must be an ISO timestamp/],
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

  it('refuses a "__proto__" setting as an unknown key, without touching any prototype', () => {
    const data = JSON.parse(
      '{"format":"coach-export","version":1,"exportedAt":"2025-01-06T00:00:00Z","settings":{"__proto__":"x"},' +
        '"completions":[],"problems":[],"skips":[],"lessons":[]}',
    ) as unknown;
    const { store } = newStore();
    expect(() => store.importAll(data)).toThrow(/settings has the key "__proto__", which is not a coach setting/);
    expect(store.getSettings()).toEqual({});
  });

  it('accepts every setting in the form coach writes it, and timestamps with an offset or no fraction', () => {
    const settings = {
      track: 'go', plan: '6h', start: '2024-02-29', week: '11', pace: 'progress', content: '', rollover: '0',
      target: '2025-03-01', hours: 'mon=3,tue=3,wed=3,thu=3,fri=3,sat=6,sun=0', optional: 'Refactor,Pseudo-code',
    };
    const data = {
      format: 'coach-export', version: 1, exportedAt: '2025-01-06T09:00:00+01:00', settings,
      completions: [], problems: [], skips: [{ id: 's', date: '2025-01-08', createdAt: '2025-01-08T09:00:00Z' }], lessons: [],
    };
    // A file from before drops, practice, revisits and timers existed has no list of them: it imports them as none.
    expect(parseExport(data)).toEqual({ ...data, drops: [], practice: [], revisits: [], timers: [] });
  });

  it('keeps a whole row as it is, and fills a field a later version added with null on a copy', () => {
    const problem = { id: 'p', date: '2025-01-08', title: 'Two Sum', difficulty: 'easy', topics: ['arrays'], url: null, minutes: 20, note: null, createdAt: '2025-01-08T09:00:00Z' };
    const rated = { ...problem, id: 'q', rating: 'hard', extra: 'not read' };
    const data = { format: 'coach-export', version: 1, exportedAt: '2025-01-08T10:00:00Z', settings: {}, completions: [], problems: [problem, rated], skips: [], lessons: [] };
    const parsed = parseExport(data);
    expect(parsed.problems[0]).toEqual({ ...problem, rating: null });
    expect(parsed.problems[0]).not.toBe(problem);
    expect(problem).not.toHaveProperty('rating');
    expect(parsed.problems[1]).toBe(rated);
    // A key no version writes is not read, so it never reaches the log.
    const { store, file } = newStore();
    store.importAll(parsed);
    const raw = rawDatabase(file);
    const row = raw.prepare("SELECT * FROM problems WHERE id = 'q'").get() as Record<string, unknown>;
    expect(row).not.toHaveProperty('extra');
    expect(row.rating).toBe('hard');
    raw.close();
  });
});
