// Day headings (`### Day 3 – Caching`, `## 📅 Day 3 (Wed) – Caching`) and the sections of a track
// file they open: a day runs to the next heading at its level or above, so its plan sections are
// found at whatever level sits below it.
import type { Heading, RootContent } from 'mdast';
import { plainText } from './mdast-text.js';

// A symbol or emoji before a heading's words (`📅 Day 3`, `🕓 4-Hour Plan`): decoration only.
const LEADING_SYMBOLS = /^[^\p{L}\p{N}\s]+\s*/u;

/** A heading's text without the symbols or emoji that decorate its start. */
export function headingWords(text: string): string {
  return text.trim().replace(LEADING_SYMBOLS, '');
}

// "Day N", then a note in parentheses, then the title after a separator: any dash, a colon, a
// period, a middle dot or bullet, a bar, a closing parenthesis or an arrow (`Day 2 (Tue) – URL
// shortener`, `Day 2 · URL shortener`). Not `&`, `/`, `,` or `+`: those join another day's number.
const DAY_HEADING = /^day\s*(\d+)\s*(?:\(([^()]*)\)\s*)?(?:[\p{Pd}\u2212:.·•∙⋅‧|¦)>»→⇒~]\s*(.*))?$/iu;
// "Day" and a number in another form: `Day 2 & 3 – Review`, `Day 4/5`.
const DAY_LIKE = /^day\s*\d/iu;

/** A day heading read: its number and title (the note in parentheses when it has no other). */
export interface DayHeading {
  number: number;
  title: string;
}

/** The day a heading's text opens; 'unread' when it looks like a day heading but is not one. */
export function readDayHeading(text: string): DayHeading | 'unread' | null {
  const words = headingWords(text);
  const m = DAY_HEADING.exec(words);
  if (m) return { number: Number(m[1]), title: (m[3] ?? '').trim() || (m[2] ?? '').trim() };
  return DAY_LIKE.test(words) ? 'unread' : null;
}

export interface Section {
  heading: Heading;
  title: string;
  nodes: RootContent[];
}

/**
 * The file's sections: each heading of level 1–3 opens one, and so does a day heading at any
 * level; inside a day only a heading at the day's level or above, or another day's, ends it.
 * A heading that only looks like a day's (`Day 4 & 5`) opens one where any other would.
 * Nodes before the first section are `lead`.
 */
export function trackSections(nodes: readonly RootContent[]): { lead: RootContent[]; list: Section[] } {
  const lead: RootContent[] = [];
  const list: Section[] = [];
  // The level of the day heading (read or not) whose section is open; 0 when none is.
  let dayDepth = 0;
  for (const node of nodes) {
    if (node.type === 'heading') {
      const title = plainText(node);
      const day = readDayHeading(title);
      const inDay = dayDepth > 0 && node.depth > dayDepth;
      // Below a day's heading only a real day heading opens another: `#### Day 1 recap` is the day's.
      const opens = (day !== null && day !== 'unread') || (!inDay && node.depth <= 3);
      if (opens) {
        list.push({ heading: node, title, nodes: [] });
        // A day left out keeps its plan sections too, rather than have them read as sections of their own.
        dayDepth = day !== null ? node.depth : 0;
        continue;
      }
    }
    const open = list[list.length - 1];
    if (open) open.nodes.push(node);
    else lead.push(node);
  }
  return { lead, list };
}
