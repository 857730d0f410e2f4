// The learner's saved track is not in the content folder (its id was changed in the files, or
// --content points at another folder): nothing is logged against another track without a word.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { drop } from '../../src/commands/drop.js';
import { forecastCommand } from '../../src/commands/forecast.js';
import { lessonAdd } from '../../src/commands/lesson.js';
import { startTimer } from '../../src/commands/timer.js';
import { today } from '../../src/commands/today.js';
import { UsageError } from '../../src/errors.js';
import { testContext } from '../helpers/cli.js';
import { contentDir, logOf, NOW, setUp, weekFile } from './setup.js';

type Ctx = ReturnType<typeof testContext>['ctx'];

/** A folder of track `node` (weeks 1–2) and one of track `go`; the learner follows `node`. */
async function twoFolders(): Promise<{ home: string; node: string; go: string }> {
  const node = contentDir({ 'week-1.md': weekFile('node', 1), 'week-2.md': weekFile('node', 2) });
  const go = contentDir({ 'week-1.md': weekFile('go', 1) });
  const home = await setUp({ content: node, track: 'node', start: '2026-11-23', week: 1 });
  return { home, node, go };
}

const writes: [string, (ctx: Ctx, content?: string) => Promise<unknown>][] = [
  ['done', (ctx, content) => done(ctx, { refs: ['1'], content })],
  ['drop', (ctx, content) => drop(ctx, { refs: ['1'], content })],
  ['start', (ctx, content) => startTimer(ctx, { ref: '1', content })],
  ['forecast --apply', (ctx, content) => forecastCommand(ctx, { apply: true, content })],
  ['lesson add', (ctx, content) => lessonAdd(ctx, { text: ['close channels from the sender'], content })],
];

describe('a saved track the content folder does not have', () => {
  it('renamed in the saved folder: every command stops, naming the track, the folder and the fix; nothing is written', async () => {
    const { home, node } = await twoFolders();
    for (const f of fs.readdirSync(node)) {
      const file = path.join(node, f);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^track: node$/m, 'track: nodejs'));
    }
    const before = logOf(home).exportAll();
    const t = testContext({ home, now: NOW });
    await expect(today(t.ctx, {})).rejects.toThrow(/your track "node" is not in .* \(its tracks: nodejs\)\. If the track's id changed, switch to it with coach init --track nodejs/);
    for (const [name, write] of writes) {
      const w = testContext({ home, now: NOW });
      await expect(write(w.ctx), name).rejects.toThrow(/your track "node" is not in .*, so nothing was written/);
      expect(w.out(), name).toBe('');
    }
    const after = logOf(home).exportAll();
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });

  it('another folder by --content or COACH_CONTENT: views show its track and say so; writes refuse', async () => {
    const { home, go } = await twoFolders();
    const v = testContext({ home, now: NOW });
    const view = await today(v.ctx, { content: go });
    expect(view.track).toBe('go');
    expect(v.err()).toMatch(/^coach: your track "node" is not in .*; showing "go" instead\n$/);

    const e = testContext({ home, now: NOW, env: { COACH_CONTENT: go } });
    await today(e.ctx, {});
    expect(e.err()).toContain('showing "go" instead');

    for (const [name, write] of writes) {
      const w = testContext({ home, now: NOW });
      const refused = write(w.ctx, go);
      await expect(refused, name).rejects.toThrow(UsageError);
      await expect(refused, name).rejects.toThrow(/your track "node" is not in .* \(its tracks: go\), so nothing was written/);
    }
    expect(logOf(home).completions()).toEqual([]);
    expect(logOf(home).drops()).toEqual([]);
  });

  it('the same folder by --content: nothing to say, and writes go to the saved track', async () => {
    const { home, node } = await twoFolders();
    const t = testContext({ home, now: NOW });
    await done(t.ctx, { refs: ['1'], content: node });
    expect(t.err()).toBe('');
    expect(logOf(home).completions().map((c) => c.track)).toEqual(['node']);
  });
});
