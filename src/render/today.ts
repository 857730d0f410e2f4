// The text of `coach today`: a numbered checklist, the day's totals and where the learner stands.
import type { TodayView } from '../schedule/today-view.js';
import type { Style } from './color.js';
import { categoryCap, cut, formatHours, formatHoursRange, formatMinutes, longDate, padEnd, padStart, plural, range, width } from './format.js';
import { categoryCell, sameWords } from './plan.js';
import { forecastLine } from './forecast.js';
import { timerLine } from './timer.js';
import type { TimerState } from '../timer/report.js';
import { sanitizeLine } from '../text/sanitize.js';
import { fitPhrases, fitText } from './wrap.js';
import { renderDetails } from './details.js';
import { detailsBelowTitle } from '../track/details.js';
import { revisitFirstBlock, revisitFirstLine, revisitTodayLine, type WithRevisits } from './revisit-today.js';

export function renderToday(s: Style, v: TodayView & Partial<WithRevisits>, columns = 80, opts: { all?: boolean; details?: boolean; timer?: TimerState | null } = {}): string {
  const out: string[] = [];
  const head = `${s.bold(sanitizeLine(v.trackTitle))}`;
  const when = s.dim(`${longDate(v.date)} · ${v.plan} plan · ${v.pace} pace`);

  if (v.position === 'before-start') {
    out.push(`${head}  ${when}`, '', `The plan starts in ${plural(v.startsIn ?? 0, 'day')}. See it with ${s.bold('coach plan')}.`);
  } else if (v.position === 'complete') {
    out.push(`${head}  ${when}`, '', s.green('Track complete: every plan day is behind you.'));
    out.push(`See how it went with ${s.bold('coach review')} and ${s.bold('coach progress')}.`);
  } else if (v.position === 'rest') {
    out.push(`${head}  ${when}`, '', 'Rest day. The plan picks up again tomorrow.');
  } else {
    if (v.weekTitle && v.weekTitle !== v.trackTitle) out.push(s.dim(sanitizeLine(v.weekTitle)));
    out.push(`${head} · week ${v.week} · day ${v.day}  ${when}`);
    // The focus goes on a line of its own when title and focus do not fit on one.
    const title = sanitizeLine(v.title ?? '');
    const focus = v.focus ? `Focus: ${sanitizeLine(v.focus)}` : '';
    if (focus && width(title) + 2 + width(focus) > columns) out.push(s.bold(title), s.dim(focus));
    else out.push(`${s.bold(title)}` + (focus ? s.dim(`  ${focus}`) : ''));
    out.push('');
    const catWidth = Math.min(categoryCap(columns), Math.max(3, ...v.blocks.map((b) => width(sanitizeLine(b.category)))));
    const revisitFirst = v.revisit ? revisitFirstBlock(v) : null;
    for (const b of v.blocks) {
      const mark = b.done ? s.green('✔') : b.dropped ? s.dim('–') : '☐';
      const label = sameWords(b.label, b.category) ? '' : sanitizeLine(b.label);
      // The title takes what the line has left, cut at a word: one line per block on any terminal.
      // A long label gives way too, so that the title keeps a dozen columns.
      const free = columns - (2 + 1 + 1 + 1 + catWidth + 2 + 11 + 2);
      const full = `${label}${b.plan === '6h' ? `${label ? ' ' : ''}(+6h)` : ''}`;
      const name = full && width(full) + 2 + 12 > free ? cut(full, Math.max(6, free - 14)) : full;
      const room = free - (name ? width(name) + 2 : 0);
      const title = cut(sanitizeLine(b.title), Math.max(12, room));
      const text = [name, title].filter(Boolean).join('  ');
      out.push(`${s.dim(padStart(String(b.ref), 2))} ${mark} ${s.cyan(categoryCell(b.category, catWidth))}  ${padEnd(formatMinutes(b.minutes), 11)}  ${b.done || b.dropped ? s.dim(text) : text}`);
      // A title cut to fit leaves out what its lines said: then every detail line shows.
      if (b === revisitFirst && v.revisit) out.push(...revisitFirstLine(s, v.revisit, columns));
      if (opts.details) out.push(...renderDetails(s, title === sanitizeLine(b.title) ? detailsBelowTitle(b) : b.details, '      ', columns, true));
    }
    if (v.orphaned.length > 0) {
      out.push(s.dim('   Also done, logged against a block no longer in the track:'));
      for (const o of v.orphaned) {
        const name = sanitizeLine(o.label);
        const room = columns - (3 + 2 + catWidth + 2 + 11 + 2) - width(name) - 2;
        out.push(`   ${s.green('✔')} ${s.cyan(categoryCell(o.category, catWidth))}  ${padEnd(`${o.minutes} min`, 11)}  ${s.dim(`${name}  ${cut(sanitizeLine(o.title), Math.max(12, room))}`)}`);
      }
    }
    const doneCount = v.blocks.filter((b) => b.done).length;
    const gone = v.orphaned.length > 0 ? `, and ${v.orphaned.length} no longer in the track` : '';
    out.push('');
    out.push(`${s.dim('Time:')} ${formatHours(v.minutes.done)} done of ${formatHoursRange(v.minutes.planned)} planned (${doneCount} of ${plural(v.blocks.length, 'block')}${gone})`);
  }

  const dsaOk = v.dsa.done >= v.dsa.target.min;
  out.push(`${s.dim('DSA: ')} ${(dsaOk ? s.green : s.yellow)(`${v.dsa.done} solved`)} today, target ${range(v.dsa.target)}`);
  if (v.revisit) out.push(...revisitTodayLine(s, v.revisit, columns));

  if (v.overdue.count > 0) out.push('', ...renderOverdue(s, v, opts.all === true, columns));

  out.push('', ...statusLines(s, v, columns));
  if (opts.timer) out.push(timerLine(s, opts.timer));
  // Only where it tells something: with a target date, or once behind.
  if (v.forecast && (v.forecast.target || v.status.kind === 'behind')) {
    const line = forecastLine(s, v.forecast, v.date);
    if (line) out.push(line);
  }
  if (v.position === 'day') {
    const next = v.blocks.find((b) => !b.done && !b.dropped);
    const mark = `Mark blocks with: coach done ${next?.ref ?? ''}${v.otherDate ? ` --date ${v.otherDate}` : ''}${samePlan(v)}`;
    const log = 'Log problems: coach dsa add "Two Sum" --difficulty easy';
    if (next) out.push(...(width(mark) + 7 + width(log) <= columns ? [s.dim(`${mark}   ·   ${log}`)] : [s.dim(mark), s.dim(log)]));
  }
  if (!v.initialised) {
    out.push(s.dim(`Not set up yet: showing track ${sanitizeLine(v.track)}, ${v.plan} plan, starting today. Run coach init to choose your track, plan and start date.`));
  }
  // Rows are laid out for the width; a line still too wide (a long message) wraps at a word.
  return fitText(out.join('\n'), columns) + '\n';
}

