// Turning the list items of a "4-Hour Plan" or "6-Hour Plan" into blocks.
import type { ListItem, Nodes, RootContent } from 'mdast';
import type { Block, Minutes, Plan } from './model.js';
import { parseDuration } from './duration.js';
import { lineOf, plainText } from './mdast-text.js';
import { sanitize } from '../text/sanitize.js';
import { CODE_FENCE } from './details.js';
import { capitalise, cleanEnds, withoutDuration, withoutEdgeDuration } from './label-text.js';

/** A block before it has its id: parsed from one list item. */
export type DraftBlock = Omit<Block, 'id' | 'plan'>;

/** Nested content of a list item as indented lines; a code block between `CODE_FENCE` lines. */
export function detailLines(nodes: readonly RootContent[], depth = 0): string[] {
  const pad = '  '.repeat(depth);
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of node.children) {
        const [head, ...rest] = item.children;
        if (head && head.type !== 'list') {
          const text = head.type === 'code' ? '' : plainText(head as Nodes);
          if (text) out.push(pad + text);
          out.push(...detailLines(rest, depth + 1));
        } else {
          out.push(...detailLines(item.children, depth + 1));
        }
      }
    } else if (node.type === 'code') {
      // Fenced, so views can show code as code (`coach show`) and never take it for prose.
      out.push(`${pad}${CODE_FENCE}${sanitize(node.lang ?? '').replace(/\s+/g, '')}`);
      for (const line of sanitize(node.value).split('\n')) out.push(pad + line.replace(/\t/g, '  ').trimEnd());
      out.push(pad + CODE_FENCE);
    } else if (node.type !== 'thematicBreak' && node.type !== 'html') {
      const text = plainText(node as Nodes);
      if (text) out.push(pad + text);
    }
  }
  return out;
}

export interface Head {
  text: string;
  rest: RootContent[];
  /** The bold name at the start ("**Name**" or a short lead-in such as "Extra **Name**"). */
  strong: string | null;
  /** Text after that bold name. */
  after: string;
  /** The bold text alone, without a lead-in. */
  bold: string | null;
}

export function headOf(item: ListItem): Head {
  const [first, ...rest] = item.children;
  if (!first || first.type !== 'paragraph') return { text: '', rest: item.children, strong: null, after: '', bold: null };
  const [lead, second, ...others] = first.children;
  const textOf = (nodes: Nodes[]): string => plainText({ type: 'paragraph', children: nodes } as Nodes);
  let strong: string | null = null;
  let bold: string | null = null;
  let after = '';
  if (lead?.type === 'strong') {
    strong = bold = plainText(lead);
    after = textOf(second ? [second, ...others] : others);
  } else if (lead?.type === 'text' && second?.type === 'strong' && lead.value.trim().split(/\s+/).length <= 2) {
    bold = plainText(second);
    strong = plainText(lead) + ' ' + bold;
    after = textOf(others);
  }
  return { text: plainText(first), rest, strong, after, bold };
}

const isParen = (c: string | undefined): boolean => c === '(' || c === ')';
const hasDigit = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) return true;
  return false;
};

/**
 * Where a bold name's trailing duration starts: `Pseudo-code (60 min)` → at `(`, `Review 30 min`
 * → at `R`: the last stretch without parentheses that holds a digit, with the `(` before it and
 * a `)` closing the text. -1 when the name ends in no such stretch. One pass from the end: the
 * regex this replaces (`/\(?[^()]*\d[^()]*\)?\s*$/`) backtracked cubically on long digit runs.
 */
export function trailingDurationStart(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  // A closing `)` at the very end belongs to the stretch; any other paren ends it.
  const closed = text.charAt(end - 1) === ')';
  const stop = closed ? end - 1 : text.length;
  let start = stop;
  while (start > 0 && !isParen(text.charAt(start - 1))) start--;
  if (closed) {
    if (!hasDigit(text, start, stop)) return -1;
    return text.charAt(start - 1) === '(' ? start - 1 : start;
  }
  // No closing paren: the stretch runs to the end, whitespace included.
  if (!hasDigit(text, start, stop)) return -1;
  return text.charAt(start - 1) === '(' ? start - 1 : start;
}

/**
 * Where a title's trailing `(… 60 min …)` starts, with only spaces, dots and colons after it;
 * -1 when there is none. Linear, where `/\([^()]*\d[^()]*\)[\s.:]*$/` backtracked on digit runs.
 */
export function trailingParenthesisStart(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s.:]/.test(text.charAt(end - 1))) end--;
  if (text.charAt(end - 1) !== ')') return -1;
  let start = end - 1;
  while (start > 0 && !isParen(text.charAt(start - 1))) start--;
  return text.charAt(start - 1) === '(' && hasDigit(text, start, end - 1) ? start - 1 : -1;
}

