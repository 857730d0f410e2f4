// Front matter: located by hand (so body lines keep their file line numbers and an unclosed
// block is reported), parsed by gray-matter.
import matter from 'gray-matter';
import { MAX_WEEK, type Diagnostic, type DiagnosticCode } from './model.js';
import { sanitizeLine } from '../text/sanitize.js';
import { readTargets, type DeclaredTargets } from './practice-targets.js';

export interface FrontMatter {
  id?: string;
  title?: string;
  track?: string;
  week?: number;
  sidebarLabel?: string;
  /** Practice targets over the whole track (see practice-targets.ts). */
  targets?: DeclaredTargets;
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** The file with the front matter lines blanked out, so positions match the file. */
  body: string;
  diagnostics: Diagnostic[];
  /**
   * The front matter is there but cannot be read (never closed, not YAML, not a mapping, a week that
   * is no week number): the file's track and week, which it may name, are unknown.
   */
  broken: boolean;
}

interface YamlError {
  message?: unknown;
  reason?: unknown;
  mark?: { line?: unknown; column?: unknown };
}

interface YamlState {
  anchor: string | null;
  line: number;
  position: number;
  lineStart: number;
}

/** Thrown from js-yaml's node listener; shaped like its own errors so one handler reports both. */
class AnchorRefused extends Error {
  readonly reason = 'anchors and aliases (&name, *name) are not allowed; write the value out';
  readonly mark: { line: number; column: number };
  constructor(state: YamlState) {
    super('anchor');
    this.mark = { line: state.line, column: Math.max(0, state.position - state.lineStart) };
  }
}

/**
 * YAML without anchors: a few lines of aliases can stand for billions of values (an "alias
 * bomb"), and track front matter needs none. js-yaml 3 has no expansion cap, but it calls a
 * listener as each node closes, with the node's anchor; an alias needs an anchor to refer to.
 */
function parseYaml(text: string): object {
  const listener = (event: string, state: YamlState): void => {
    if (event === 'close' && state.anchor !== null) throw new AnchorRefused(state);
  };
  // gray-matter's own YAML engine (js-yaml's safeLoad); its typings do not declare `engines`.
  const { engines } = matter as unknown as { engines: { yaml: { parse: (text: string, options: object) => object } } };
  return engines.yaml.parse(text, { listener });
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function readFrontMatter(text: string, file: string): FrontMatterResult {
  const lines = text.split('\n');
  const diag = (line: number, column: number, message: string, code: DiagnosticCode = 'front-matter'): Diagnostic => ({
    file, line, column, severity: 'error', code, message,
  });
  if (lines[0]?.trimEnd() !== '---') return { data: {}, body: text, diagnostics: [], broken: false };

  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  // A markdown heading before the first `---` means the front matter was never closed and that
  // `---` is a thematic break in the body.
  const heading = lines.findIndex((l, i) => i > 0 && /^#{1,6}\s/.test(l));
  if (close < 0 || (heading > 0 && heading < close)) {
    return {
      data: {},
      body: text,
      diagnostics: [diag(1, 1, 'front matter starts with --- but is never closed; add a closing --- line')],
      broken: true,
    };
  }
  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  const raw = lines.slice(0, close + 1).join('\n').replace(/^\.\.\.\s*$/m, '---') + '\n';

  let parsed: unknown;
  try {
    // Options keep gray-matter from reusing its cache across files; the listener refuses anchors.
    parsed = matter(raw, { engines: { yaml: parseYaml } }).data;
  } catch (err) {
    const e = err as YamlError;
    const line = typeof e.mark?.line === 'number' ? e.mark.line + 1 : 1;
    const column = typeof e.mark?.column === 'number' ? e.mark.column + 1 : 1;
    const reason = typeof e.reason === 'string' ? sanitizeLine(e.reason) : 'invalid YAML';
    return { data: {}, body, diagnostics: [diag(Math.min(line, close + 1), column, `broken front matter: ${reason}`)], broken: true };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { data: {}, body, diagnostics: [diag(2, 1, 'front matter must be a YAML mapping (key: value lines)')], broken: true };
  }

  const d = parsed as Record<string, unknown>;
  const data: FrontMatter = {};
  const diagnostics: Diagnostic[] = [];
  let broken = false;
  const id = str(d.id);
  const title = str(d.title);
  const track = str(d.track);
  const label = str(d.sidebar_label);
  if (id) data.id = id;
  if (title) data.title = sanitizeLine(title);
  if (track) data.track = track;
  if (label) data.sidebarLabel = label;
  if (d.week !== undefined) {
    const n = typeof d.week === 'number' ? d.week : Number(str(d.week)?.replace(/^week[-_ ]?/i, ''));
    if (Number.isInteger(n) && n > 0 && n <= MAX_WEEK) data.week = n;
    else {
      broken = true;
      const at = lines.findIndex((l) => /^week\s*:/.test(l));
      diagnostics.push(diag(at > 0 ? at + 1 : 1, 1, `front matter week must be a whole number from 1 to ${MAX_WEEK}, got ${sanitizeLine(JSON.stringify(d.week) ?? String(d.week)).slice(0, 80)}`));
    }
  }
  if (d.targets !== undefined) {
    const { targets, problems } = readTargets(d.targets);
    if (Object.keys(targets).length > 0) data.targets = targets;
    const at = lines.findIndex((l, i) => i < close && /^targets\s*:/.test(l));
    for (const p of problems) {
      // The key's own line in a block map, else the `targets:` line.
      const keyAt = p.key === null ? -1 : lines.findIndex((l, i) => i > at && i < close && new RegExp(`^\\s+["']?${escape(p.key ?? '')}["']?\\s*:`).test(l));
      const line = keyAt > 0 ? keyAt : at;
      diagnostics.push(diag(line > 0 ? line + 1 : 1, 1, p.message));
    }
  }
  return { data, body, diagnostics, broken };
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
