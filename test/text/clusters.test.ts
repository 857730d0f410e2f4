// The characters a reader sees: cutting and wrapping never split a flag, an emoji sequence, a skin
// tone or an accent from its letter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cut } from '../../src/render/format.js';
import { wrapLine } from '../../src/render/wrap.js';
import { clusters } from '../../src/text/clusters.js';

const SEEN = ['a', 'é', 'e\u0301', '🇫🇷', '🇯🇵', '👨‍👩‍👧', '👍🏽', '❤️', '日', '🏳️‍🌈', 'ก่', ' '];

describe('clusters', () => {
  it('keeps each character a reader sees whole', () => {
    expect(clusters('e\u0301🇫🇷🇯🇵👨‍👩‍👧👍🏽x')).toEqual(['e\u0301', '🇫🇷', '🇯🇵', '👨‍👩‍👧', '👍🏽', 'x']);
    expect(clusters('')).toEqual([]);
    expect(clusters('abc')).toEqual(['a', 'b', 'c']);
    // A lone half of a flag, or a ZWJ at the end, is one character still.
    expect(clusters('🇫x\u200d')).toEqual(['🇫', 'x\u200d']);
  });

  it('joined again give the text, and never split one of the samples', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SEEN), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(clusters(text).join('')).toBe(text);
        // Each sample is one or more whole clusters (a space, a letter and a flag stay apart).
        const got = clusters(text);
        let at = 0;
        for (const p of parts) {
          let taken = '';
          while (taken.length < p.length) taken += got[at++] ?? '';
          expect(taken).toBe(p);
        }
      }),
    );
  });
});

describe('cut and wrap by the characters a reader sees', () => {
  it('never leave half a flag or half an emoji sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SEEN.filter((c) => c !== ' ')), { minLength: 1, maxLength: 40 }), fc.integer({ min: 2, max: 30 }), (parts, max) => {
        const text = parts.join('');
        const whole = new Set(SEEN);
        const cutText = cut(text, max).replace(/…$/, '');
        expect(clusters(cutText).every((c) => whole.has(c))).toBe(true);
        for (const line of wrapLine(text, max, '')) expect(clusters(line).every((c) => whole.has(c))).toBe(true);
      }),
    );
  });
});
