// Characters as a reader sees them (grapheme clusters, near enough): a base with its combining marks,
// variation selectors and skin tones, emoji joined by ZWJ, and flag pairs. Text cut or wrapped here
// never splits one. Intl.Segmenter would do it exactly but costs a start of `coach` tens of ms.

// Marks that attach to the character before them: combining marks, format characters (ZWJ
// among them), variation selectors and emoji skin tones.
const EXTEND = lazyPattern('[\\p{Mn}\\p{Me}\\p{Cf}\\p{Emoji_Modifier}]');
const REGIONAL = lazyPattern('\\p{Regional_Indicator}');
const ZWJ = '\u200d';

/**
 * A Unicode pattern made on its first use rather than when the module loads: V8 reads a pattern as
 * it is made, building each property escape's set (and a case-blind pattern's case closure) through
 * ICU, a few million instructions apiece, which a start that never uses the pattern need not pay.
 */
export function lazyPattern(source: string, flags = 'u'): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}

/**
 * Whether the UTF-16 unit `code` is a character of one column that joins nothing and that nothing
 * joins: printable ASCII, Latin letters and signs (but the soft hyphen), general punctuation (dashes,
 * quotes, `…`, `•`), arrows, box drawing, blocks and shapes (not the two drawn as emoji), ballot
 * boxes, check and cross marks (✔ ✗) and the warning sign: what coach's own output is made of.
 * Told by ranges, so that printing such text compiles no Unicode property pattern (V8 builds each
 * one's set through ICU, a few million instructions apiece at every start). A combining mark, a
 * variation selector or a ZWJ is none of these.
 */
export function isSimpleUnit(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0x2ff && code !== 0xad) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e) ||
    (code >= 0x2190 && code <= 0x21ff) ||
    (code >= 0x2500 && code <= 0x25fc) ||
    (code >= 0x2610 && code <= 0x2612) ||
    code === 0x26a0 ||
    (code >= 0x2713 && code <= 0x2718)
  );
}

/** Whether every character of `text` is simple (`isSimpleUnit`): each is one unit, one cluster, one column. */
export function isSimpleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSimpleUnit(text.charCodeAt(i))) return false;
  return true;
}

/** The character a reader sees that starts at index `i` of `text` (UTF-16 units). */
export function clusterAt(text: string, i: number): string {
  // Nothing joins a simple character to what follows it when that is simple too.
  if (isSimpleUnit(text.charCodeAt(i)) && (i + 1 >= text.length || isSimpleUnit(text.charCodeAt(i + 1)))) return text.charAt(i);
  const first = String.fromCodePoint(text.codePointAt(i) ?? 0);
  let end = i + first.length;
  const next = (): string => (end < text.length ? String.fromCodePoint(text.codePointAt(end) ?? 0) : '');
  // A flag is two regional indicators.
  if (REGIONAL().test(first) && REGIONAL().test(next())) end += next().length;
  for (let ch = next(); ch !== ''; ch = next()) {
    if (ch === ZWJ) {
      end += ch.length;
      // The joined character, if there is one, belongs to this cluster too.
      end += next().length;
    } else if (EXTEND().test(ch)) end += ch.length;
    else break;
  }
  return text.slice(i, end);
}

/** `text` as the characters a reader sees, in order. */
export function clusters(text: string): string[] {
  if (isSimpleText(text)) return text.split('');
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const c = clusterAt(text, i);
    out.push(c);
    i += c.length;
  }
  return out;
}
