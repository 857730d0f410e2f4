// The CSV layout derived from the entity declarations: the columns stay those of every export
// written so far, and the README shows exactly the help text that `coach export --help` prints.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvColumnsOf, csvHelp } from '../../src/log/csv-layout.js';
import { completions, lessons, practice, problems, revisits, skips } from '../../src/log/entities.js';
import { ROOT, runCoach } from '../helpers/cli.js';

describe('the CSV layout', () => {
  it('has the columns of every CSV export so far, in their order', () => {
    expect(CSV_COLUMNS.join(',')).toBe(
      'type,id,date,created_at,key,value,block_id,track,week,day,plan,label,category,title,' +
        'planned_min,planned_max,minutes,difficulty,topics,url,rating,kind,mock_type,score,action,started_at,paused_at,paused_ms,stopped_at,outcome,note,text',
    );
  });

  it('lists the columns each row type fills, shared ones first', () => {
    expect(csvColumnsOf(skips)).toEqual(['id', 'date', 'created_at']);
    expect(csvColumnsOf(lessons)).toEqual(['id', 'date', 'created_at', 'track', 'week', 'text']);
    expect(csvColumnsOf(problems)).toEqual(['id', 'date', 'created_at', 'title', 'difficulty', 'topics', 'url', 'minutes', 'note', 'rating']);
    expect(csvColumnsOf(practice)).toEqual(['id', 'date', 'created_at', 'kind', 'title', 'mock_type', 'minutes', 'score', 'rating', 'url', 'block_id', 'note']);
    expect(csvColumnsOf(revisits)).toEqual(['id', 'date', 'created_at', 'kind', 'title', 'action', 'rating', 'minutes']);
    expect(csvColumnsOf(completions).slice(3)).toEqual([
      'block_id', 'track', 'week', 'day', 'plan', 'label', 'category', 'title', 'planned_min', 'planned_max', 'minutes', 'note',
    ]);
  });

  it('names every column in the help text, which keeps within its width', () => {
    const help = csvHelp();
    for (const column of CSV_COLUMNS) expect(help).toContain(column);
    expect(help).toContain('Topics are joined by ";"');
    expect(help.split('\n').filter((l) => l.length > 78)).toEqual([]);
    expect(csvHelp(60).split('\n').filter((l) => l.length > 60)).toEqual([]);
  });

  it('is shown in the README exactly as coach export --help prints it', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\r\n/g, '\n');
    const block = /```text\n(CSV: one file[^]*?)```/.exec(readme)?.[1];
    expect(block).toBe(csvHelp());
  });

  it('is what coach export --help prints after its examples', () => {
    const r = runCoach(['export', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`  $ coach export --format csv --out coach-log.csv\n\n${csvHelp()}`);
  });
});
