// The output helper, and the small views of the writing commands called directly: colours only
// through the style given, untrusted text made safe, and the text of cases the commands rarely reach.
import { describe, expect, it } from 'vitest';
import type { Output } from '../../src/context.js';
import type { Completion } from '../../src/log/types.js';
import { makeStyle } from '../../src/render/color.js';
import { renderDone } from '../../src/render/done.js';
import { renderExport } from '../../src/render/export.js';
import { renderImport } from '../../src/render/import.js';
import { renderInit } from '../../src/render/init.js';
import { cut, width } from '../../src/render/format.js';
import { printResult } from '../../src/render/output.js';
import { renderTracks, weekRuns } from '../../src/render/tracks.js';
import { renderUndo } from '../../src/render/undo.js';
import { isoDate } from '../helpers/dates.js';

const plain = makeStyle(0);
const colour = makeStyle(1);
const EVIL = 'a\x1b]8;;http://x\x07link\x1b]8;;\x07\nnext\x1b[2J';

function output(style = plain): Output & { text: () => string } {
  let text = '';
  return { isTTY: false, style, columns: 80, write: (t) => void (text += t), text: () => text };
}

const completion = (over: Partial<Completion> = {}): Completion => ({
  id: 'c1', blockId: 'go.w11.d1.4h.1', date: isoDate('2026-11-25'), track: 'go', week: 11, day: 1, plan: '4h',
  label: 'Block 1', category: 'HLD', title: 'Draw it', planned: { min: 60, max: 75 }, minutes: null, note: null,
  createdAt: '2026-11-25T09:00:00.000Z', ...over,
});

describe('printResult', () => {
  const view = (_s: unknown, n: { count: number }) => `count ${n.count}\n`;

  it('prints through the view by default, with the output style', () => {
    const out = output();
    let seen: unknown = null;
    printResult(out, (s, d: { count: number }) => ((seen = s), view(s, d)), { count: 2 });
    expect(out.text()).toBe('count 2\n');
    expect(seen).toBe(plain);
  });

  it('prints one indented JSON document with a final newline under --json', () => {
    const out = output();
    printResult(out, view, { count: 2 }, { json: true });
    expect(out.text()).toBe('{\n  "count": 2\n}\n');
  });

  it('prints the JSON form a command chooses', () => {
    const out = output();
    printResult(out, view, { count: 2 }, { json: true, toJson: (d) => [d.count] });
    expect(JSON.parse(out.text())).toEqual([2]);
    const text = output();
    printResult(text, view, { count: 2 }, { json: false, toJson: (d) => [d.count] });
    expect(text.text()).toBe('count 2\n');
  });
});

describe('views keep track text and paths to one safe line', () => {
  const safe = (text: string) => {
    expect(text).not.toMatch(/\x1b|\x07/);
    expect(text).toContain('alink next');
  };

  it('done', () => {
    safe(renderDone(plain, { date: isoDate('2026-11-25'), added: [completion({ title: EVIL })], already: [] }));
    safe(renderDone(plain, { date: isoDate('2026-11-25'), added: [], already: [EVIL] }));
  });

  it('tracks', () => {
    safe(renderTracks(plain, { content: '/c', problems: 0, tracks: [{ id: 'go', title: EVIL, weeks: [1], days: 1, planned: [['4h', { min: 60, max: 60 }]] }] }));
    safe(renderTracks(plain, { content: EVIL, problems: 0, tracks: [] }));
  });

  it('import, export, init and undo', () => {
    safe(renderImport(plain, { file: EVIL, result: { added: { completions: 1, problems: 0, skips: 0, lessons: 0, drops: 0, practice: 0, revisits: 0, timers: 0 }, settings: 0, skippedSettings: [], differing: [] } }));
    safe(renderExport(plain, { rows: 1, settings: 0, format: 'json', file: EVIL }));
    safe(renderInit(plain, { outcome: 'set-up', settings: { track: 'go', plan: '4h', start: isoDate('2026-11-25'), week: 11, pace: 'calendar', content: EVIL, rollover: 4, target: null, hours: null, optional: [], dsa: null, targets: {}, revisitCap: null } }));
    safe(renderUndo(plain, { undone: { summary: EVIL } }));
  });
});

