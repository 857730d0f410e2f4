// The keyword rule that names a block's practice: table-driven over categories as track files
// write them, including those that must map to nothing.
import { describe, expect, it } from 'vitest';
import { blockPractice } from '../../src/practice/block-kind.js';

describe('blockPractice', () => {
  it.each([
    // mocks, typed by the rest of the category
    ['Mock', null, 'mock', null],
    ['Mock Design', null, 'mock', 'design'],
    ['Mock API Design', null, 'mock', 'design'],
    ['System Design Mock', null, 'mock', 'design'],
    ['Mock HLD', null, 'mock', 'design'],
    ['Mock Coding', null, 'mock', 'coding'],
    ['Mock LLD', null, 'mock', 'machine-coding'],
    ['Machine Coding Mock', null, 'mock', 'machine-coding'],
    ['Behavioral Mock', null, 'mock', 'behavioral'],
    ['Mock – Behavioural', null, 'mock', 'behavioral'],
    ['Mock Q&A', null, 'mock', null],
    ['Mock Interview', null, 'mock', null],
    ['mock coding', null, 'mock', 'coding'],
    ['DSA Mock', null, 'mock', 'coding'],
    // machine coding
    ['Machine Coding', null, 'machine-coding', null],
    ['Machine-coding', null, 'machine-coding', null],
    ['LLD', null, 'machine-coding', null],
    ['Low-Level Design', null, 'machine-coding', null],
    // system design
    ['HLD', null, 'design', null],
    ['System Design', null, 'design', null],
    ['High Level Design', null, 'design', null],
    ['Design', 'Designing a Rate Limiter (HLD + LLD)', 'design', null],
    ['Design', 'System design: a chat service', 'design', null],
    // theory
    ['Theory', null, 'theory', null],
    ['Networking Theory', null, 'theory', null],
    ['Revision', null, 'theory', null],
    ['Concepts', null, 'theory', null],
    // projects
    ['Project', null, 'project', null],
    ['Side Project', null, 'project', null],
  ])('%s (day: %s) → %s %s', (category, dayTitle, kind, mockType) => {
    expect(blockPractice({ category, dayTitle: dayTitle ?? 'Day 1' })).toEqual({ kind, mockType });
  });

  it.each([
    ['DSA', null],
    ['Review & DSA', null],
    ['Review', null],
    ['Recap', null],
    ['Hands-on', null],
    ['Implementation', null],
    ['Refactor', null],
    ['Quiz Yourself', null],
    ['Block', null],
    ['', null],
    // a bare "Design" on a day that is not about system design: a schema, a mini project
    ['Design', 'Mini Project (Log Processor with Concurrency)'],
    ['Design', 'Auth Concepts & Data Model'],
    ['Design Decision', 'MongoDB vs PostgreSQL for Your Project'],
    // words inside other words do not count
    ['Mockito setup', null],
    ['Projection queries', null],
  ])('%s (day: %s) is no practice', (category, dayTitle) => {
    expect(blockPractice({ category, dayTitle: dayTitle ?? 'Day 1' })).toBeNull();
  });

  it('reads the day focus as well as its title for a bare "Design"', () => {
    expect(blockPractice({ category: 'Design', dayTitle: 'Day 4', dayFocus: 'Log pipeline: HLD' })).toEqual({ kind: 'design', mockType: null });
    expect(blockPractice({ category: 'Design' })).toBeNull();
  });
});
