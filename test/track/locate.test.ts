// Which track and week a file is: from front matter, else from where it sits on disk.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/track/assemble.js';
import { discover } from '../../src/track/discover.js';
import { identify, slug, weekFromName } from '../../src/track/locate.js';
import { tempTree, trackText } from './temp-tree.js';


/** Track id → week numbers, as buildCatalog sees the files under `root`. */
function layout(root: string): Record<string, number[]> {
  const catalog = buildCatalog(discover(root).map((s) => s.path));
  expect(catalog.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return Object.fromEntries(catalog.tracks.map((t) => [t.id, t.weeks.map((w) => w.number)]));
}

describe('weekFromName', () => {
  it.each([
    ['week-03', 3],
    ['week_3', 3],
    ['Week 12', 12],
    ['WEEK-007', 7],
    ['week03', 3],
  ])('%s → %i', (name, week) => {
    expect(weekFromName(name)).toBe(week);
  });

  it.each(['weeks', 'go', 'week-', 'week-1a', 'my-week-3', 'week-3.md'])('%s is not a week', (name) => {
    expect(weekFromName(name)).toBeNull();
  });
});

describe('slug', () => {
  it('keeps ids short and shell-safe', () => {
    expect(slug('Go')).toBe('go');
    expect(slug('  My Track! ')).toBe('my-track');
    expect(slug('node.js_ts')).toBe('node.js_ts');
    expect(slug('!!!')).toBe('');
  });
});

describe('identify (paths only)', () => {
  const root = path.resolve('/content');
  const at = (...parts: string[]): string => path.join(root, ...parts);

  it('Docusaurus layout: weeks/week-NN/<track>.md', () => {
    expect(identify(at('weeks', 'week-03', 'go.md'), {})).toEqual({ track: 'go', week: 3 });
    expect(identify(at('weeks', 'week-03', 'node.md'), { id: 'node' })).toEqual({ track: 'node', week: 3 });
  });

  it('flat layout: <track>/week-NN.md', () => {
    expect(identify(at('go', 'week-11.md'), {})).toEqual({ track: 'go', week: 11 });
    expect(identify(at('Node JS', 'week_2.markdown'), {})).toEqual({ track: 'node-js', week: 2 });
  });

  it('a file that is only a week name takes its track from the folder', () => {
    expect(identify(path.resolve('/home/me/my-course/week-04.md'), {})).toEqual({ track: 'my-course', week: 4 });
  });

  it('a single file with no week anywhere is week 1 of the track its name gives', () => {
    expect(identify(at('scratch', 'go.md'), {})).toEqual({ track: 'go', week: 1 });
  });

  it('index and README files are named after their folders', () => {
    expect(identify(at('weeks', 'week-05', 'index.md'), {})).toEqual({ track: 'weeks', week: 5 });
    expect(identify(at('go', 'README.md'), {})).toEqual({ track: 'go', week: 1 });
  });

  it('front matter wins over the path', () => {
    const file = at('weeks', 'week-03', 'go.md');
    expect(identify(file, { track: 'golang', week: 9 })).toEqual({ track: 'golang', week: 9 });
    expect(identify(file, { id: 'go-advanced' })).toEqual({ track: 'go-advanced', week: 3 });
    // `track` is preferred to `id`, which in Docusaurus is a page id rather than a track name.
    expect(identify(at('go', 'week-11.md'), { id: 'go-week-11', track: 'go', week: 11 })).toEqual({ track: 'go', week: 11 });
  });

  it('an id that is only a week name does not name the track', () => {
    expect(identify(at('go', 'week-03.md'), { id: 'week-03' })).toEqual({ track: 'go', week: 3 });
  });
});

describe('layouts on disk', () => {
  it('Docusaurus: one folder per week with _category_.json and one file per track', () => {
    const root = tempTree({
      'weeks/week-01/_category_.json': '{ "label": "Week 01", "position": 1 }',
      'weeks/week-01/go.md': trackText({ frontMatter: { id: 'go', title: 'Go Track' } }),
      'weeks/week-01/node.md': trackText({ frontMatter: { id: 'node', title: 'Node Track' } }),
      'weeks/week-02/_category_.json': '{ "label": "Week 02", "position": 2 }',
      'weeks/week-02/go.md': trackText({ frontMatter: { id: 'go', title: 'Go Track' } }),
      'weeks/week-02/node.md': trackText(),
    });
    expect(layout(root)).toEqual({ go: [1, 2], node: [1, 2] });
    // The JSON files are not markdown and are never read as tracks.
    expect(discover(root).map((s) => path.basename(s.path))).not.toContain('_category_.json');
  });

  it('flat: one folder per track holding week-NN.md files', () => {
    const root = tempTree({
      'go/week-01.md': trackText(),
      'go/week-02.md': trackText(),
      'go/week-10.md': trackText(),
      'node/week-01.md': trackText(),
    });
    expect(layout(root)).toEqual({ go: [1, 2, 10], node: [1] });
  });

  it('one folder of week-NN.md files is a single track named after the folder', () => {
    const parent = tempTree({ 'Interview Prep/week-1.md': trackText(), 'Interview Prep/week-2.md': trackText() });
    expect(layout(path.join(parent, 'Interview Prep'))).toEqual({ 'interview-prep': [1, 2] });
  });

  it('a single file given directly', () => {
    const root = tempTree({ 'elsewhere/rust.md': trackText({ frontMatter: { week: 4 } }) });
    const file = path.join(root, 'elsewhere', 'rust.md');
    expect(discover(file).map((s) => s.path)).toEqual([file]);
    expect(layout(file)).toEqual({ rust: [4] });
  });

  it('the bundled track is go, week 11', () => {
    const bundled = fileURLToPath(new URL('../../content', import.meta.url));
    const catalog = buildCatalog(discover(bundled).map((s) => s.path));
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.tracks.map((t) => [t.id, t.title, t.weeks.map((w) => w.number)])).toEqual([['go', 'Go Track', [11]]]);
  });
});
