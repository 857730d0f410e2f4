// The export as one CSV file for spreadsheets, and back: every row has a `type`, the columns are
// the union of all row kinds. Reading back builds the same object as the JSON export, so import
// validates both formats with the same checks.
import { UsageError } from '../errors.js';
import { EXPORT_FORMAT, type ExportData } from './export.js';

export const CSV_COLUMNS = [
  'type', 'id', 'date', 'created_at', 'key', 'value', 'block_id', 'track', 'week', 'day', 'plan', 'label',
  'category', 'title', 'planned_min', 'planned_max', 'minutes', 'difficulty', 'topics', 'url', 'note', 'text',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Cells = Partial<Record<Column, string | number | null>>;

const PREFIX = 'invalid CSV export: ';

function quote(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Topics joined by `;`, with `;` and `\` inside a topic escaped by a backslash. */
export function joinTopics(topics: readonly string[]): string {
  return topics.map((t) => t.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join(';');
}

export function splitTopics(text: string): string[] {
  if (text === '') return [];
  const topics: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) current += text[++i];
    else if (ch === ';') {
      topics.push(current);
      current = '';
    } else current += ch;
  }
  return [...topics, current];
}

export function toCsv(data: ExportData): string {
  const rows: Cells[] = [
    // The first row names the format and its version, as the JSON's `format` and `version` do.
    { type: 'export', key: data.format, value: data.version, created_at: data.exportedAt },
    ...Object.entries(data.settings).map(([key, value]): Cells => ({ type: 'setting', key, value })),
    ...data.completions.map((c): Cells => ({
      type: 'completion', id: c.id, date: c.date, created_at: c.createdAt, block_id: c.blockId, track: c.track,
      week: c.week, day: c.day, plan: c.plan, label: c.label, category: c.category, title: c.title,
      planned_min: c.planned?.min, planned_max: c.planned?.max, minutes: c.minutes, note: c.note,
    })),
    ...data.problems.map((p): Cells => ({
      type: 'problem', id: p.id, date: p.date, created_at: p.createdAt, title: p.title, difficulty: p.difficulty,
      topics: joinTopics(p.topics), url: p.url, minutes: p.minutes, note: p.note,
    })),
    ...data.skips.map((s): Cells => ({ type: 'skip', id: s.id, date: s.date, created_at: s.createdAt })),
    ...data.lessons.map((l): Cells => ({ type: 'lesson', id: l.id, date: l.date, created_at: l.createdAt, track: l.track, week: l.week, text: l.text })),
  ];
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => quote(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records.push([...record, field]);
      record = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new UsageError(`${PREFIX}a quoted field is never closed`);
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** Whether `text` starts with the header `coach export --format csv` writes. */
export function isCsvExport(text: string): boolean {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] === CSV_COLUMNS.join(',');
}

// Whole numbers become numbers; anything else stays text for the export checks to name.
const num = (v: string): number | string | null => (v === '' ? null : /^\d+$/.test(v) ? Number(v) : v);
const orNull = (v: string): string | null => (v === '' ? null : v);

/**
 * The export object a CSV file stands for, unchecked: pass it to `parseExport`. An empty cell in
 * a column that may be null reads back as null.
 */
export function fromCsv(text: string): unknown {
  const [header, ...records] = parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ''));
  if (!header || header.join(',') !== CSV_COLUMNS.join(',')) {
    throw new UsageError(`${PREFIX}the first line must be the header ${CSV_COLUMNS.join(',')}`);
  }
  const data = { settings: {} as Record<string, string>, completions: [] as unknown[], problems: [] as unknown[], skips: [] as unknown[], lessons: [] as unknown[] };
  let meta: Record<string, unknown> | null = null;
  for (const [n, cells] of records.entries()) {
    const line = n + 2;
    if (cells.length !== CSV_COLUMNS.length) throw new UsageError(`${PREFIX}line ${line} has ${cells.length} fields, expected ${CSV_COLUMNS.length}`);
    const get = (c: Column): string => cells[CSV_COLUMNS.indexOf(c)] ?? '';
    const base = { id: get('id'), date: get('date'), createdAt: get('created_at') };
    switch (get('type')) {
      case 'export':
        meta = { format: get('key'), version: num(get('value')), exportedAt: get('created_at') };
        break;
      case 'setting':
        data.settings = Object.fromEntries([...Object.entries(data.settings), [get('key'), get('value')]]);
        break;
      case 'completion': {
        const min = num(get('planned_min'));
        const max = num(get('planned_max'));
        data.completions.push({
          ...base, blockId: get('block_id'), track: get('track'), week: num(get('week')), day: num(get('day')), plan: get('plan'),
          label: get('label'), category: get('category'), title: get('title'),
          planned: min === null && max === null ? null : { min, max }, minutes: num(get('minutes')), note: orNull(get('note')),
        });
        break;
      }
      case 'problem':
        data.problems.push({
          ...base, title: orNull(get('title')), difficulty: orNull(get('difficulty')), topics: splitTopics(get('topics')),
          url: orNull(get('url')), minutes: num(get('minutes')), note: orNull(get('note')),
        });
        break;
      case 'skip':
        data.skips.push(base);
        break;
      case 'lesson':
        data.lessons.push({ ...base, track: get('track'), week: num(get('week')), text: get('text') });
        break;
      default:
        throw new UsageError(`${PREFIX}line ${line} has unknown type ${JSON.stringify(get('type'))}`);
    }
  }
  if (!meta) throw new UsageError(`${PREFIX}no "export" row naming the format (${EXPORT_FORMAT})`);
  return { ...meta, ...data };
}
