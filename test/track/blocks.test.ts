// The naming rules for blocks: which category a label stands for, and the title a block gets
// from its details when its own line says only what kind of work it is.
import { describe, expect, it } from 'vitest';
import { categoryFromLabel, titleFromDetails } from '../../src/track/blocks.js';

describe('categoryFromLabel', () => {
  it.each([
    ['Mini mock', 'Mock'],
    ['Second mini mock', 'Mock'],
    ['Extra reading', 'Reading'],
    ['Mini-refactor', 'Refactor'],
    ['Small modeling exercise', 'Modeling exercise'],
    ['Another extra DSA round', 'DSA'],
    ['Extra 1–2 DSA problems', 'DSA'],
    ['Extra', 'Extra'],
    ['Second', 'Extra'],
    ['mock interview', 'Mock interview'],
    ['Minimal API', 'Minimal API'],
  ])('%s → %s', (label, category) => {
    expect(categoryFromLabel(label)).toBe(category);
  });
});

describe('titleFromDetails', () => {
  it('joins a lead-in with its own items', () => {
    expect(titleFromDetails(['Learn:', '  INNER JOIN, LEFT JOIN.', '  basic normalization', 'Practice queries'])).toBe(
      'Learn: INNER JOIN, LEFT JOIN; basic normalization',
    );
  });

  it('leaves out grandchildren and stops at the next top-level line', () => {
    expect(titleFromDetails(['Read about:', '  Streams', '    readable', '  Backpressure', 'Then code'])).toBe('Read about: Streams; Backpressure');
  });

  it('keeps a first line that is no lead-in as it is', () => {
    expect(titleFromDetails(['2–3 problems (two pointers).', '  sorted arrays'])).toBe('2–3 problems (two pointers)');
    expect(titleFromDetails(['Implement:'])).toBe('Implement');
  });

  it('is empty without details', () => {
    expect(titleFromDetails([])).toBe('');
    expect(titleFromDetails(['  only nested'])).toBe('');
  });
});
