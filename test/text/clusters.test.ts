// The characters a reader sees: cutting and wrapping never split a flag, an emoji sequence, a skin
// tone or an accent from its letter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterWidth, cut, width } from '../../src/render/format.js';
import { wrapLine } from '../../src/render/wrap.js';
import { clusterAt, clusters, isSimpleText, isSimpleUnit } from '../../src/text/clusters.js';

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

describe('simple characters', () => {
  const simple = Array.from({ length: 0x10000 }, (_, c) => c).filter(isSimpleUnit).map((c) => String.fromCharCode(c));
  const SLOW = '日'; // not simple: a text holding it is read character by character

  it('are one column each, as the full rule measures them', () => {
    expect(simple.length).toBeGreaterThan(1000);
    for (const ch of simple) {
      expect(clusterWidth(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(1);
      expect(width(ch)).toBe(1);
    }
  });

  it('join nothing and nothing joins them: the quick paths agree with the full rule', () => {
    // Every simple character next to each kind of neighbour the full rule knows.
    const neighbours = ['a', '\u0301', '\u200d', '\ufe0f', '🏽', '🇫', '日', '👍', ...simple.filter((_, i) => i % 97 === 0)];
    for (const ch of simple) {
      for (const n of neighbours) {
        const slow = clusters(`${SLOW}${ch}${n}`).slice(1);
        const joined = slow.length === 1;
        expect(isSimpleText(`${ch}${n}`) ? clusters(`${ch}${n}`) : slow).toEqual(slow);
        expect(clusterAt(`${ch}${n}`, 0)).toBe(joined ? `${ch}${n}` : ch);
        if (isSimpleUnit(n.charCodeAt(0)) && n.length === 1) expect(joined).toBe(false);
      }
    }
  });

  it('measure and cut as the full rule does, in any mix', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...simple), { maxLength: 40 }), fc.integer({ min: 1, max: 40 }), (chars, max) => {
        const text = chars.join('');
        const slow = clusters(`${SLOW}${text}`).slice(1);
        expect(clusters(text)).toEqual(slow);
        expect(width(text)).toBe(slow.reduce((n, c) => n + clusterWidth(c), 0));
        expect(width(`\x1b[1m${text}\x1b[22m`)).toBe(text.length);
        expect(width(cut(text, max))).toBeLessThanOrEqual(max);
      }),
    );
  });
});
