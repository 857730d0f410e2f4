// The parser's limits, in one place: sizes no hand-written track comes near, past which remark
// (whose cost grows faster than the file on some shapes) would take seconds or minutes.
// One linear pass over the lines checks them all before any markdown is parsed.

/**
 * The largest track file read, in bytes: many times a real week (under 10 KB), and small enough
 * that the slowest shape remark accepts within the other limits still parses in about a second.
 */
export const MAX_TRACK_FILE_BYTES = 128 * 1024;
/** Longest line a track file may have. */
export const MAX_LINE = 5000;
/** Highest day number: a week has 7 days; allow generous room for unusual curricula. */
export const MAX_DAY = 366;
/** Most `Day N` headings one file may have (a week has 7). */
export const MAX_DAY_SECTIONS = 100;
/** Most list-item and block-quote lines one file may have. */
export const MAX_LIST_ITEMS = 400;
/** Deepest nesting of lists and block quotes. */
export const MAX_NESTING = 16;
/** Most emphasis, strikethrough and bracket marks (`* _ ~ [ ]`) in one paragraph. */
export const MAX_INLINE_MARKS = 1000;

export interface LimitBreach {
  code: 'line-too-long' | 'over-limit';
  line: number;
  message: string;
}

const DAY_LINE = /^ {0,3}#{1,3}[ \t]+day[ \t]+\d/i;

/** Nesting a line opens: its list markers and `>`s, and one level per two columns of indent before a marker. */
function nestingOf(line: string): number {
  let depth = 0;
  let indent = 0;
  let i = 0;
  for (;;) {
    let columns = 0;
    while (line[i] === ' ' || line[i] === '\t') columns += line[i++] === '\t' ? 4 : 1;
    let marker = i;
    if (line[i] === '>') marker = i + 1;
    else if (line[i] === '-' || line[i] === '*' || line[i] === '+') marker = i + 1;
    else {
      let j = i;
      while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
      if (j > i && (line[j] === '.' || line[j] === ')')) marker = j + 1;
    }
    // A marker counts when a space, a tab or the end of the line follows it (`>` needs nothing).
    const follows = line[marker];
    if (marker === i || (line[i] !== '>' && follows !== undefined && follows !== ' ' && follows !== '\t')) {
      return depth === 0 ? 0 : depth + Math.floor(indent / 2);
    }
    if (depth === 0) indent = columns;
    depth++;
    i = marker;
  }
}

function inlineMarks(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // * _ ~ [ ]
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) n++;
  }
  return n;
}

/** The first limit `source` (LF line endings) goes past, or null when it stays within all of them. */
export function checkLimits(source: string): LimitBreach | null {
  let days = 0;
  let items = 0;
  let marks = 0;
  let paragraphStart = 1;
  let line = 0;
  let start = 0;
  while (start <= source.length) {
    line++;
    const nl = source.indexOf('\n', start);
    const end = nl < 0 ? source.length : nl;
    const length = end - start;
    if (length > MAX_LINE) {
      return { code: 'line-too-long', line, message: `line ${line} is ${length} characters long (at most ${MAX_LINE}); this does not look like a track file` };
    }
    const text = source.slice(start, end);
    if (text.trim() === '') {
      marks = 0;
      paragraphStart = line + 1;
    } else {
      marks += inlineMarks(text);
      if (marks > MAX_INLINE_MARKS) {
        return { code: 'over-limit', line: paragraphStart, message: `the paragraph from line ${paragraphStart} has over ${MAX_INLINE_MARKS} emphasis or bracket marks (* _ ~ [ ]); split it with blank lines` };
      }
    }
    if (DAY_LINE.test(text) && ++days > MAX_DAY_SECTIONS) {
      return { code: 'over-limit', line, message: `more than ${MAX_DAY_SECTIONS} "Day N" sections in one file; split the track into one file per week` };
    }
    const depth = nestingOf(text);
    if (depth > 0 && ++items > MAX_LIST_ITEMS) {
      return { code: 'over-limit', line, message: `more than ${MAX_LIST_ITEMS} list items and quoted lines in one file; split the track into one file per week` };
    }
    if (depth > MAX_NESTING) {
      return { code: 'over-limit', line, message: `lists or quotes nest ${depth} levels deep here (at most ${MAX_NESTING}); flatten them` };
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return null;
}
