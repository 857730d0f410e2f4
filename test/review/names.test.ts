// The tie-break order of names: the collator's, whether or not the collator is asked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/review/names.js';

const english = new Intl.Collator('en');
const plain = fc.stringMatching(/^[A-Za-z0-9 ]{0,8}$/);

describe('compareNames', () => {
  it('orders plain names as the English collation does', () => {
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        expect(Math.sign(compareNames(a, b))).toBe(Math.sign(english.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['space, digits, then letters', 'a b', 'a1', -1],
    ['case aside', 'hld', 'LLD', -1],
    ['case aside, the other way', 'Review', 'dsa', 1],
    ['a prefix first', 'DSA', 'DSA mock', -1],
  ])('%s: %s against %s', (_what, a, b, sign) => {
    expect(Math.sign(compareNames(a, b))).toBe(sign);
    expect(Math.sign(english.compare(a, b))).toBe(sign);
  });

  it.each([
    // Punctuation, case alone and letters outside ASCII are the collator's to order, not code points'.
    ['a_b', 'a-b'],
    ['dp', 'DP'],
    ['Übung', 'Zeit'],
    ['résumé', 'resume'],
  ])('asks the collator for %s against %s', (a, b) => {
    expect(Math.sign(compareNames(a, b))).toBe(Math.sign(a.localeCompare(b)));
    expect(Math.sign(compareNames(b, a))).toBe(Math.sign(b.localeCompare(a)));
  });
});
