// A lazy track's blocks take their labels and titles from the week's texts: the same as a parse
// from scratch gives, on the bundled content, the parser's fixtures and generated weeks, or from
// the entry when the texts cannot be used; and the matching rule over completions logged in many
// weeks reads no week's entry.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCurriculum } from '../../scripts/scale-fixtures.mjs';
import { attach, type Attachable } from '../../src/log/attach.js';
import { buildCatalog } from '../../src/track/assemble.js';
import { readOutline } from '../../src/track/cache-files.js';
import { discover } from '../../src/track/discover.js';
import { lazyWeek, type WeekSource } from '../../src/track/lazy-track.js';
import { blocksFor, type Block, type Track, type Week } from '../../src/track/model.js';
import { isTexts, outlineOf, summaryOf, textsOf } from '../../src/track/outline.js';
import { CONTENT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

/** The tracks a parse from scratch gives of the track files under `content`. */
const parsedTracks = (files: readonly string[]): Track[] => buildCatalog(files).tracks;

/**
 * `track` made lazy as the cache makes it: each week's outline read back from its line, its
 * entry from `text` (which counts its calls), and its labels and titles as `textsOf` gives them
 * when `withTexts`, checked against the count of blocks the lazy week asks for.
 */
function lazyOf(track: Track, text: (week: Week) => Week | null, withTexts = true): { lazy: Track; texts: string[] } {
  const byFile = new Map(track.weeks.map((w) => [w.file, w]));
  const texts: string[] = [];
  const source: WeekSource = {
    outline: (file) => {
      const week = byFile.get(file) as Week;
      return readOutline(JSON.stringify(outlineOf(week)), summaryOf(week));
    },
    text: (file) => (texts.push(file), text(byFile.get(file) as Week)),
    texts: (file, blocks) => {
      const got = withTexts ? (JSON.parse(JSON.stringify(textsOf(byFile.get(file) as Week))) as unknown) : null;
      return isTexts(got, blocks) ? got : null;
    },
  };
  const weeks = track.weeks.map((w) => lazyWeek(track.id, w.number, w.title, w.file, summaryOf(w), source));
  return { lazy: { id: track.id, title: track.title, weeks }, texts };
}

/** What the outline gives of each block of both plans, in the track's order. */
const outlined = (track: Track): Pick<Block, 'id' | 'plan' | 'label' | 'category' | 'title' | 'minutes'>[] =>
  track.weeks.flatMap((w) => w.days.flatMap((d) => blocksFor(d, '6h').map(({ id, plan, label, category, title, minutes }) => ({ id, plan, label, category, title, minutes: minutes && { ...minutes } }))));

const whole = (track: Track): unknown => JSON.parse(JSON.stringify(track));

const fixtureFiles = fs.readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f, 'input.md')).filter((f) => fs.existsSync(f));

const SOURCES: [string, () => string[][]][] = [
  ['the bundled content', () => [discover(CONTENT).map((s) => s.path)]],
  // One catalog a fixture: several are the same track and week.
  ['the parser fixtures', () => fixtureFiles.map((f) => [f])],
  ['12 generated weeks', () => [discover(writeCurriculum(tempDir(), 12)).map((s) => s.path)]],
];

describe.each(SOURCES)('the blocks of a lazy track, on %s', (_name, catalogs) => {
  it('have the labels and titles of a parse from scratch, without any entry read', () => {
    let blocks = 0;
    for (const files of catalogs()) {
      for (const track of parsedTracks(files)) {
        const { lazy, texts } = lazyOf(track, () => { throw new Error('an entry was read'); });
        const got = outlined(lazy);
        expect(got).toEqual(outlined(track));
        expect(texts).toEqual([]);
        blocks += got.length;
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });

  it('print as the parse from scratch, field for field, once the entries are read', () => {
    for (const files of catalogs()) {
      for (const track of parsedTracks(files)) expect(whole(lazyOf(track, (w) => w).lazy)).toEqual(whole(track));
    }
  });

  it('have the labels and titles of the entries where the texts cannot be used', () => {
    for (const files of catalogs()) {
      for (const track of parsedTracks(files)) {
        const { lazy, texts } = lazyOf(track, (w) => w, false);
        expect(outlined(lazy)).toEqual(outlined(track));
        expect(texts.length).toBe(track.weeks.filter((w) => w.days.some((d) => blocksFor(d, '6h').length > 0)).length);
      }
    }
  });
});

let seq = 0;
/** A completion of `block`, its snapshot as `coach done` takes it, the title `title` if given. */
function logged(block: Block, week: number, day: number, title = block.title): Attachable {
  return { id: `c${++seq}`, blockId: block.id, track: 'go', week, day, plan: block.plan, label: block.label, category: block.category, title, createdAt: '2026-01-05T10:00:00.000Z' };
}

describe('the matching rule over a lazy track', () => {
  it('matches completions in many weeks as over the parse from scratch, reading no entry', () => {
    const [track] = parsedTracks(discover(writeCurriculum(tempDir(), 8)).map((s) => s.path));
    if (!track) throw new Error('no track');
    const completions: Attachable[] = [];
    for (const w of track.weeks.slice(1, 7)) {
      for (const d of w.days.slice(0, 3)) {
        const [first, second] = blocksFor(d, '6h');
        const addition = d.additions6h[0];
        if (first) completions.push(logged(first, w.number, d.number));
        // Reworded since it was logged: matched by its place and label (rule 2).
        if (second) completions.push(logged(second, w.number, d.number, `${second.title} (old wording)`));
        if (addition) completions.push(logged(addition, w.number, d.number));
      }
    }
    // In week 8, the only completions of their sections, reworded: one still under its label
    // (matched), one logged under another label (orphaned); the labels decide.
    const week8 = track.weeks[7] as Week;
    completions.push(logged(week8.days[0]?.blocks4h[1] as Block, 8, 1, 'Reworded'));
    completions.push({ ...logged(week8.days[1]?.blocks4h[1] as Block, 8, 2, 'Reworded'), label: 'Another label' });
    const { lazy, texts } = lazyOf(track, () => { throw new Error('an entry was read'); });
    const got = attach(lazy, completions);
    const want = attach(track, completions);
    expect([...got.byBlock].map(([id, c]) => [id, c.id])).toEqual([...want.byBlock].map(([id, c]) => [id, c.id]));
    expect(got.orphaned.map((c) => c.id)).toEqual(want.orphaned.map((c) => c.id));
    expect(texts).toEqual([]);
    // The case is one the rule decides both ways: most completions matched, some orphaned.
    expect(got.byBlock.size).toBeGreaterThan(30);
    expect(got.byBlock.get(week8.days[0]?.blocks4h[1]?.id ?? '')?.title).toBe('Reworded');
    expect(got.orphaned.map((c) => c.label)).toContain('Another label');
  });
});
