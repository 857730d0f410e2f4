// Characters as a reader sees them (grapheme clusters, near enough): a base with its combining marks,
// variation selectors and skin tones, emoji joined by ZWJ, and flag pairs. Text cut or wrapped here
// never splits one. Intl.Segmenter would do it exactly but costs a start of `coach` tens of ms.

// Marks that attach to the character before them: combining marks, format characters (ZWJ
// among them), variation selectors and emoji skin tones.
const EXTEND = /[\p{Mn}\p{Me}\p{Cf}\p{Emoji_Modifier}]/u;
const REGIONAL = /\p{Regional_Indicator}/u;
const ZWJ = '\u200d';

/** The character a reader sees that starts at index `i` of `text` (UTF-16 units). */
export function clusterAt(text: string, i: number): string {
  const first = String.fromCodePoint(text.codePointAt(i) ?? 0);
  let end = i + first.length;
  const next = (): string => (end < text.length ? String.fromCodePoint(text.codePointAt(end) ?? 0) : '');
  // A flag is two regional indicators.
  if (REGIONAL.test(first) && REGIONAL.test(next())) end += next().length;
  for (let ch = next(); ch !== ''; ch = next()) {
    if (ch === ZWJ) {
      end += ch.length;
      // The joined character, if there is one, belongs to this cluster too.
      end += next().length;
    } else if (EXTEND.test(ch)) end += ch.length;
    else break;
  }
  return text.slice(i, end);
}

/** `text` as the characters a reader sees, in order. */
export function clusters(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const c = clusterAt(text, i);
    out.push(c);
    i += c.length;
  }
  return out;
}
