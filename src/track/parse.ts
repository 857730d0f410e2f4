// Parser: one markdown track file → one Week plus diagnostics. Pure: text in, data out.
import { someOf } from '../text/some.js';
import type { Heading, List, Nodes, Root, RootContent, Table } from 'mdast';
import type { Day, Diagnostic, DiagnosticCode, Goal, Reference, Severity, Week } from './model.js';
import { readFrontMatter } from './front-matter.js';
import { identify } from './locate.js';
import { columnOf, lineOf, plainText } from './mdast-text.js';
import { parsePlanSection, withIds, type DraftBlock } from './blocks.js';
import { parseAdditionsSection } from './additions.js';
import { parseDailyTarget } from './targets.js';
import { markdownReader } from './markdown.js';
import { checkLimits, MAX_DAY } from './limits.js';
import { holdsUnreadDuration } from './duration.js';
import { headingWords, readDayHeading, trackSections, type Section } from './day-heading.js';

export interface ParsedFile {
  file: string;
  /** Null when the file is not a track file (no days and no weekly sections). */
  track: { id: string; title: string } | null;
  week: Week | null;
  diagnostics: Diagnostic[];
  /**
   * Set when the front matter cannot be read: the days are parsed for `coach validate`, but the
   * track and week are only guesses (the front matter may name others), so no track holds the file.
   */
  unplaced?: true;
}

// Read from the heading's words (`headingWords`), so `🕓 4-Hour Plan` is the 4-hour plan.
const PLAN_4H = /^(4|four)[\p{Pd}\s]?h(ou)?r?s?\b.*plan/iu;
const PLAN_6H = /^(6|six)[\p{Pd}\s]?h(ou)?r?s?\b.*plan/iu;
const REFERENCES = /^use (together )?with:?$/i;

/** Splits a run of nodes at headings of depth ≤ `depth`. Nodes before the first heading are `lead`. */
function sections(nodes: readonly RootContent[], depth: number): { lead: RootContent[]; list: Section[] } {
  const lead: RootContent[] = [];
  const list: Section[] = [];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= depth) list.push({ heading: node, title: plainText(node), nodes: [] });
    else if (list.length > 0) list[list.length - 1]?.nodes.push(node);
    else lead.push(node);
  }
  return { lead, list };
}

function goalsFrom(list: List): Goal[] {
  return list.children.map((item) => {
    const [head, ...rest] = item.children;
    const text = head && head.type !== 'list' ? plainText(head as Nodes) : '';
    const children = rest.flatMap((n) => (n.type === 'list' ? goalsFrom(n) : []));
    return { text, children };
  });
}

function referencesFrom(list: List): Reference[] {
  const refs: Reference[] = [];
  for (const item of list.children) {
    const visit = (n: Nodes): void => {
      if (n.type === 'link') refs.push({ title: plainText(n), href: plainText({ type: 'text', value: n.url }) });
      else if ('children' in n) for (const c of n.children) visit(c as Nodes);
    };
    visit(item);
  }
  return refs;
}

/** The overview table's rows: day number → focus, and the line each row is on. */
function overviewFrom(table: Table): { focus: Record<number, string>; lines: Map<number, number> } {
  const [header, ...rows] = table.children;
  const names = header ? header.children.map((c) => plainText(c).toLowerCase()) : [];
  const dayCol = Math.max(0, names.findIndex((n) => n.startsWith('day')));
  const focusIdx = names.findIndex((n) => n.startsWith('focus') || n.startsWith('topic'));
  const focusCol = focusIdx >= 0 ? focusIdx : dayCol === 0 ? 1 : 0;
  const focus: Record<number, string> = {};
  const lines = new Map<number, number>();
  for (const row of rows) {
    const dayText = row.children[dayCol] ? plainText(row.children[dayCol]) : '';
    const m = /(\d+)/.exec(dayText);
    const cell = row.children[focusCol];
    if (m) {
      focus[Number(m[1])] = cell ? plainText(cell) : '';
      lines.set(Number(m[1]), lineOf(row));
    }
  }
  return { focus, lines };
}

/** A block label as two plan sections are compared by it: case and runs of spaces aside. */
const sameLabel = (label: string): string => label.toLowerCase().replace(/\s+/g, ' ').trim();

