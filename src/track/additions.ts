// The 6-hour plan: which of its list items add work to the 4-hour blocks, and what each addition is.
import type { ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Strong } from 'mdast';
import { continuesBlock, detailLines, headOf, parseBlockItem, trailingQualifiers, walkPlan, type DraftBlock, type PlanItems } from './blocks.js';
import { findDurations, parseDuration } from './duration.js';
import { capitalise } from './label-text.js';
import { plainText } from './mdast-text.js';

/** "the 4-hour plan", "4h plan": a 6-hour item that names it refers back to it rather than adding work. */
const FOUR_HOUR_PLAN = /\b(?:4|four)[- ]?(?:hours?|hrs?|h)\s+plan\b/i;

/**
 * True for `Add:` and `Do everything in the 4-hour plan, plus:` items that hold additions. One
 * whose bold span names an addition (`Add: **Extra DSA (45 min)**`) holds its details instead,
 * unless its own items state durations (`Add **two blocks (2 h)**:` over two timed items).
 */
function isContainer(item: ListItem, text: string): boolean {
  const lists = item.children.filter((c) => c.type === 'list');
  if (lists.length === 0) return false;
  if (fromBoldSpan(item) !== null && !lists.some((l) => l.children.some((c) => parseDuration(headOf(c).text) !== null))) return false;
  if (/^(add|also|plus|in addition)\b/i.test(text) || FOUR_HOUR_PLAN.test(text)) return true;
  return parseDuration(text) === null && /:\s*$/.test(text);
}

/**
 * A top-level 6-hour item is an addition when it states how long it takes: `**Name (60 min)**`,
 * `Add a **layer** for the API (60 min).`, `Stretch goal: a cache (60 min).`. An item that only
 * points back at the 4-hour plan ("the 4-hour plan (4 h)") is not one.
 */
function isBlockShaped(item: ListItem): boolean {
  const { text } = headOf(item);
  return parseDuration(text) !== null && !FOUR_HOUR_PLAN.test(text);
}

/**
 * The item as its bold span with a duration and what follows it, when it has one: in
 * `Everything from the 4-hour plan + **Extra DSA (45 min)**: 2 more problems.` the bold span is
 * the addition and the words before it only lead in,
 * but for qualifiers such as `extra` just before it. Null when no bold span states a duration
 * (or the one that does names the 4-hour plan).
 */
function fromBoldSpan(item: ListItem): ListItem | null {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return null;
  const at = first.children.findIndex((n) => n.type === 'strong' && isTimedSpan(n));
  if (at < 0) return null;
  // Qualifiers just before the span name it too: `Extra **DSA block (45–60 min)**`.
  const before = first.children[at - 1];
  const qualifiers = before?.type === 'text' ? trailingQualifiers(before.value) : '';
  const lead: PhrasingContent[] = qualifiers ? [{ type: 'text', value: qualifiers }] : [];
  const head: Paragraph = { ...first, children: [...lead, ...first.children.slice(at)] };
  return { ...item, children: [head, ...rest] };
}

function isTimedSpan(span: Strong): boolean {
  const text = plainText(span as Nodes);
  return parseDuration(text) !== null && !FOUR_HOUR_PLAN.test(text);
}

/**
 * What an item that points back at the 4-hour plan adds after `+` or `plus`, when that opens with
 * the time it takes: `Same as the 4-hour plan + 2 extra hours of DSA practice (120 min).` Null
 * otherwise (`…, plus some rest.`).
 */
function addedToPointer(item: ListItem, text: string): ListItem | null {
  const pointer = FOUR_HOUR_PLAN.exec(text);
  if (!pointer) return null;
  const rest = /^[\s,;.]*(?:\+|plus\b)\s*(\S.*)$/is.exec(text.slice(pointer.index + pointer[0].length))?.[1] ?? '';
  if (findDurations(rest)[0]?.index !== 0) return null;
  const head: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: rest }] };
  return { ...item, children: [head, ...item.children.slice(1)] };
}

/** One 6-hour item as an addition: named by its bold span with a duration where it has one. */
function additionOf(item: ListItem): DraftBlock {
  const span = fromBoldSpan(item);
  if (!span) return parseBlockItem(item);
  const block = parseBlockItem(span);
  const label = capitalise(block.label);
  // A title that only repeats the label (no words of its own) repeats it as the label reads.
  return { ...block, label, title: block.title === block.label ? label : block.title };
}

/**
 * Additions of a 6-hour plan: items whose bold span carries a duration, whatever prose is around
 * it; children of container items; other top-level items that state a duration; the time added
 * after a pointer back at the 4-hour plan.
 */
export function parseAdditionsSection(nodes: readonly RootContent[]): PlanItems {
  const blocks: DraftBlock[] = [];
  const notes: string[] = [];
  walkPlan(nodes, (item) => {
    const { text } = headOf(item);
    const last = blocks[blocks.length - 1];
    if (last && continuesBlock(item)) {
      last.details.push(...detailLines([{ type: 'list', children: [item] }], 1));
    } else if (isContainer(item, text)) {
      for (const child of item.children) {
        if (child.type === 'list') blocks.push(...child.children.map(additionOf));
      }
    } else if (fromBoldSpan(item) !== null || isBlockShaped(item)) {
      blocks.push(additionOf(item));
    } else {
      const added = addedToPointer(item, text);
      if (added) blocks.push(parseBlockItem(added));
      else notes.push(...detailLines([{ type: 'list', children: [item] }]));
    }
  }, (node) => {
    const last = blocks[blocks.length - 1];
    if (last) last.details.push(...detailLines([node], 1));
    else notes.push(...detailLines([node]));
  });
  return { blocks, notes };
}
