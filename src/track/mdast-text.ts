// Plain text out of mdast nodes: titles and details are shown as text, never as markdown.
import type { Nodes } from 'mdast';
import { sanitizeLine } from '../text/sanitize.js';

function collect(node: Nodes, out: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      out.push(node.value);
      return;
    case 'break':
      out.push(' ');
      return;
    case 'image':
      out.push(node.alt ?? '');
      return;
    case 'html':
      return;
    default:
      if ('children' in node) for (const child of node.children) collect(child as Nodes, out);
  }
}

/** One line of clean text from any node. */
export function plainText(node: Nodes): string {
  const out: string[] = [];
  collect(node, out);
  return sanitizeLine(out.join(''));
}

export function lineOf(node: { position?: { start: { line: number; column: number } } }): number {
  return node.position?.start.line ?? 1;
}

export function columnOf(node: { position?: { start: { line: number; column: number } } }): number {
  return node.position?.start.column ?? 1;
}
