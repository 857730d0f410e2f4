// The text of `coach log KIND | list | rm`, and the hint `coach done` prints for a practice block
// off a terminal: pure functions of the data, colours through the `Style` passed in.
import type { Practice } from '../log/types.js';
import { KIND_NAMES } from '../practice/kinds.js';
import { sanitizeLine } from '../text/sanitize.js';
import { shellQuote } from '../text/shell-quote.js';
import type { Style } from './color.js';
import { cut, padEnd, plural } from './format.js';
import { fitPhrases, fitText } from './wrap.js';

/** `mock (design) "URL shortener"`, `design "Rate limiter"`, `theory session`. */
export function describePractice(p: Pick<Practice, 'kind' | 'mockType' | 'title'>): string {
  const kind = p.mockType ? `${p.kind} (${p.mockType})` : KIND_NAMES[p.kind];
  return `${kind}${p.title ? ` "${sanitizeLine(p.title)}"` : ''}`;
}

/** `60 min, score 3/5, rated hard`, or '' when none of them is known. */
function details(p: Practice): string {
  return [
    p.minutes !== null ? `${p.minutes} min` : null,
    p.score !== null ? `score ${p.score}/5` : null,
    p.rating !== null ? `rated ${p.rating}` : null,
  ].filter(Boolean).join(', ');
}

export interface LoggedView {
  row: Practice;
  /** Rows of that kind in the log now, this one included. */
  count: number;
}

/** After `log KIND`. */
export function renderPracticeLogged(s: Style, v: LoggedView): string {
  const { row } = v;
  const more = details(row);
  return `${s.green('✔')} logged ${describePractice(row)} on ${row.date}${more ? ` (${more})` : ''}\n` +
    s.dim(`${plural(v.count, KIND_NAMES[row.kind])} logged so far; coach progress shows them against the target. Undo with coach undo.`) + '\n';
}

/** When `--block` names a block that already has its practice logged. */
export function renderAlreadyLogged(s: Style, p: Practice): string {
  return `${s.yellow('!')} that block is already logged as ${describePractice(p)} on ${p.date} (id ${p.id}); nothing was logged.\n`;
}

/** `log list`: one line per row, oldest first, and the count. */
export function renderPracticeList(s: Style, rows: readonly Practice[], columns = 80): string {
  if (rows.length === 0) {
    return `${fitPhrases(['No practice logged.', 'Log some with', 'coach log mock "URL shortener" --type design', '(see coach log --help).'], columns).join('\n')}\n`;
  }
  const lines = rows.flatMap((p) => {
    const what = cut(describePractice(p), Math.max(20, columns - 30));
    const more = details(p);
    return [`${s.dim(p.date)}  ${padEnd(what, Math.min(44, columns - 30))}  ${s.dim(p.id)}`, ...(more ? [s.dim(`            ${more}`)] : [])];
  });
  lines.push(s.dim(`${plural(rows.length, 'entry', 'entries')}. Remove one with coach log rm ID.`));
  return fitText(lines.join('\n'), columns) + '\n';
}

/** After `log rm ID`. */
export function renderRemovedPractice(s: Style, p: Practice): string {
  return `${s.green('✔')} removed ${describePractice(p)} of ${p.date}. Undo with coach undo.\n`;
}

/** What `coach log` is given for a block done off a terminal: the command, quoted for a shell. */
export interface BlockLogCommand {
  kind: Practice['kind'];
  title: string;
  mockType: Practice['mockType'];
  minutes: number | null;
  blockId: string;
}

/** The one-line `coach log …` for a practice block, with every value shell-quoted. */
export function blockLogCommand(c: BlockLogCommand): string {
  const parts = ['coach log', c.kind, shellQuote(sanitizeLine(c.title))];
  if (c.mockType) parts.push('--type', c.mockType);
  if (c.minutes !== null) parts.push('--minutes', String(c.minutes));
  parts.push('--block', shellQuote(c.blockId));
  return parts.join(' ');
}

/** After `coach done` off a terminal, per practice block marked: how to log it. */
export function renderBlockHint(s: Style, c: BlockLogCommand): string {
  return s.dim(`Log it as ${c.mockType ? `a mock (${c.mockType})` : `a ${KIND_NAMES[c.kind]}`}: `) + `${blockLogCommand(c)}\n`;
}
