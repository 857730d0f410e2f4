// Text from track files is untrusted: strip terminal escape sequences and control characters
// before it can reach a terminal. Newline and tab survive; everything else invisible goes.

// ESC-introduced sequences: OSC/DCS/SOS/PM/APC strings (to BEL or ST), CSI, and two-byte escapes.
const ESC_STRING = /\x1b[\]PX^_][\s\S]*?(?:\x07|\x1b\\|\x9c|$)/g;
const ESC_CSI = /\x1b\[[0-?]*[ -/]*[@-~]?/g;
const ESC_OTHER = /\x1b[ -/]*[0-~]?/g;
// 8-bit C1 forms of the same: OSC/DCS/... strings and CSI.
const C1_STRING = /[\x90\x98\x9d\x9e\x9f][\s\S]*?(?:\x07|\x9c|\x1b\\|$)/g;
const C1_CSI = /\x9b[0-?]*[ -/]*[@-~]?/g;
// Any remaining C0 (but \t and \n), DEL, C1, and bidi controls (embeddings, overrides, isolates, marks).
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Removes escape sequences and control characters, keeping newline and tab. */
export function sanitize(text: string): string {
  return text
    .replace(ESC_STRING, '')
    .replace(ESC_CSI, '')
    .replace(ESC_OTHER, '')
    .replace(C1_STRING, '')
    .replace(C1_CSI, '')
    .replace(CONTROL, '');
}

// Every control character, tab and newline included, and the bidi controls.
const ANY_CONTROL = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** Whether `text` is one line with nothing invisible in it: for names and paths kept as settings. */
export function isPlainLine(text: string): boolean {
  return !ANY_CONTROL.test(text);
}

/** Sanitises and folds all whitespace (newlines included) to single spaces: for one-line fields. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}

// What JSON.stringify leaves raw but a terminal or an editor acts on: DEL, C1 controls, bidi
// controls, and the line and paragraph separators.
const INVISIBLE = /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text with those characters written as `\u009b` and so on. JSON.stringify only puts them
 * inside strings, where the escape reads back as the same character.
 */
export function escapeInvisible(json: string): string {
  return json.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
