// The status line's format: placeholders, groups that vanish, the empty line, the timer's minutes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMAT, PLACEHOLDERS, renderStatus, statusJson, unknownPlaceholders } from '../../src/render/status.js';
import type { StatusFacts } from '../../src/status/facts.js';
import { isoDate } from '../helpers/dates.js';

const date = isoDate('2026-11-25');
const NOW = new Date('2026-11-25T10:30:00Z');
const day: StatusFacts = { date, blocks: { done: 2, planned: 4 }, dsa: { done: 1, target: { min: 2, max: 3 } } };
const timer = { title: 'Block 3 DSA', planned: 60, elapsed: { at: '2026-11-25T10:00:00Z', minutes: 5 }, running: true };
const all: StatusFacts = { ...day, timer, revisits: { due: 3 } };

describe('renderStatus', () => {
  it.each<[string, string, StatusFacts, string]>([
    ['the default format on a plan day', DEFAULT_FORMAT, day, 'blocks 2/4  DSA 1/2–3'],
    ['the default format with every fact', DEFAULT_FORMAT, all, 'Block 3 DSA 35/60m  blocks 2/4  DSA 1/2–3  3 due'],
    ['a paused timer keeps its minutes', DEFAULT_FORMAT, { ...day, timer: { ...timer, running: false } }, '⏸ Block 3 DSA 5/60m  blocks 2/4  DSA 1/2–3'],
    ['a timer with nothing planned drops its group', '[{elapsed}/{planned}m ]{blocks}', { ...day, timer: { ...timer, planned: null } }, '2/4'],
    ['single placeholders', '{blocks-done} of {blocks-planned}, {dsa-done} of {dsa-target}', day, '2 of 4, 1 of 2–3'],
    ['a target of one number', '{dsa}', { date, dsa: { done: 0, target: { min: 2, max: 2 } } }, '0/2'],
    ['no revisits due says nothing', '[{revisits} due]', { ...day, revisits: { due: 0 } }, ''],
    ['nothing to say: an empty line', DEFAULT_FORMAT, { date }, ''],
    ['the date alone is nothing to say', '{date} {blocks}', { date }, ''],
    ['the date with something to say', '{date} {blocks}', day, '2026-11-25 2/4'],
    ['a placeholder outside a group with no value is empty', '{blocks} {timer}|', day, '2/4 |'],
    ['an unclosed bracket is text', '[{blocks}', day, '[2/4'],
    ['line breaks in the format become spaces', '{blocks}\n{dsa}', day, '2/4 1/2–3'],
  ])('%s', (_name, format, facts, expected) => {
    expect(renderStatus(format, facts, NOW)).toBe(expected);
  });

  it('cuts a long timer title to 40 characters, never inside one a reader sees as one', () => {
    const long = 'Design the rate limiter for the public API, with sliding windows and a Redis-backed store';
    const line = renderStatus('{timer}', { date, timer: { ...timer, title: long } }, NOW);
    expect(line).toBe(`${long.slice(0, 39).trimEnd()}…`);
    expect(renderStatus('{timer}', { date, timer: { ...timer, title: long.slice(0, 40) } }, NOW)).toBe(long.slice(0, 40));
    // Forty family emoji (each several code points) are forty characters: none is cut.
    const family = '👨‍👩‍👧'.repeat(40);
    expect(renderStatus('{timer}', { date, timer: { ...timer, title: family } }, NOW)).toBe(family);
    const flags = '🇫🇷'.repeat(41);
    expect(renderStatus('⏵{timer}', { date, timer: { ...timer, title: flags, running: false } }, NOW)).toBe(`⏵⏸ ${'🇫🇷'.repeat(39)}…`);
  });

  it('takes control characters out of the timer title', () => {
    expect(renderStatus('{timer}', { date, timer: { ...timer, title: 'a\x1b[31mb\nc' } }, NOW)).toBe('ab c');
  });
});

describe('placeholders', () => {
  it('names the unknown ones, and every documented one is known', () => {
    expect(unknownPlaceholders('{blocks} {nope} {dsa} {x-y}')).toEqual(['nope', 'x-y']);
    expect(unknownPlaceholders(Object.keys(PLACEHOLDERS).map((p) => `{${p}}`).join(''))).toEqual([]);
    expect(unknownPlaceholders(DEFAULT_FORMAT)).toEqual([]);
  });
});

describe('statusJson', () => {
  it('gives the timer minutes as of now and the line', () => {
    expect(statusJson(all, NOW, '{blocks}')).toEqual({
      date, blocks: day.blocks, dsa: day.dsa, revisits: { due: 3 },
      timer: { title: 'Block 3 DSA', running: true, elapsed: 35, planned: 60 },
      line: '2/4',
    });
  });
});

describe('renderStatus with a track file that cannot be read', () => {
  it('puts a short marker first, whatever the format', () => {
    const facts: StatusFacts = { date, unreadable: 2, revisits: { due: 3 } };
    expect(renderStatus(DEFAULT_FORMAT, facts, NOW)).toBe('⚠ 2 track files unreadable  3 due');
    expect(renderStatus('{blocks}', { date, unreadable: 1 }, NOW)).toBe('⚠ track file unreadable');
  });
});
