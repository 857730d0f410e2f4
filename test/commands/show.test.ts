// `coach show REF|ID` and `coach today --details`: a block with everything its track file says
// under it, nested items wrapped, code blocks as code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { show } from '../../src/commands/show.js';
import { today } from '../../src/commands/today.js';
import { UsageError } from '../../src/errors.js';
import { width } from '../../src/render/format.js';
import { expectGolden } from '../render/golden.js';
import { ROOT, testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { NOW, setUp } from './setup.js';

const FENCED = path.join(ROOT, 'test', 'fixtures', 'fence-in-block', 'input.md');

async function run<T>(fn: (ctx: ReturnType<typeof testContext>['ctx']) => Promise<T>, opts: { home?: string; columns?: number } = {}) {
  const t = testContext({ home: opts.home ?? tempDir(), now: NOW, columns: opts.columns ?? 80 });
  const result = await fn(t.ctx);
  return { result, out: t.out() };
}

describe('coach show', () => {
  it('shows a block of today by its number, with its details', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const { result, out } = await run((ctx) => show(ctx, { ref: '2' }), { home });
    expect(result).toMatchObject({ week: 11, day: 3, ref: 2, done: false, block: { id: 'go.w11.d3.4h.2', category: 'LLD' } });
    expect(out).toContain('☐ Block 2 · LLD · 60 min');
    expect(result.block.title).toBe('Lay out the structs: FileService, a StorageProvider interface, and S3StorageProvider implementing it');
    expect(out).toContain('Lay out the structs: FileService, a StorageProvider interface, and\n  S3StorageProvider implementing it\n');
    expect(out).toContain('  Hide each storage backend behind an Adapter and persistence behind a\n    Repository.');
    expect(out).toContain('Mark it with: coach done 2');
    expectGolden('show/day-3-block-2', out);
  });

  it('shows any block of the track by its id, code blocks as code', async () => {
    const { result, out } = await run((ctx) => show(ctx, { ref: 'fence.w3.d1.4h.1', content: FENCED }));
    expect(result.block.details).toContain('  ```http');
    // The code keeps its own lines, behind a gutter, without its fences.
    expect(out).toContain('  │ POST /check\n  │ { "key": "user-42" }\n');
    expect(out).not.toContain('```');
    expectGolden('show/fenced-by-id', out);
  });

  it('never wraps code, and wraps the prose at words', async () => {
    const { out } = await run((ctx) => show(ctx, { ref: 'fence.w3.d1.6h.1', content: FENCED }), { columns: 40 });
    expect(out).toContain('  │ for i in $(seq 100); do curl -s localhost:8080/check; done\n');
    for (const line of out.split('\n').filter((l) => !l.includes('│'))) expect(width(line)).toBeLessThanOrEqual(40);
  });

  it('shows an overdue block by the number coach today gives it, after today\'s', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const listed = await run((ctx) => today(ctx, { json: true, all: true }), { home });
    const first = (JSON.parse(listed.out) as { overdue: { all: { ref: number; id: string; week: number; day: number }[] } }).overdue.all[0];
    expect(first?.ref).toBe(5);
    const { result, out } = await run((ctx) => show(ctx, { ref: '5' }), { home });
    expect(result).toMatchObject({ ref: 5, week: first?.week, day: first?.day, block: { id: first?.id } });
    expect(out).toContain(`week ${first?.week} · day ${first?.day}`);
  });

  it('refuses a number neither today nor the overdue list has, and an id the track does not have', async () => {
    const home = await setUp({ start: '2026-11-23' });
    await expect(run((ctx) => show(ctx, { ref: '13' }), { home })).rejects.toThrow(/no block 13: today's blocks are numbered 1–4 and the overdue ones 5–12/);
    await expect(run((ctx) => show(ctx, { ref: 'go.w99.d1.4h.1' }), { home })).rejects.toThrow(UsageError);
    const early = await setUp({ start: '2026-12-01' });
    await expect(run((ctx) => show(ctx, { ref: '1' }), { home: early })).rejects.toThrow(/no blocks are planned for this date/);
  });

  it('--json prints the block whole', async () => {
    const home = await setUp({ start: '2026-11-23' });
    const { result, out } = await run((ctx) => show(ctx, { ref: '5', plan: '6h', json: true }), { home });
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(result.block).toMatchObject({ plan: '6h', label: 'Edge cases' });
  });
});

describe('coach today --details', () => {
  it('prints each block\'s details under it, and fits the terminal', async () => {
    for (const columns of [60, 80]) {
      const home = await setUp({ start: '2026-11-23' });
      const { out } = await run((ctx) => today(ctx, { details: true }), { home, columns });
      // The LLD title is cut, so its own lines show too.
      expect(out).toMatch(/ 2 ☐ LLD .*…\n {6}Lay out the structs:\n {8}FileService, a StorageProvider/);
      for (const line of out.split('\n')) expect(width(line)).toBeLessThanOrEqual(columns);
      expectGolden(`show/today-details-${columns}`, out);
    }
  });

  it('code as code, cut rather than wrapped on a narrow terminal', async () => {
    const { out } = await run((ctx) => today(ctx, { details: true, content: FENCED, plan: '6h' }), { columns: 50 });
    expect(out).toContain('      │ POST /check\n');
    expect(out).toMatch(/ {6}│ for i in \$\(seq 100\); do curl -s…\n/);
    expect(fs.existsSync(FENCED)).toBe(true);
  });
});