describe('the cases the commands rarely reach', () => {
  it('done with nothing chosen, and with nothing left to choose', () => {
    expect(renderDone(plain, { date: isoDate('2026-11-25'), added: [], already: [] })).toBe('Nothing marked.\n');
    expect(renderDone(plain, { date: isoDate('2026-11-25'), added: [], already: [], allDone: true }))
      .toBe('Every block for today is already done.\nNothing marked.\n');
  });

  it('done wraps a long block title at the width, under the block', () => {
    const title = 'Review HTTP: Methods (GET, POST, PUT, DELETE, PATCH); Status codes (2xx, 3xx, 4xx, 5xx); Headers, query params, path params, request body';
    const lines = renderDone(colour, { date: isoDate('2026-11-25'), added: [completion({ title })], already: [] }, 80).split('\n');
    expect(lines.every((l) => width(l) <= 80)).toBe(true);
    expect(lines[1]).toMatch(/^ {2}\S/);
  });

  it('done colours only through the style it is given', () => {
    const text = renderDone(colour, { date: isoDate('2026-11-25'), added: [completion()], already: ['go.w11.d1.4h.2'] });
    expect(text).toContain('\x1b[');
    expect(renderDone(plain, { date: isoDate('2026-11-25'), added: [completion()], already: ['go.w11.d1.4h.2'] })).toBe(
      '✔ Block 1 HLD 60–75 min  Draw it\n  already done: go.w11.d1.4h.2\nLogged for 2026-11-25. Undo with coach undo.\n',
    );
  });

  it('import of a file with nothing new, keeping the log\'s settings', () => {
    const text = renderImport(plain, {
      file: '/backups/coach.json',
      result: {
        added: { completions: 0, problems: 0, skips: 0, lessons: 0, drops: 0, practice: 0, revisits: 0, timers: 0 }, settings: 0,
        skippedSettings: [{ key: 'start', current: '2026-11-23', imported: '2026-11-16' }, { key: 'content', current: '/weeks', imported: '' }],
        differing: [],
      },
    });
    expect(text).toBe(
      'Nothing new in /backups/coach.json: the log already has every row.\n' +
        'Kept 2 settings of this log that the file has with other values:\n' +
        '  start    2026-11-23 here, 2026-11-16 in the file\n' +
        '  content  /weeks here, (bundled track) in the file\n' +
        "To use the file's settings instead: coach init --start 2026-11-16 --yes\n",
    );
  });

  it('import names the init flags of a kept target date and kept practice targets', () => {
    const text = renderImport(plain, {
      file: '/b.json',
      result: {
        added: { completions: 0, problems: 0, skips: 0, lessons: 0, drops: 0, practice: 0, revisits: 0, timers: 0 }, settings: 0,
        skippedSettings: [{ key: 'target', current: '2027-01-15', imported: '2027-02-01' }, { key: 'targets', current: '', imported: 'design=8-12,mock=4' }],
        differing: [],
      },
    });
    expect(text).toContain("To use the file's settings instead: coach init --target-date 2027-02-01 --target design=8-12 --target mock=4 --yes\n");
  });

  it('init when the learner keeps the settings, and undo before any log', () => {
    expect(renderInit(plain, { outcome: 'unchanged' })).toBe('Settings unchanged.\n');
    expect(renderUndo(plain, { noLog: true, undone: null })).toBe('Nothing to undo: the log is empty.\n');
    expect(renderUndo(plain, { undone: null })).toBe('Nothing to undo.\n');
  });
});

describe('tracks', () => {
  it('names weeks by runs and keeps each track within the width', () => {
    expect(weekRuns([1, 2, 3, 4, 5, 6, 7, 8])).toBe('1–8');
    expect(weekRuns([11, 12])).toBe('11, 12');
    expect(weekRuns([1, 2, 3, 5, 7, 8, 9, 12])).toBe('1–3, 5, 7–9, 12');
    expect(weekRuns([4])).toBe('4');
    expect(weekRuns([])).toBe('');
    const weeks = Array.from({ length: 500 }, (_, i) => (i < 250 ? i + 1 : i + 3));
    const planned = [['4h', { min: 11_175, max: 12_210 }], ['6h', { min: 14_835, max: 16_095 }]] as const;
    for (const columns of [40, 60, 80]) {
      const text = renderTracks(plain, { content: '/c', problems: 0, tracks: [{ id: 'node', title: 'Node.js / TypeScript', weeks, days: 3500, planned }] }, columns);
      expect(text.split('\n').every((l) => width(l) <= columns)).toBe(true);
      expect(text.replace(/\s+/g, ' ')).toContain('weeks 1–250, 253–502 · 3500 days · 4h 186h 15m–203h 30m · 6h 247h 15m–268h 15m');
    }
  });

  it('counts one day as one day', () => {
    const text = renderTracks(plain, { content: '/c', problems: 0, tracks: [{ id: 't', title: 'T', weeks: [1], days: 1, planned: [['4h', { min: 60, max: 60 }]] }] });
    expect(text).toContain('week 1 · 1 day · 4h 1h');
  });
});

describe('cut', () => {
  it.each([
    ['short enough', 20, 'short enough'],
    ['Log pipeline: ingestion, storage, querying', 34, 'Log pipeline: ingestion, storage…'],
    ['Authentication: HLD and LLD, tokens and sessions', 34, 'Authentication: HLD and LLD…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['日本語のタイトルです', 9, '日本語の…'],
    ['anything', 1, '…'],
    ['anything', 0, ''],
  ])('%s in %i columns', (text, max, want) => {
    const got = cut(text, max);
    expect(got).toBe(want);
    expect(width(got)).toBeLessThanOrEqual(max);
  });
});

describe('width', () => {
  it.each([
    ['plain', 5],
    ['\x1b[31mred\x1b[39m', 3],
    ['日本語', 6],
    ['café', 4],
    ['cafe\u0301', 4],
    ['✔ done', 6],
    ['🚀 go', 5],
    ['ｈｉ', 4],
    // One character as a reader sees it, however many code points: two columns.
    ['👩\u200d💻 code', 7],
    ['👨\u200d👩\u200d👧\u200d👦', 2],
    ['🇯🇵🇫🇷', 4],
    ['👍🏽 ok', 5],
    ['❤\ufe0f', 2],
    ['❤', 1],
    ['1\ufe0f\u20e3', 2],
    ['\x1b[1m日\u0301\x1b[22m', 2],
  ])('%s takes %i columns', (text, columns) => {
    expect(width(text)).toBe(columns);
  });
});
