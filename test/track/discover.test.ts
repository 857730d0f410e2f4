// Finding track files on disk, reading them defensively, and assembling them into tracks.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalog, parseFile } from '../../src/track/assemble.js';
import { discover } from '../../src/track/discover.js';
import { ContentError } from '../../src/track/errors.js';
import { ROOT } from '../helpers/cli.js';
import { unprivileged } from '../helpers/unprivileged.js';
import { tempTree, trackText } from './temp-tree.js';

const relative = (root: string, files: { path: string }[]): string[] =>
  files.map((f) => path.relative(root, f.path).split(path.sep).join('/'));

describe('discover', () => {
  it('lists markdown files under a folder, sorted, skipping hidden folders and node_modules', () => {
    const root = tempTree({
      'b/week-02.md': 'x',
      'a/week-01.markdown': 'x',
      'a/week-01.MD': 'x',
      'a/notes.txt': 'x',
      'weeks/week-01/_category_.json': '{}',
      '.git/HEAD.md': 'x',
      '.drafts/week-09.md': 'x',
      'node_modules/pkg/README.md': 'x',
      '.hidden.md': 'x',
    });
    expect(relative(root, discover(root))).toEqual(['a/week-01.MD', 'a/week-01.markdown', 'b/week-02.md']);
  });

  it('records what the cache keys on', () => {
    const root = tempTree({ 'go.md': 'hello' });
    const [stamp] = discover(root);
    expect(stamp).toMatchObject({ path: path.join(root, 'go.md'), size: 5 });
    expect(stamp?.mtimeMs).toBeGreaterThan(0);
  });

  it('returns a single file as given, whatever its extension', () => {
    const root = tempTree({ 'plan.txt': 'x' });
    const file = path.join(root, 'plan.txt');
    expect(discover(file).map((s) => s.path)).toEqual([file]);
  });

  it('an empty folder has no files', () => {
    expect(discover(tempTree({}))).toEqual([]);
  });

  it('a missing path is a content error that says how to fix it', () => {
    const missing = path.join(tempTree({}), 'nope');
    expect(() => discover(missing)).toThrow(ContentError);
    expect(() => discover(missing)).toThrow(/content folder not found.*\n.*--content/);
  });

  it('keeps a dangling symlink, so reading it reports the problem', () => {
    const root = tempTree({});
    fs.symlinkSync(path.join(root, 'gone.md'), path.join(root, 'link.md'));
    const [stamp] = discover(root);
    expect(stamp).toEqual({ path: path.join(root, 'link.md'), mtimeMs: -1, size: -1, ctimeMs: -1, ino: -1 });
    const parsed = parseFile(path.join(root, 'link.md'));
    expect(parsed.diagnostics).toMatchObject([{ severity: 'error', code: 'unreadable', line: 1, column: 1 }]);
  });
});

