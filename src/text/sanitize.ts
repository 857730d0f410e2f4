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

/** Sanitises and folds all whitespace (newlines included) to single spaces: for one-line fields. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}
