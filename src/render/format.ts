// Small formatting helpers shared by the renderers: minutes, hours, padding that ignores colour codes.
import { weekday, type IsoDate } from '../schedule/dates.js';
import type { Minutes } from '../track/model.js';
import { eastAsianWidth } from 'get-east-asian-width';
import { clusters, isSimpleText, lazyPattern } from '../text/clusters.js';
import { stripColor } from './color.js';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Sunday first, as `weekday()` numbers them. */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `Wed 25 Nov 2026`. */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${DAYS[weekday(date)]} ${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** `Mon 23 Nov`. */
export const shortDate = (date: IsoDate): string => longDate(date).replace(/ \d+$/, '');

/** `2–3`, or `2` when the range is one number. */
export const range = (m: Minutes): string => (m.min === m.max ? `${m.min}` : `${m.min}–${m.max}`);

/** `60 min`, `60–75 min`, or `? min` when the track gives no duration. */
export function formatMinutes(m: Minutes | null): string {
  if (!m) return '? min';
  return m.min === m.max ? `${m.min} min` : `${m.min}–${m.max} min`;
}

/** `4h`, `4h 30m`, `45m`. */
export function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/** A planned range in hours: `4h` or `4h–4h 30m`. */
export function formatHoursRange(m: Minutes): string {
  return m.min === m.max ? formatHours(m.min) : `${formatHours(m.min)}–${formatHours(m.max)}`;
}

// Marks that join or modify the character before them and take no column of their own.
const ZERO_WIDTH = lazyPattern('[\\p{Mn}\\p{Me}\\p{Cf}]');
const EMOJI = lazyPattern('\\p{Emoji_Presentation}');
const EMOJI_BASE = lazyPattern('\\p{Emoji}');
const EMOJI_STYLE = '\ufe0f';

/** Columns of one character as a reader sees it (see `clusters`). */
export function clusterWidth(cluster: string): number {
  let columns = 0;
  let base = true;
  for (const ch of cluster) {
    const code = ch.codePointAt(0) ?? 0;
    // An emoji joined or modified by what follows, and a flag's second half, take no more room.
    const w = code < 0x20 || ZERO_WIDTH().test(ch) ? 0 : EMOJI().test(ch) ? 2 : eastAsianWidth(code);
    columns = base ? w : Math.max(columns, w);
    base = false;
  }
  // A character drawn as text by default is drawn as an emoji, two columns, when asked to be (❤️).
  if (columns === 1 && cluster.includes(EMOJI_STYLE) && EMOJI_BASE().test(cluster)) return 2;
  return columns;
}

/**
 * Columns a text takes on a terminal: colour codes and combining marks take none; wide East
 * Asian characters and emoji take two, a flag, an emoji with a skin tone or emoji joined into one
 * (👩‍💻) two in all (Unicode's East Asian Width table, the one string-width uses, without its
 * grapheme segmenter, which costs `coach today` 50 ms to load).
 */
export function width(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  const plain = stripColor(text);
  if (isSimpleText(plain)) return plain.length;
  let columns = 0;
  for (const cluster of clusters(plain)) columns += clusterWidth(cluster);
  return columns;
}

/**
 * `text` cut to at most `max` columns at a word boundary, ending in `…` when cut; a single word
 * longer than that is cut inside. Plain text only (cut before colouring).
 */
export function cut(text: string, max: number): string {
  if (width(text) <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let kept = '';
  let used = 0;
  // By the characters a reader sees: a flag or a family emoji is never cut in two.
  for (const ch of clusters(text)) {
    const w = width(ch);
    if (used + w > max - 1) break;
    kept += ch;
    used += w;
  }
  const space = kept.lastIndexOf(' ');
  // Back to the last word boundary, unless the cut falls on one already or going back would
  // throw away most of the room.
  const onBoundary = /^\s/.test(text.slice(kept.length));
  const atWord = onBoundary || space <= (max - 1) / 2 ? kept : kept.slice(0, space);
  return `${atWord.replace(/[\s,;:–—-]+$/, '')}…`;
}

export function padEnd(text: string, size: number): string {
  const w = width(text);
  return w >= size ? text : text + ' '.repeat(size - w);
}

export function padStart(text: string, size: number): string {
  const w = width(text);
  return w >= size ? text : ' '.repeat(size - w) + text;
}

/** `1 block`, `2 blocks`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * The widest a category column gets: 16 columns on an 80-column terminal, an eighth of a wider
 * one, so that rows stay aligned and a wide terminal cuts no category that fits.
 */
export const categoryCap = (columns: number): number => Math.max(16, Math.floor(columns / 8));
