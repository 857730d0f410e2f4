// The text of `coach progress`: a bar over the track with today's place under it, the DSA tally,
// the projected finish and a GitHub-style heatmap. Every shade is also a distinct character,
// so the map reads the same without colour (NO_COLOR, pipes).
import { recallLine, type WithRecall } from './revisit.js';
import { renderPlannedActual } from './planned-actual.js';
import { HEATMAP_WEEKS, LEVEL_MINUTES } from '../review/constants.js';
import type { Heatmap, Level } from '../review/heatmap.js';
import type { Progress } from '../review/progress.js';
import { addDays, compareDates, daysBetween } from '../schedule/dates.js';
import type { Style } from './color.js';
import { fitText } from './wrap.js';
import { formatHours, longDate, MONTHS, plural, range, shortDate, width } from './format.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Forecast } from '../schedule/forecast.js';
import { forecastLine } from './forecast.js';

export const LEVEL_CHARS = ['·', '░', '▒', '▓', '█'] as const;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** The bar's length on a terminal wide enough; a narrow one shortens it to keep the count beside it. */
const BAR = 30;
const MIN_BAR = 10;

function shade(s: Style, level: Level): string {
  const ch = LEVEL_CHARS[level];
  switch (level) {
    case 0: return s.dim(ch);
    case 1: return s.dim.green(ch);
    case 2: return s.green(ch);
    case 3: return s.greenBright(ch);
    default: return s.bgGreen.greenBright(ch);
  }
}

/** Weekday rows, week columns (two characters each), month names over the weeks they begin. */
export function renderHeatmap(s: Style, h: Heatmap): string[] {
  const columns = Math.floor(daysBetween(h.from, h.to) / 7) + 1;
  const starts = (c: number): boolean => [0, 1, 2, 3, 4, 5, 6].some((i) => addDays(h.from, c * 7 + i).endsWith('-01'));
  let labels = '';
  for (let c = 0; c < columns; c++) {
    // A label takes two columns; the first column names its month only when the next starts none.
    if (!(starts(c) || (c === 0 && !starts(1)))) continue;
    const month = MONTHS[Number(addDays(h.from, c * 7 + (starts(c) ? 6 : 0)).slice(5, 7)) - 1] ?? '';
    labels = labels.padEnd(c * 2) + month;
  }
  const lines = [`     ${labels.trimEnd()}`];
  for (let row = 0; row < 7; row++) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) {
      const day = h.days[c * 7 + row];
      cells.push(day ? shade(s, day.level) : ' ');
    }
    lines.push(`${s.dim(WEEKDAYS[row] ?? '')}  ${cells.join(' ').trimEnd()}`);
  }
  const bounds = LEVEL_MINUTES.map((m) => formatHours(m));
  const legend = LEVEL_CHARS.map((_, i) => shade(s, i as Level)).join(' ');
  lines.push(`     less ${legend} more   ${s.dim(`(· none, ░ under ${bounds[1]}, ▒ ${bounds[1]}–${bounds[2]}, ▓ ${bounds[2]}–${bounds[3]}, █ ${bounds[3]}+)`)}`);
  return lines;
}

function bar(s: Style, p: Progress, columns: number): string[] {
  const count = `${p.blocks.done} of ${plural(p.blocks.total, 'block')} (${p.blocks.percent}%)`;
  const size = Math.max(MIN_BAR, Math.min(BAR, columns - 8 - 2 - width(count)));
  const filled = p.blocks.total ? Math.round((p.blocks.done / p.blocks.total) * size) : 0;
  const line = `${s.dim('Blocks')}  ${s.green('█'.repeat(filled))}${s.dim('░'.repeat(size - filled))}  ${count}`;
  const t = p.today;
  const where = t.position === 'before-start' ? 'the plan has not started'
    : t.position === 'complete' ? 'past the last plan day'
      : `week ${t.week} day ${t.day}${t.position === 'rest' ? ' (after today\'s rest)' : ''}, plan day ${(t.index ?? 0) + 1} of ${t.planDays}`;
  const fraction = t.index !== null && t.planDays ? t.index / t.planDays : t.position === 'complete' ? 1 : 0;
  const at = Math.min(size - 1, Math.floor(fraction * size));
  return [line, `${' '.repeat(8 + at)}▲ today: ${where}`];
}

/** `forecast`: shown as one line under the finish when there is a target date to measure against. */
const blankBefore = (lines: string[]): string[] => (lines.length ? ['', ...lines] : []);

export function renderProgress(s: Style, p: Progress & WithRecall, columns = 80, forecast: Forecast | null = null): string {
  const line = forecast?.target ? forecastLine(s, forecast, p.today.date) : null;
  const dsaOk = p.dsa.perDay >= (p.dsa.target.min / Math.max(1, p.today.planDays));
  const finish = p.projectedFinish
    ? `${longDate(p.projectedFinish)}` + (p.pace === 'calendar' ? ' (the calendar date of the last plan day)' : ' (at your pace so far)')
    : 'not yet: mark some blocks done first';
  const out = [
    `${s.bold(sanitizeLine(p.trackTitle))}  ${s.dim(`${p.plan} plan · ${p.pace} pace · started ${shortDate(p.start)}${compareDates(p.start, p.today.date) > 0 ? ' (upcoming)' : ''}`)}`,
    '',
    ...bar(s, p, columns),
    `${s.dim('Weeks ')}  ${p.weeks.done} of ${p.weeks.total} done`,
    `${s.dim('DSA   ')}  ${(dsaOk ? s.green : s.yellow)(`${p.dsa.done} solved`)} of ${range(p.dsa.target)} for the track · ${p.dsa.perDay} a day` +
      (p.dsa.restDays ? ` (${plural(p.dsa.restDays, 'rest day')} left out)` : ''),
    // On a line of its own: it would take a narrow terminal's whole line beside the tally.
    ...(p.dsa.stated ? [] : [s.dim(`        ${range(p.dsa.fallback)} a day where the track states no target`)]),
    ...recallLine(s, p.revisits, 'in all'),
    `${s.dim('Finish')}  ${finish}`,
    ...(line ? [line] : []),
    ...blankBefore(renderPlannedActual(s, p.plannedVsActual, columns)),
    '',
    s.bold(`Last ${HEATMAP_WEEKS} weeks`) + s.dim(' · time studied per day'),
    ...renderHeatmap(s, p.heatmap),
  ];
  return fitText(out.join('\n'), columns) + '\n';
}