export function parseTrackFile(text: string, file: string): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  const report = (node: Nodes | null, severity: Severity, code: DiagnosticCode, message: string, line?: number): void => {
    diagnostics.push({
      file, severity, code, message,
      line: line ?? (node ? lineOf(node) : 1),
      column: node ? columnOf(node) : 1,
    });
  };

  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim() === '') {
    report(null, 'error', 'empty', 'file is empty; a track file needs front matter and Day sections');
    return { file, track: null, week: null, diagnostics };
  }

  // remark slows down faster than the file grows on some shapes (very long lines, thousands of
  // lists, deep nesting, long runs of emphasis marks); no hand-written track comes near them,
  // so such a file is refused rather than parsed for minutes.
  const breach = checkLimits(source);
  if (breach) {
    report(null, 'error', breach.code, breach.message, breach.line);
    return { file, track: null, week: null, diagnostics };
  }

  const fm = readFrontMatter(source, file);
  diagnostics.push(...fm.diagnostics);
  const root: Root = markdownReader()(fm.body);
  const top = trackSections(root.children);

  const week: Week = {
    number: 0, title: fm.data.title ?? '', goals: [], references: [], overview: {}, days: [], file,
    dailyDsa: null,
    ...(fm.data.targets ? { targets: fm.data.targets } : {}),
  };
  const drafts: { day: Omit<Day, 'blocks4h' | 'additions6h'>; b4: DraftBlock[] | null; a6: DraftBlock[] }[] = [];
  // Day numbers taken: a set, so a file of many days is checked in linear time.
  const seen = new Set<number>();
  let sawTrackSection = false;
  let sawOverview = false;
  let overviewLines = new Map<number, number>();

  const scanReferences = (nodes: readonly RootContent[]): void => {
    nodes.forEach((node, i) => {
      const next = nodes[i + 1];
      if (node.type === 'paragraph' && REFERENCES.test(plainText(node)) && next?.type === 'list') {
        week.references.push(...referencesFrom(next));
      }
    });
  };
  const h1 = top.lead.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (!week.title && h1) week.title = plainText(h1);
  scanReferences(top.lead);

  const addDay = (section: Section, number: number, rawTitle: string): void => {
    const { heading } = section;
    const sub = sections(section.nodes, 6);
    let b4: DraftBlock[] | null = null;
    const a6: DraftBlock[] = [];
    const notes: string[] = [];
    let heading6h: Nodes | null = null;
    for (const part of sub.list) {
      const words = headingWords(part.title);
      if (PLAN_4H.test(words)) {
        const items = parsePlanSection(part.nodes);
        b4 = items.blocks;
        notes.push(...items.notes);
        if (b4.length === 0) report(part.heading, 'error', 'empty-4h', `Day ${number}: "${part.title}" has no list of blocks`);
      } else if (PLAN_6H.test(words)) {
        heading6h ??= part.heading;
        const items = parseAdditionsSection(part.nodes);
        a6.push(...items.blocks);
        notes.push(...items.notes);
      } else {
        report(part.heading, 'info', 'unknown-section', `Day ${number}: section "${part.title}" is not a plan; ignored`);
      }
    }
    if (b4 === null) report(heading, 'error', 'missing-4h', `Day ${number} has no "4-Hour Plan" section`);
    else {
      // A 6-Hour Plan is what the longer day adds: one that lists the 4-hour blocks again counts them twice.
      const labels = new Set(b4.map((b) => sameLabel(b.label)));
      const again = a6.filter((b) => labels.has(sameLabel(b.label))).map((b) => b.label);
      if (again.length > 0) {
        report(heading6h, 'warning', 'restated-4h',
          `Day ${number}: the 6-Hour Plan lists ${someOf(again)} of the 4-Hour Plan again; ` +
            'coach reads it as what the 6-hour day adds, so they count twice: list only the additions');
      }
    }
    if (seen.has(number)) {
      report(heading, 'error', 'duplicate-day', `Day ${number} appears more than once; the first one is used`);
      return;
    }
    const title = rawTitle || `Day ${number}`;
    seen.add(number);
    drafts.push({ day: { number, title, focus: '', notes, line: lineOf(heading) }, b4, a6 });
  };

  for (const section of top.list) {
    const { heading, title } = section;
    const day = readDayHeading(title);
    if (day === 'unread') {
      report(heading, 'warning', 'unread-day', `"${title}" looks like a day heading but is not one; this day is left out: write its heading as "Day N – Title"`);
    } else if (day) {
      sawTrackSection = true;
      if (day.number < 1 || day.number > MAX_DAY) {
        report(heading, 'error', 'bad-day', `"${title}": day numbers run from 1 to ${MAX_DAY}; this section is ignored`);
        continue;
      }
      addDay(section, day.number, day.title);
    } else if (heading.depth === 1) {
      if (!week.title) week.title = title;
      scanReferences(section.nodes);
    } else if (/^weekly goals?$/i.test(title) || /^goals?$/i.test(title)) {
      sawTrackSection = true;
      for (const n of section.nodes) if (n.type === 'list') { week.goals.push(...goalsFrom(n)); break; }
      scanReferences(section.nodes);
      week.dailyDsa = parseDailyTarget(week.goals);
    } else if (/^(weekly )?overview( table)?$/i.test(title) || /overview table/i.test(title)) {
      sawTrackSection = true;
      const table = section.nodes.find((n): n is Table => n.type === 'table');
      if (table) {
        sawOverview = true;
        const rows = overviewFrom(table);
        week.overview = rows.focus;
        overviewLines = rows.lines;
      } else report(heading, 'warning', 'overview-no-table', `"${title}" has no table of Day | Focus rows`);
    } else {
      report(heading, 'info', 'unknown-section', `section "${title}" is not part of the track format; ignored`);
      scanReferences(section.nodes);
    }
  }

  if (!sawTrackSection) {
    // One line for a file that is no track at all, rather than one per section of it.
    const kept = diagnostics.filter((d) => d.code !== 'unknown-section' && d.code !== 'unread-day');
    if (fm.diagnostics.length === 0) {
      kept.push({ file, line: 1, column: 1, severity: 'info', code: 'not-a-track', message: 'no "Day N" or weekly sections: not a track file, skipped' });
    }
    return { file, track: null, week: null, diagnostics: kept };
  }

  const id = identify(file, fm.data);
  week.number = id.week;
  if (!week.title) week.title = `Week ${id.week}`;
  for (const { day, b4, a6 } of drafts) {
    const prefix = `${id.track}.w${id.week}.d${day.number}`;
    const blocks4h = withIds(b4 ?? [], prefix, '4h');
    const additions6h = withIds(a6, prefix, '6h');
    for (const b of [...blocks4h, ...additions6h]) {
      if (holdsUnreadDuration(b.category)) {
        diagnostics.push({
          file, line: b.line, column: 1, severity: 'warning', code: 'unread-duration',
          message: `Day ${day.number}: "${b.label}" has the category "${b.category}", which looks like part of a duration that could not be read${b.minutes ? '' : ' (its minutes are unknown)'}; write it as "60 min", "60–75 min" or "1h 30m"`,
        });
      } else if (!b.minutes) {
        diagnostics.push({
          file, line: b.line, column: 1, severity: 'warning', code: 'no-duration',
          message: `Day ${day.number}: "${b.label}" has no duration (e.g. "(60 min)"); its minutes are unknown`,
        });
      }
    }
    week.days.push({ ...day, focus: week.overview[day.number] ?? '', blocks4h, additions6h });
  }
  week.days.sort((a, b) => a.number - b.number);

  if (week.days.length === 0) report(null, 'error', 'no-days', 'no "### Day N – Title" sections found');
  if (sawOverview) {
    for (const n of Object.keys(week.overview).map(Number)) {
      if (!seen.has(n)) {
        report(null, 'warning', 'overview-day-missing', `Day ${n} is in the overview table but has no "Day ${n}" section`, overviewLines.get(n));
      }
    }
    for (const d of week.days) {
      if (!(d.number in week.overview)) {
        report(null, 'warning', 'day-not-in-overview', `Day ${d.number} has a section but no row in the overview table`, d.line);
      }
    }
  } else if (week.days.length > 0) {
    report(null, 'warning', 'no-overview', 'no "Weekly Overview Table": days have no focus');
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, track: { id: id.track, title: week.title }, week, diagnostics, ...(fm.broken ? { unplaced: true as const } : {}) };
}