describe('parseFile: files that are not readable text', () => {
  const only = (file: string): { code: string; severity: string; message: string } => {
    const parsed = parseFile(file);
    expect(parsed.track).toBeNull();
    expect(parsed.week).toBeNull();
    expect(parsed.diagnostics).toHaveLength(1);
    const [d] = parsed.diagnostics;
    expect(d).toMatchObject({ file, line: 1, column: 1 });
    return { code: d?.code ?? '', severity: d?.severity ?? '', message: d?.message ?? '' };
  };

  it('a missing file is unreadable', () => {
    const file = path.join(tempTree({}), 'missing.md');
    expect(only(file)).toMatchObject({ code: 'unreadable', severity: 'error', message: expect.stringContaining('ENOENT') });
  });

  it('a folder named like a markdown file is unreadable', () => {
    const root = tempTree({ 'odd.md/inner.txt': 'x' });
    expect(only(path.join(root, 'odd.md'))).toMatchObject({ code: 'unreadable', message: expect.stringContaining('EISDIR') });
  });

  // Root reads any file, so as root the parser runs as uid 65534, from the build.
  it('a file without read permission is unreadable', (t) => {
    const run = unprivileged();
    if ('skip' in run) return t.skip(run.skip);
    const root = tempTree({ 'locked.md': trackText() });
    fs.chmodSync(root, 0o755);
    const file = path.join(root, 'locked.md');
    fs.chmodSync(file, 0o000);
    if (!('uid' in run.as)) {
      expect(only(file)).toMatchObject({ code: 'unreadable', message: expect.stringContaining('EACCES') });
      return;
    }
    const parser = pathToFileURL(path.join(ROOT, 'dist', 'track', 'assemble.js')).href;
    const script = `const { parseFile } = await import(${JSON.stringify(parser)}); console.log(JSON.stringify(parseFile(${JSON.stringify(file)}).diagnostics));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', ...run.as });
    expect(r.stderr).toBe('');
    const diagnostics = JSON.parse(r.stdout) as unknown[];
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unreadable', message: expect.stringContaining('EACCES') })]);
  });

  it('Latin-1 text is not UTF-8', () => {
    const root = tempTree({ 'latin1.md': Buffer.from('### Day 1 \u2013 Caf\xe9\n', 'latin1') });
    expect(only(path.join(root, 'latin1.md'))).toMatchObject({ code: 'encoding', severity: 'error', message: expect.stringMatching(/UTF-8/) });
  });

  it('UTF-16 text is not UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('### Day 1 – Title\n', 'utf16le')]);
    const root = tempTree({ 'utf16.md': utf16 });
    expect(only(path.join(root, 'utf16.md')).code).toBe('encoding');
  });

  it('NUL bytes mean a binary file', () => {
    const root = tempTree({ 'image.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]), 'nul.md': 'text\0more' });
    expect(only(path.join(root, 'image.md')).code).toBe('encoding');
    expect(only(path.join(root, 'nul.md'))).toMatchObject({ code: 'encoding', message: expect.stringMatching(/NUL/) });
  });

  it('a UTF-8 file with a BOM parses normally', () => {
    const root = tempTree({ 'go.md': '\uFEFF' + trackText({ frontMatter: { id: 'go', week: 2 } }) });
    const parsed = parseFile(path.join(root, 'go.md'));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.track?.id).toBe('go');
    expect(parsed.week?.number).toBe(2);
  });
});

describe('buildCatalog', () => {
  it('groups weeks by track, sorted by id and week number', () => {
    const root = tempTree({
      'node/week-03.md': trackText(),
      'go/week-02.md': trackText({ frontMatter: { title: 'Go' } }),
      'go/week-01.md': trackText(),
    });
    const files = discover(root).map((s) => s.path);
    const catalog = buildCatalog(files);
    expect(catalog.files).toBe(3);
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.tracks.map((t) => ({ id: t.id, weeks: t.weeks.map((w) => w.number) }))).toEqual([
      { id: 'go', weeks: [1, 2] },
      { id: 'node', weeks: [3] },
    ]);
  });

  it('a second file for the same week is an error and is ignored', () => {
    const root = tempTree({
      'weeks/week-01/go.md': trackText({ frontMatter: { id: 'go' }, days: ['From the Docusaurus folder'] }),
      'go/week-01.md': trackText({ days: ['From the flat folder'] }),
    });
    const files = discover(root).map((s) => s.path);
    const [first, second] = files;
    expect(files).toHaveLength(2);
    const catalog = buildCatalog(files);
    expect(catalog.tracks).toHaveLength(1);
    const weeks = catalog.tracks[0]?.weeks ?? [];
    expect(weeks.map((w) => [w.number, w.file, w.days[0]?.title])).toEqual([[1, first, 'From the flat folder']]);
    expect(catalog.diagnostics).toEqual([
      {
        file: second, line: 1, column: 1, severity: 'error', code: 'duplicate-week',
        message: `track "go" already has week 1 (${first}); this file is ignored`,
      },
    ]);
  });

  it('carries every file’s diagnostics and skips files that are not tracks', () => {
    const root = tempTree({
      'go/week-01.md': trackText(),
      'README.md': '# About\n\nMy tracks.\n',
      'broken.md': Buffer.from([0xc3, 0x28]),
    });
    const catalog = buildCatalog(discover(root).map((s) => s.path));
    expect(catalog.files).toBe(3);
    expect(catalog.tracks.map((t) => t.id)).toEqual(['go']);
    expect(catalog.diagnostics.map((d) => [path.basename(d.file), d.severity, d.code])).toEqual([
      ['README.md', 'info', 'not-a-track'],
      ['broken.md', 'error', 'encoding'],
    ]);
  });
});

describe('track titles', () => {
  const week = (n: number, title: string) => `---\ntrack: node\nweek: ${n}\ntitle: ${title}\n---\n\n### Day 1 – Start\n\n#### 4-Hour Plan\n\n- **Block 1 (Concepts – 60 min)**\n`;

  it('is the title every week shares', () => {
    const root = tempTree({ 'a.md': week(1, 'Node.js Track'), 'b.md': week(2, 'Node.js Track') });
    const catalog = buildCatalog(discover(root).map((f) => f.path));
    expect(catalog.tracks[0]?.title).toBe('Node.js Track');
  });

  it('comes from the track id when each week has a title of its own, which the weeks keep', () => {
    const root = tempTree({ 'a.md': week(1, 'Week 01 – Foundations'), 'b.md': week(2, 'Week 02 – Async') });
    const catalog = buildCatalog(discover(root).map((f) => f.path));
    expect(catalog.tracks[0]?.title).toBe('Node');
    expect(catalog.tracks[0]?.weeks.map((w) => w.title)).toEqual(['Week 01 – Foundations', 'Week 02 – Async']);
  });
});