const cut = (text: string, at: number): string => (at < 0 ? text : text.slice(0, at));

// Words that say how much or which one, not what kind of work: "Second mini mock" is a Mock.
const QUALIFIER = '(?:extra|more|mini|small|short|quick|second|third|another|additional|optional|bonus|final)';
const QUALIFIERS = new RegExp(`^(?:${QUALIFIER}(?:\\s+|-(?=\\w)|$))+`, 'i');
// One or two of them closing a text, as in `plus an extra ` before a bold name.
const TRAILING_QUALIFIERS = new RegExp(`(?:^|\\s)((?:${QUALIFIER}\\s+){1,2})$`, 'i');

/** The qualifier words that close `text` and so belong to the name after it ("extra "); '' if none. */
export function trailingQualifiers(text: string): string {
  return TRAILING_QUALIFIERS.exec(text)?.[1] ?? '';
}

/**
 * The category of a block whose label names its work: "DSA" wherever the label says DSA, else
 * the label without its leading qualifiers ("Second mini mock" → "Mock", "Extra reading" →
 * "Reading"), capitalised; a label of qualifiers only is "Extra".
 */
export function categoryFromLabel(label: string): string {
  if (/\bDSA\b/i.test(label)) return 'DSA';
  const word = label.replace(QUALIFIERS, '').trim();
  return word ? capitalise(word) : 'Extra';
}

/**
 * A title from a block's details when its head has none: the first line, and where that line
 * is a lead-in ("Learn:", "Read about:") its own items too, so the title says what the block
 * is: "Learn: INNER JOIN, LEFT JOIN; basic normalization".
 */
export function titleFromDetails(details: readonly string[]): string {
  const first = details.findIndex((d) => !d.startsWith(' ') && !d.startsWith(CODE_FENCE));
  const lead = details[first];
  if (lead === undefined) return '';
  const children: string[] = [];
  let code = false;
  for (let i = first + 1; i < details.length; i++) {
    const line = details[i] ?? '';
    if (!line.startsWith('  ')) break;
    // Code says nothing a title should: its lines are skipped, fences included.
    if (line.trimStart().startsWith(CODE_FENCE)) code = !code;
    else if (!code && !line.startsWith('   ')) children.push(cleanEnds(line));
  }
  const items = children.filter(Boolean);
  return /:\s*$/.test(lead) && items.length > 0 ? `${cleanEnds(lead)}: ${items.join('; ')}` : cleanEnds(lead);
}

/**
 * `Block 1 – HLD`, `Block 1: HLD`, `Block 1 (HLD)`: a block's number, then after a dash or colon
 * or in parentheses its category, as `Block 1 (HLD – 60 min)` gives it. Null for a name of another form.
 */
function numberedBlock(name: string): { label: string; category: string } | null {
  const m = /^(block\s+\d+)\s*(?:[–—:-]\s*(\S.*)|\(([^()]*)\))$/i.exec(name);
  const category = cleanEnds(m?.[2] ?? m?.[3] ?? '');
  return m?.[1] && category ? { label: m[1], category } : null;
}

