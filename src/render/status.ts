// The status line: a format of `{placeholder}`s, with `[…]` groups that vanish when a placeholder
// in them has nothing to say, filled from the status facts. Pure, and light enough for the tiny
// start-up of `coach status` (src/status/fast.ts): no colour, no width, one line.
import type { StatusFacts } from '../status/facts.js';
import { clusters } from '../text/clusters.js';
import { sanitizeLine } from '../text/sanitize.js';

/** Every placeholder, with what it holds (printed by `coach status --help` and in the README). */
export const PLACEHOLDERS = {
  blocks: "today's blocks done of planned: 2/4",
  'blocks-done': "today's blocks done: 2",
  'blocks-planned': "today's blocks planned: 4",
  dsa: 'problems logged today of the target: 1/2–3',
  'dsa-done': 'problems logged today: 1',
  'dsa-target': "today's DSA target: 2–3",
  timer: 'what the running timer times, cut to 40 characters (⏸ before it when paused)',
  elapsed: 'minutes on the timer: 25',
  planned: 'planned minutes of what the timer times: 60',
  revisits: 'revisits due today: 3',
  date: 'the study date: 2026-11-25',
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;

export const DEFAULT_FORMAT = '[{timer} {elapsed}/{planned}m  ][blocks {blocks}  ][DSA {dsa}  ][{revisits} due]';

const TOKEN = /\{([a-z-]+)\}/g;

/** `2–3`, or `2` when the range is one number (as render/format.ts's `range`, kept here to stay light). */
const count = (r: { min: number; max: number }): string => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);

/** The placeholders a format names that coach does not know; empty when it is good. */
export function unknownPlaceholders(format: string): string[] {
  return [...format.matchAll(TOKEN)].map((m) => m[1] ?? '').filter((name) => !Object.hasOwn(PLACEHOLDERS, name));
}

/** Characters of a timer's title a status line shows: a prompt segment, not a line of its own. */
export const TIMER_TITLE_CHARS = 40;

/** `title` cut to TIMER_TITLE_CHARS characters ending in `…`, never inside a character a reader sees as one. */
function shortTitle(title: string): string {
  if (title.length <= TIMER_TITLE_CHARS) return title;
  const graphemes = clusters(title);
  return graphemes.length <= TIMER_TITLE_CHARS ? title : `${graphemes.slice(0, TIMER_TITLE_CHARS - 1).join('').trimEnd()}…`;
}

/** Minutes on the timer at `now`: those at its last stamp, plus the time since while it runs. */
export function timerMinutes(timer: NonNullable<StatusFacts['timer']>, now: Date): number {
  const since = timer.running ? Math.max(0, now.getTime() - Date.parse(timer.elapsed.at)) / 60_000 : 0;
  return Math.floor(timer.elapsed.minutes + since);
}

/** Each placeholder's text, or undefined when the facts have nothing for it. */
export function placeholderValues(facts: StatusFacts, now: Date): Partial<Record<Placeholder, string>> {
  const { blocks, dsa, timer, revisits } = facts;
  return {
    date: facts.date,
    blocks: blocks && `${blocks.done}/${blocks.planned}`,
    'blocks-done': blocks && `${blocks.done}`,
    'blocks-planned': blocks && `${blocks.planned}`,
    dsa: dsa && `${dsa.done}/${count(dsa.target)}`,
    'dsa-done': dsa && `${dsa.done}`,
    'dsa-target': dsa && count(dsa.target),
    timer: timer && `${timer.running ? '' : '⏸ '}${shortTitle(sanitizeLine(timer.title))}`,
    elapsed: timer && `${timerMinutes(timer, now)}`,
    planned: timer?.planned == null ? undefined : `${timer.planned}`,
    revisits: revisits && revisits.due > 0 ? `${revisits.due}` : undefined,
  };
}

/**
 * The status line for `format`. A `[…]` group is left out when any placeholder in it has no
 * value; a placeholder outside a group with no value is empty. With no fact but the date to
 * say, the line is empty, so a prompt shows nothing on a day without plan.
 */
export function renderStatus(format: string, facts: StatusFacts, now: Date): string {
  const values = placeholderValues(facts, now);
  let said = false;
  const fill = (text: string, group: boolean): string => {
    let missing = false;
    let filled = false;
    const out = text.replace(TOKEN, (_m, name: string) => {
      const v = values[name as Placeholder];
      if (v === undefined) missing = true;
      else if (name !== 'date') filled = true;
      return v ?? '';
    });
    if (group && missing) return '';
    said ||= filled;
    return out;
  };
  const line = format.replace(/\[([^\]]*)\]|[^[]+|\[/g, (part, inner: string | undefined) => (inner === undefined ? fill(part, false) : fill(inner, true)));
  const text = said ? line.replace(/[\r\n]+/g, ' ').trimEnd() : '';
  return facts.unreadable ? [unreadableMarker(facts.unreadable), text].filter(Boolean).join('  ') : text;
}

/** Said first whatever the format: the plan's counts may be another week's while a track file cannot be read. */
function unreadableMarker(files: number): string {
  return files === 1 ? '⚠ track file unreadable' : `⚠ ${files} track files unreadable`;
}

/** `coach status --json`: the facts, the timer's minutes as of now, and the line the format makes. */
export function statusJson(facts: StatusFacts, now: Date, format: string): StatusJson {
  const { timer, ...rest } = facts;
  return {
    ...rest,
    ...(timer ? { timer: { title: timer.title, running: timer.running, elapsed: timerMinutes(timer, now), planned: timer.planned } } : {}),
    line: renderStatus(format, facts, now),
  };
}

export type StatusJson = Omit<StatusFacts, 'timer'> & {
  timer?: { title: string; running: boolean; elapsed: number; planned: number | null };
  line: string;
};
