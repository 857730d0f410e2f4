// Word wrap by display width: words move whole, continuation lines hang under the first, colour
// codes and wide characters measured as a terminal shows them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeStyle, stripColor } from '../../src/render/color.js';
import { width } from '../../src/render/format.js';
import { fitPhrases, fitText, wrapLine } from '../../src/render/wrap.js';

describe('wrapLine', () => {
  it('leaves a line that fits as it is', () => {
    expect(wrapLine('Time:  2h done', 20)).toEqual(['Time:  2h done']);
  });

  it('moves whole words to an indented next line', () => {
    expect(wrapLine('Designing File Storage  Focus: calendar pace', 24)).toEqual(['Designing File Storage', '  Focus: calendar pace']);
    expect(wrapLine('    ☐ DSA 60 min  Block 3  go.w11.d1.4h.3', 24)).toEqual(['    ☐ DSA 60 min  Block', '      3  go.w11.d1.4h.3']);
  });

  it('never cuts a word that fits on a line of its own', () => {
    for (const line of wrapLine('the calendar pace moves back a day', 12)) expect(line.split(' ').every((w) => 'the calendar pace moves back a day'.includes(w))).toBe(true);
    expect(wrapLine('the calendar pace moves back a day', 12)).toEqual(['the calendar', '  pace moves', '  back a day']);
  });

  it('cuts a word wider than the line by character', () => {
    expect(wrapLine('id go.w11.d1.4h.3', 8)).toEqual(['id', '  go.w11', '  .d1.4h', '  .3']);
    expect(wrapLine('go.w11.d1.4h.3', 8)).toEqual(['go.w11.d', '  1.4h.3']);
  });

  it('measures wide characters and emoji as two columns, colour codes as none', () => {
    expect(wrapLine('学习 计划 今天', 9)).toEqual(['学习 计划', '  今天']);
    const s = makeStyle(1);
    const lines = wrapLine(`${s.green('✔')} ${s.bold('done')} 🎉 party time`, 10);
    expect(lines.map(stripColor)).toEqual(['✔ done 🎉', '  party', '  time']);
  });

  it('keeps every line within the width, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }).map((t) => t.replace(/[\n\r\t\x00-\x1f]/g, '')), fc.integer({ min: 4, max: 100 }), (text, columns) => {
      for (const line of wrapLine(text, columns)) expect(width(line)).toBeLessThanOrEqual(columns);
    }));
  });

  it('fitText wraps each line of a text', () => {
    expect(fitText('short\na line that is too long', 12)).toBe('short\na line that\n  is too\n  long');
  });
});

describe('fitPhrases', () => {
  const phrases = ['Catch up with coach done <id>,', 'or let them go with coach drop <id>:', 'the plan moves on either way.'];

  it('puts phrases on one line while they fit, and starts a line with one that does not', () => {
    expect(fitPhrases(phrases, 200)).toEqual([phrases.join(' ')]);
    expect(fitPhrases(phrases, 80)).toEqual([`${phrases[0]} ${phrases[1]}`, phrases[2]]);
    expect(fitPhrases(phrases, 60)).toEqual(phrases);
    // Exactly as wide as the line still fits; one column less does not.
    const two = `${phrases[0]} ${phrases[1]}`.length;
    expect(fitPhrases(phrases.slice(0, 2), two)).toHaveLength(1);
    expect(fitPhrases(phrases.slice(0, 2), two - 1)).toHaveLength(2);
    // A line after the first starts with the indent given, which counts towards its width.
    expect(fitPhrases(['none logged', '(coach log x)', 'y'], 20, '    ')).toEqual(['none logged', '    (coach log x) y']);
    expect(fitPhrases(['none logged', '(coach log x)', 'y'], 18, '    ')).toEqual(['none logged', '    (coach log x)', '    y']);
  });

  it('never breaks a phrase, leaves one wider than the line alone, and counts no colour codes', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z<>]{1,12}( [a-z<>]{1,12}){0,3}$/), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 100 }), (list, columns) => {
        const lines = fitPhrases(list, columns);
        expect(lines.join(' ')).toBe(list.join(' '));
        for (const line of lines) expect(width(line) <= columns || list.includes(line)).toBe(true);
      }),
    );
    const style = makeStyle(1);
    const coloured = fitPhrases([style.yellow('Behind by 3 blocks.'), 'coach done 5'], 32);
    expect(coloured.map(stripColor)).toEqual(['Behind by 3 blocks. coach done 5']);
  });
});
