// The text of `coach dsa add | log | list | stats`: pure functions of the data, colours through
// the `Style` passed in.
import type { Problem } from '../log/types.js';
import type { DsaStats, DsaWindow } from '../review/dsa-stats.js';
import type { IsoDate } from '../schedule/dates.js';
import type { ProblemCount } from '../track/model.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { fitText } from './wrap.js';
import { cut, padEnd, plural, range, width } from './format.js';
import { difficultyLine } from './review.js';

/** `"LRU Cache" (medium, design)`, or `untitled problem`. */
export function describeProblem(p: Problem): string {
  const bits = [p.difficulty, ...p.topics].filter(Boolean).join(', ');
  return `${p.title ? `"${sanitizeLine(p.title)}"` : 'untitled problem'}${bits ? ` (${sanitizeLine(bits)})` : ''}`;
}

/** After `dsa add`: one line per problem logged, and the dates its title was logged on before. */
export function renderAdded(s: Style, rows: readonly Problem[], before: readonly string[] = []): string {
  const again = before.length ? `  ${s.yellow(`solved before on ${before.join(', ')}`)}\n` : '';
  return rows.map((p) => `${s.green('✔')} logged ${describeProblem(p)}\n`).join('') + again;
}

/** After `dsa rm ID`. */
export function renderRemovedProblem(s: Style, p: Problem): string {
  return `${s.green('✔')} removed ${describeProblem(p)} of ${p.date}. Undo with coach undo.\n`;
}

/** After `dsa log N`. */
export function renderLogged(s: Style, count: number): string {
  return `${s.green('✔')} logged ${plural(count, 'problem')}\n`;
}

/** After each log: solved on the day so far against that day's target. */
export function renderDayTally(s: Style, day: { date: IsoDate; solved: number; target: ProblemCount }): string {
  return s.dim(`${day.solved} solved on ${day.date} (target ${range(day.target)}). Undo with coach undo.`) + '\n';
}

/** `dsa list`: one line per problem, oldest first, and the count. */
export function renderDsaList(s: Style, rows: readonly Problem[], window: Pick<DsaWindow, 'from' | 'end'>, columns = 80): string {
  if (rows.length === 0) {
    const when = window.from ? ` from ${window.from}${window.end ? ` to ${window.end}` : ''}` : '';
    return `No problems logged${when}. Log one with coach dsa add "Two Sum".\n`;
  }
  const lines = rows.map((p) => {
    // Title and topics share what the date and difficulty leave; the title keeps at least half.
    const room = Math.max(12, columns - 20);
    const topics = sanitizeLine(p.topics.join(', '));
    const title = p.title ? sanitizeLine(p.title) : '(untitled)';
    const titleWidth = topics ? Math.min(width(title), Math.max(Math.ceil(room / 2), room - 2 - width(topics))) : room;
    const shownTitle = cut(title, titleWidth);
    const shownTopics = topics ? cut(topics, Math.max(0, room - width(shownTitle) - 2)) : '';
    return `${s.dim(p.date)}  ${padEnd(p.difficulty ?? '—', 6)}  ${p.title ? shownTitle : s.dim(shownTitle)}` + (shownTopics ? s.cyan(`  ${shownTopics}`) : '');
  });
  lines.push(s.dim(plural(rows.length, 'problem')));
  return fitText(lines.join('\n'), columns) + '\n';
}

/** Where the window of `dsa stats` begins: the plan (or the first problem), `--since` or `--week`. */
export type StatsFrom = 'plan' | 'since' | 'week';

/** `dsa stats`: the totals, the per-day rate against the target, difficulties and topics. */
export function renderDsaStats(s: Style, stats: DsaStats, from: StatsFrom): string {
  const later = stats.later ? [s.dim(`${plural(stats.later, 'problem')} dated after today ${stats.later === 1 ? 'is' : 'are'} not counted yet.`)] : [];
  const target = range(stats.target);
  if (stats.days === 0 && stats.restDays === 0) {
    const head = from === 'week' ? `Week ${stats.week} starts on ${stats.since}: nothing to count yet.`
      : from === 'since' ? `Nothing to count yet: ${stats.since} is after today.`
        : `No problems logged up to today; your plan starts on ${stats.since}.`;
    return [`${head} Target: ${target} a day.`, ...later].join('\n') + '\n';
  }
  const pace = stats.perDay >= stats.target.min ? s.green : s.yellow;
  const span = stats.week !== null ? `in week ${stats.week}, ${stats.since} to ${stats.to}` : `since ${stats.since}`;
  const lines = [
    `${s.bold(plural(stats.total, 'problem'))} ${span} (${plural(stats.days, 'day')}${stats.restDays ? `, ${plural(stats.restDays, 'rest day')} left out` : ''})`,
    `Per day: ${pace(stats.perDay.toFixed(2))} against a target of ${target}`,
    `By difficulty: ${difficultyLine(stats.byDifficulty)}`,
  ];
  const topics = Object.entries(stats.byTopic);
  if (topics.length) lines.push(`By topic: ${topics.map(([t, n]) => `${sanitizeLine(t)} ${n}`).join(' · ')}`);
  return [...lines, ...later].join('\n') + '\n';
}
