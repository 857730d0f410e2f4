// The sanitiser stands between untrusted track text and the terminal: examples, then properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeLine } from '../../src/text/sanitize.js';

/** Everything that must never reach the terminal: C0 but tab/newline, DEL, C1, bidi controls. */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const ESC = '\x1b';
const ST = `${ESC}\\`;

describe('sanitize: examples', () => {
  it.each([
    ['OSC 8 hyperlink (ST-terminated)', `${ESC}]8;;https://evil.example${ST}click${ESC}]8;;${ST}`, 'click'],
    ['OSC 8 hyperlink (BEL-terminated)', `${ESC}]8;;https://evil.example\x07click${ESC}]8;;\x07`, 'click'],
    ['OSC window title', `${ESC}]0;pwned\x07text`, 'text'],
    ['unterminated OSC swallows the rest', `safe${ESC}]0;title and more`, 'safe'],
    ['CSI colour', `${ESC}[1;31mred${ESC}[0m`, 'red'],
    ['CSI cursor movement and private modes', `${ESC}[2J${ESC}[H${ESC}[?25lhidden`, 'hidden'],
    ['8-bit C1 CSI', '\x9b31mred\x9b0m', 'red'],
    ['8-bit C1 OSC to ST', '\x9d8;;https://x\x9clink', 'link'],
    ['DCS string', `${ESC}Pq#0;2;0;0;0${ST}after`, 'after'],
    ['two-byte escapes', `${ESC}c${ESC}(B${ESC}7x${ESC}8`, 'x'],
    ['lone ESC at the end', `tail${ESC}`, 'tail'],
    ['bidi override', 'abc\u202Edcba', 'abcdcba'],
    ['bidi isolates and marks', '\u2066a\u2069\u200Fb\u061Cc', 'abc'],
    ['DEL', 'a\x7fb', 'ab'],
    ['NUL', 'a\x00b', 'ab'],
    ['BEL, backspace, carriage return, form feed, vertical tab', 'a\x07b\x08c\rd\x0ce\x0bf', 'abcdef'],
    ['tab and newline kept', 'a\tb\nc', 'a\tb\nc'],
    ['plain unicode untouched', 'Café – naïve 日本語 🙂 `code`', 'Café – naïve 日本語 🙂 `code`'],
  ])('%s', (_name, input, output) => {
    expect(sanitize(input)).toBe(output);
  });

  it('sanitizeLine folds whitespace, newlines included, and trims', () => {
    expect(sanitizeLine(`  one\n\ttwo  ${ESC}[31m three\r\n`)).toBe('one two three');
    expect(sanitizeLine('\n\t ')).toBe('');
  });
});

/** Pieces of escape sequences, well-formed or not, to mix with text. */
const escapeFragment = fc.constantFrom(
  ESC, `${ESC}[`, `${ESC}[31m`, `${ESC}[0m`, `${ESC}[?1049h`, `${ESC}]`, `${ESC}]8;;https://x.example`, `${ESC}]0;t`,
  ST, '\x07', '\x9b', '\x9b2J', '\x9c', '\x9d', '\x90', '\x98', '\x9e', '\x9f', `${ESC}P`, `${ESC}_`, `${ESC}^`, `${ESC}X`,
  `${ESC}(`, `${ESC}(0`, `${ESC}#8`, '\x00', '\x7f', '\x85', '\r', '\u202e', '\u2066', '\u200f', '\t', '\n', '[', ']', ';', 'm', '\\',
);
const printable = fc.string({ unit: 'grapheme' }).filter((s) => !UNSAFE.test(s));
const mixed = fc.array(fc.oneof(escapeFragment, fc.string(), printable), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string(), mixed);

/** Complete sequences that end cleanly, so the text around them must survive. */
const wellFormed = fc.constantFrom(
  `${ESC}[31m`, `${ESC}[0m`, `${ESC}[38;5;196m`, `${ESC}[?25l`, `${ESC}[2J`, `${ESC}]8;;https://x.example${ST}`,
  `${ESC}]8;;https://x.example\x07`, `${ESC}]0;title\x07`, `${ESC}c`, `${ESC}(B`, '\x9b1m', '\x9d0;t\x9c', '\u202e', '\x00', '\x7f',
);

const runs = { numRuns: 300 };

describe('sanitize: properties', () => {
  it('leaves no control, escape or bidi character', () => {
    fc.assert(fc.property(anyText, (s) => !UNSAFE.test(sanitize(s))), runs);
  });

  it('sanitizeLine also leaves no tab or newline', () => {
    fc.assert(fc.property(anyText, (s) => !/[\t\n]/.test(sanitizeLine(s)) && !UNSAFE.test(sanitizeLine(s))), runs);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => sanitize(sanitize(s)) === sanitize(s)), runs);
    fc.assert(fc.property(anyText, (s) => sanitizeLine(sanitizeLine(s)) === sanitizeLine(s)), runs);
  });

  it('never lengthens its input', () => {
    fc.assert(fc.property(anyText, (s) => sanitize(s).length <= s.length), runs);
  });

  it('leaves plain printable text unchanged', () => {
    const withBreaks = fc.array(fc.oneof(printable, fc.constantFrom('\t', '\n')), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(printable, withBreaks), (s) => sanitize(s) === s), runs);
  });

  it('removes complete sequences and keeps the text between them', () => {
    const pieces = fc.array(fc.tuple(printable, wellFormed), { maxLength: 8 });
    fc.assert(
      fc.property(pieces, printable, (pairs, last) => {
        const input = pairs.map(([text, seq]) => text + seq).join('') + last;
        const expected = pairs.map(([text]) => text).join('') + last;
        return sanitize(input) === expected;
      }),
      runs,
    );
  });
});