/**
 * Overdue work in a few lines: a summary, the first few blocks by the rule of `overdueSummary`
 * (every one with `--all`), each numbered after today's blocks, and how to see the rest.
 */
function renderOverdue(s: Style, v: TodayView, all: boolean, columns: number): string[] {
  const o = v.overdue;
  const list = all ? o.all : o.shown;
  // One line for the summary and the way to the rest, so today fits 24 rows of an 80-column pane.
  const rest = list.length < o.count ? ` · all: ${s.bold(`coach today --all${samePlan(v)}`)}` : '';
  const out = [`${s.yellow(`Overdue: ${plural(o.count, 'block')} from ${plural(o.days, 'day')}, about ${formatHours(Math.round(o.minutes.min / 60) * 60)}`)}${rest}`];
  const refWidth = Math.max(2, String(list[list.length - 1]?.ref ?? 0).length);
  const catWidth = Math.min(16, Math.max(3, ...list.map((b) => width(sanitizeLine(b.category)))));
  for (const b of list) {
    const [ref, category, minutes, at] = [padStart(String(b.ref), refWidth), categoryCell(b.category, catWidth), padEnd(formatMinutes(b.minutes), 10), padEnd(`W${b.week} D${b.day}`, 8)];
    // The title takes what the line has left: one line per block.
    const title = cut(sanitizeLine(b.title), Math.max(12, columns - width(`${ref} ☐ ${category}  ${minutes} ${at}`) - 1));
    out.push(`${s.dim(ref)} ☐ ${s.cyan(category)}  ${minutes} ${s.dim(at)}${title}`);
  }
  return out;
}

/**
 * The flag a hint repeats so that its numbers mean the blocks shown: the 6h plan numbers its
 * additions before the overdue blocks, and `done`, `drop` and `today` without it take the saved plan.
 */
function samePlan(v: TodayView): string {
  return v.otherPlan ? ` --plan ${v.otherPlan}` : '';
}

function statusLines(s: Style, v: TodayView, columns: number): string[] {
  const st = v.status;
  const first = v.overdue.shown[0]?.ref;
  switch (st.kind) {
    case 'behind': {
      const behind = `Behind by ${plural(st.blocksBehind, 'block')} over ${plural(st.daysBehind, 'day')}.`;
      if (first === undefined) return [s.yellow(behind)];
      // The commands go on a line of their own rather than be broken in two by the wrap; on a
      // narrow terminal each of the two does.
      const [catchUp, letGo] = [`Catch up: coach done ${first}${samePlan(v)}`, `· let go: coach drop ${first}${samePlan(v)}`];
      const commands = width(`${catchUp} ${letGo}`) <= columns ? [`${catchUp} ${letGo}`] : [catchUp, letGo];
      return fitPhrases([s.yellow(behind), ...commands], columns);
    }
    case 'ahead':
      return [s.green('Ahead of the calendar.')];
    case 'complete':
      return [s.green('Everything in the plan is done.')];
    case 'not-started':
      return [s.dim('Not started yet.')];
    default:
      return [s.green('On schedule.')];
  }
}
