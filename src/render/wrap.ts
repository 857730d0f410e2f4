// Lines that fit the terminal: long text wraps at word boundaries (never mid-word unless one word
// is wider than the line), measured in display columns, colour codes kept. The last step of every text view.
import { clusterAt } from '../text/clusters.js';
import { width } from './format.js';

const SGR = /\x1b\[[0-9;]*m/y;

/** `text` cut into pieces of at most `max` columns, by the characters a reader sees; colour codes take no room. */
function hardBreak(text: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (let i = 0; i < text.length;) {
    SGR.lastIndex = i;
    const code = SGR.exec(text);
    if (code) {
      piece += code[0];
      i += code[0].length;
      continue;
    }
    const ch = clusterAt(text, i);
    const w = width(ch);
    if (used + w > max && used > 0) {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += ch;
    used += w;
    i += ch.length;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * One line wrapped to `columns`: words move whole to the next line, which is indented like the
 * first plus `hang` (two spaces by default, so a wrapped row reads as one). A line that fits is returned as it is.
 */
export function wrapLine(line: string, columns: number, hang = '  '): string[] {
  if (columns < 1 || width(line) <= columns) return [line];
  const lead = /^ */.exec(line)?.[0] ?? '';
  // The indent of continuation lines, kept to half the line so that words still have room.
  const indent = (lead + hang).slice(0, Math.max(0, Math.floor(columns / 2)));
  const room = columns - width(indent);
  const out: string[] = [];
  let current = lead;
  let used = width(lead);
  // No word on the current line yet, and the spaces waiting to go before the next word.
  let fresh = true;
  let gap = '';
  for (const part of line.slice(lead.length).split(/( +)/)) {
    if (part === '') continue;
    if (/^ +$/.test(part)) {
      gap = part;
      continue;
    }
    const w = width(part);
    const before = fresh ? '' : gap;
    gap = '';
    if (used + width(before) + w <= columns) {
      current += before + part;
      used += width(before) + w;
      fresh = false;
      continue;
    }
    if (!fresh) {
      out.push(current);
      current = indent;
      used = width(indent);
    }
    fresh = false;
    if (used + w <= columns) {
      current += part;
      used += w;
      continue;
    }
    // A word wider than the line: cut by character, the first piece where the line stands.
    const first = hardBreak(part, columns - used)[0] ?? '';
    const pieces = [current + first, ...hardBreak(part.slice(first.length), room).map((p) => indent + p)];
    out.push(...pieces.slice(0, -1));
    current = pieces[pieces.length - 1] ?? indent;
    used = width(current);
  }
  if (current.trim() !== '') out.push(current.trimEnd());
  return out;
}

/** Every line of `text` wrapped to `columns` (see `wrapLine`). */
export function fitText(text: string, columns: number): string {
  return text.split('\n').flatMap((line) => wrapLine(line, columns)).join('\n');
}

/**
 * Phrases put together on lines of at most `columns`, one space apart: a phrase that does not fit
 * starts a line of its own (after `indent`) rather than be broken by the wrap, which keeps a
 * command and what it takes (`coach drop <id>`) on one line. A phrase wider than the line is left
 * to `wrapLine`.
 */
export function fitPhrases(phrases: readonly string[], columns: number, indent = ''): string[] {
  const lines: string[] = [];
  for (const phrase of phrases) {
    const last = lines[lines.length - 1];
    if (last !== undefined && width(last) + 1 + width(phrase) <= columns) lines[lines.length - 1] = `${last} ${phrase}`;
    else lines.push(last === undefined ? phrase : indent + phrase);
  }
  return lines;
}