/** Parses one list item into a block; `minutes` is null when the item states no duration. */
export function parseBlockItem(item: ListItem): DraftBlock {
  const { text, rest, strong, after, bold } = headOf(item);
  const details = detailLines(rest);
  const dur = parseDuration(text);
  const minutes: Minutes | null = dur ? dur.minutes : null;

  let label = '';
  let category = '';
  let title = '';
  // "Block 2 (LLD – 60 min) rest", "Pseudo-code (60 min): rest", "Name (Cat – 45 min)".
  // The parentheses that hold the duration, not the first ones: `Reading (pages 10–20) (45 min)`.
  const open = dur ? text.lastIndexOf('(', dur.index) : -1;
  const close = dur && open >= 0 ? text.indexOf(')', dur.index) : -1;
  const bare = !dur && strong ? /^(.+?)\s*\(([^()]+)\)$/.exec(strong) : null;
  // `**Name**: text (45 min)`: the bold name is the label and the duration closes the title.
  const namedFirst = strong !== null && /^\s*:/.test(after) && open > strong.length;
  if (dur && !namedFirst && open >= 0 && close > open && text.lastIndexOf(')', dur.index) < open) {
    const name = cleanEnds(text.slice(0, open));
    const inside = text.slice(open + 1, dur.index) + text.slice(dur.index + dur.length, close);
    const inner = cleanEnds(inside);
    const colon = /^([^:]{1,40}):\s+(\S.*)$/.exec(name);
    if (!inner && bold && !parseDuration(bold) && name.length > bold.length) {
      // `Add a **mini error-handling layer** for a tiny API (60 min).`: the bold words name it,
      // the sentence says what to do.
      label = capitalise(cleanEnds(bold));
      category = categoryFromLabel(label);
      title = name;
    } else if (!inner && !bold && colon) {
      // `Stretch goal: put a cache in front of it (60 min).`
      label = cleanEnds(colon[1] ?? '');
      category = categoryFromLabel(label);
      title = cleanEnds(colon[2] ?? '');
    } else {
      const numbered = inner ? null : numberedBlock(name);
      // A name that states its time again (`2 extra hours of DSA practice (120 min)`) is named without it.
      const own = numbered ? null : parseDuration(name);
      label = numbered?.label ?? (own ? withoutDuration(name, own).label || name : name);
      category = inner || numbered?.category || (/^block\s+\d+/i.test(name) ? 'Block' : categoryFromLabel(label));
      const rest = cleanEnds(text.slice(close + 1));
      // `**Small modeling exercise (60 min)** for one project`: the sentence goes on after the
      // duration, so the name is part of the title; after a colon or dash the rest is the title.
      title = !inner && rest && /^\s*[a-z]/.test(text.slice(close + 1)) ? `${name} ${rest}` : rest;
    }
  } else if (bare) {
    // `**Block 7 (Reading)**` with no duration: still a label and a category.
    label = cleanEnds(bare[1] ?? '');
    category = cleanEnds(bare[2] ?? '') || categoryFromLabel(label);
    title = cleanEnds(after);
  } else if (strong) {
    // A name that is all one stretch with a digit (`Review 30 min`) loses just its duration.
    const own = parseDuration(strong);
    const named = cleanEnds(dur ? cut(strong, trailingDurationStart(strong)) : strong) || (own ? withoutDuration(strong, own).label : '');
    const numbered = numberedBlock(named);
    label = numbered?.label ?? (named || strong);
    category = numbered?.category ?? categoryFromLabel(label);
    title = withoutEdgeDuration(cleanEnds(cut(after, trailingParenthesisStart(after))));
  } else {
    const cutOut = dur ? withoutDuration(text, dur) : { label: cleanEnds(text), partial: false };
    label = cutOut.label;
    category = categoryFromLabel(label);
    // The label leaves out words of the sentence (`Add … of`): the sentence says what to do.
    if (cutOut.partial) title = cleanEnds(text);
  }
  if (!label) label = category || 'Block';
  if (!title) title = titleFromDetails(details) || label;
  return { label, category, title, minutes, details, line: lineOf(item) };
}

export interface PlanItems {
  blocks: DraftBlock[];
  /** Text in the section that is not a block (e.g. "Add a small layer (60 min)."). */
  notes: string[];
}

/**
 * Items of a plan section. A section may hold several lists (a code fence at column 0 ends a
 * list); nodes between them belong to the block before.
 */
export function walkPlan(nodes: readonly RootContent[], onItem: (item: ListItem) => void, onOther: (node: RootContent) => void): void {
  for (const node of nodes) {
    if (node.type === 'list') node.children.forEach(onItem);
    else if (node.type !== 'thematicBreak' && node.type !== 'html') onOther(node);
  }
}

/**
 * An item that goes on with the block before it rather than starting one: a code fence at
 * column 0 ends a markdown list, so the indented items after it open a new list of their own.
 * Such an item is indented and has neither a bold name nor a duration.
 */
export function continuesBlock(item: ListItem): boolean {
  const { text, strong } = headOf(item);
  return (item.position?.start.column ?? 1) > 1 && strong === null && parseDuration(text) === null;
}

/** Blocks of a 4-hour plan: each top-level list item, but for items that continue the block before. */
export function parsePlanSection(nodes: readonly RootContent[]): PlanItems {
  const blocks: DraftBlock[] = [];
  const notes: string[] = [];
  walkPlan(nodes, (item) => {
    const last = blocks[blocks.length - 1];
    if (last && continuesBlock(item)) last.details.push(...detailLines([{ type: 'list', children: [item] }], 1));
    else blocks.push(parseBlockItem(item));
  }, (node) => {
    const last = blocks[blocks.length - 1];
    if (last) last.details.push(...detailLines([node], 1));
    else notes.push(...detailLines([node]));
  });
  return { blocks, notes };
}

export function withIds(drafts: readonly DraftBlock[], prefix: string, plan: Plan): Block[] {
  return drafts.map((d, i) => ({ id: `${prefix}.${plan}.${i + 1}`, plan, ...d }));
}
