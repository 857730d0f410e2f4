// The text of `coach review`: a table by day, the week's totals, streaks, what is left undone,
// the change from the week before and the week's lessons.
import { recallLine, type WithRecall } from './revisit.js';
import { renderPlannedActual } from './planned-actual.js';
import { LESSONS_PER_WEEK } from '../review/constants.js';
import type { Review, WeekTotals } from '../review/review.js';
import { compareDates } from '../schedule/dates.js';
import type { Style } from './color.js';
import { fitPhrases, fitText } from './wrap.js';
import { categoryCap, cut, formatHours, formatHoursRange, formatMinutes, longDate, padEnd, padStart, plural, range, shortDate, width } from './format.js';
import { categoryCell, sameWords } from './plan.js';
import { sanitizeLine } from '../text/sanitize.js';

function signed(n: number, fmt: (n: number) => string = String): string {
  return n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : '±0';
}

export function difficultyLine(d: WeekTotals['dsa']['byDifficulty']): string {
  return `easy ${d.easy} · medium ${d.medium} · hard ${d.hard}` + (d.unknown ? ` · not given ${d.unknown}` : '');
}

/** How the day table spends its columns: the date and time cells shrink before the focus does. */
interface TableLayout {
  date: (d: Review['days'][number]) => string;
  time: (d: Review['days'][number]) => string;
}

const LAYOUTS: readonly TableLayout[] = [
  { date: (d) => shortDate(d.date), time: (d) => `${formatHours(d.minutes.done)} of ${formatHoursRange(d.minutes.planned)}` },
  { date: (d) => shortDate(d.date), time: (d) => `${formatHours(d.minutes.done)}/${formatHours(d.minutes.planned.min)}` },
  { date: (d) => shortDate(d.date).slice(0, 3), time: (d) => `${formatHours(d.minutes.done)}/${formatHours(d.minutes.planned.min)}` },
];

/** The focus column never takes less than this while a narrower layout is left to try. */
const MIN_FOCUS = 16;

function dayTable(s: Style, r: Review, columns: number): string[] {
  const focusText = r.days.map((d) => sanitizeLine(d.focus || d.title));
  const focusNeed = Math.max(5, ...focusText.map(width));
  const dsaCells = r.days.map((d) => `${d.dsa} of ${range(d.target)}`);
  const dsaWidth = Math.max(3, ...dsaCells.map(width));
  const measure = (layout: TableLayout) => {
    const dateWidth = Math.max(4, ...r.days.map((d) => width(layout.date(d))));
    const timeWidth = Math.max(4, ...r.days.map((d) => width(layout.time(d))));
    return { layout, dateWidth, timeWidth, room: columns - (3 + 2 + dateWidth + 2 + 2 + 6 + 2 + timeWidth + 2 + dsaWidth) };
  };
  const fits = LAYOUTS.map(measure);
  const chosen = fits.find((f) => f.room >= Math.min(focusNeed, MIN_FOCUS)) ?? fits[fits.length - 1];
  if (!chosen) return [];
  const { layout, dateWidth, timeWidth } = chosen;
  const focusWidth = Math.max(5, Math.min(focusNeed, chosen.room));
  const head = `${padStart('Day', 3)}  ${padEnd('Date', dateWidth)}  ${padEnd('Focus', focusWidth)}  Blocks  ${padEnd('Time', timeWidth)}  DSA`;
  const rows = r.days.map((d, i) => {
    const future = compareDates(d.date, r.today) > 0;
    const blocksOk = d.blocks.done >= d.blocks.planned;
    const dsaOk = d.dsa >= d.target.min;
    const mark = (ok: boolean, text: string) => (future ? s.dim(text) : ok ? s.green(text) : s.yellow(text));
    return `${padStart(String(d.day), 3)}  ${padEnd(layout.date(d), dateWidth)}  ${padEnd(cut(focusText[i] ?? '', focusWidth), focusWidth)}  ` +
      `${mark(blocksOk, padStart(`${d.blocks.done}/${d.blocks.planned}`, 6))}  ${padEnd(layout.time(d), timeWidth)}  ${mark(dsaOk, dsaCells[i] ?? '')}`;
  });
  return [s.dim(head), ...rows];
}

function totals(s: Style, r: Review & WithRecall): string[] {
  const t = r.totals;
  const onDays = r.days.reduce((sum, d) => sum + d.dsa, 0);
  const restDsa = t.dsa.done - onDays;
  const streak = r.streak.current === 0 && r.streak.longest === 0 ? 'none yet' : `${plural(r.streak.current, 'day')} (longest ${r.streak.longest})`;
  const lines = [
    `${s.dim('Blocks')}  ${s.bold(`${t.blocks.done} of ${t.blocks.planned}`)} done (${t.blocks.percent}%)` +
      (t.blocks.dropped > 0 ? ` · ${t.blocks.dropped} let go` : ''),
    `${s.dim('Time  ')}  ${formatHours(t.minutes.done)} of ${formatHoursRange(t.minutes.planned)} planned`,
    `${s.dim('DSA   ')}  ${(t.dsa.done >= t.dsa.target.min ? s.green : s.yellow)(`${t.dsa.done} solved`)} of ${range(t.dsa.target)} ` +
      `(${range(t.dsa.daily)} a day${r.skipped.length ? `, ${plural(r.skipped.length, 'rest day')} left out` : ''})${restDsa > 0 ? `, ${restDsa} on rest days` : ''} · ${difficultyLine(t.dsa.byDifficulty)}`,
    ...recallLine(s, r.revisits, 'this week'),
    `${s.dim('Streak')}  ${streak} · ${plural(r.skipped.length, 'rest day')} this week`,
  ];
  const p = r.previous;
  if (p) {
    lines.push(`${s.dim(`vs week ${p.week}:`)} blocks ${p.blocks.done} → ${t.blocks.done} (${signed(t.blocks.done - p.blocks.done)}) · ` +
      `time ${formatHours(p.minutes.done)} → ${formatHours(t.minutes.done)} (${signed(t.minutes.done - p.minutes.done, formatHours)}) · ` +
      `DSA ${p.dsa.done} → ${t.dsa.done} (${signed(t.dsa.done - p.dsa.done)})`);
  }
  return lines;
}

export function lessonsHint(r: Review): string | null {
  if (r.lessonsWanted > 0) {
    return `Day 7 asks for ${range(LESSONS_PER_WEEK)} key lessons: add ${r.lessonsWanted} more with coach lesson add "..." --week ${r.week}`;
  }
  return r.lessons.length === 0 ? `Note what you learn with coach lesson add "..." --week ${r.week}` : null;
}

export function renderReview(s: Style, r: Review & WithRecall, columns = 80): string {
  const out = [
    ...(r.weekTitle && r.weekTitle !== r.trackTitle ? [s.dim(sanitizeLine(r.weekTitle))] : []),
    `${s.bold(sanitizeLine(r.trackTitle))} · ${s.bold(`week ${r.week} review`)}  ${s.dim(`${shortDate(r.from)} – ${longDate(r.to)} · ${r.plan} plan`)}`,
    '',
    ...dayTable(s, r, columns),
    '',
    ...totals(s, r),
  ];
  if (r.undone.length > 0) {
    const count = r.undone.reduce((sum, d) => sum + d.blocks.length, 0);
    const blocks = r.undone.flatMap((d) => d.blocks);
    const catWidth = Math.min(categoryCap(columns), Math.max(...blocks.map((b) => width(sanitizeLine(b.category)))));
    const minWidth = Math.max(...blocks.map((b) => formatMinutes(b.minutes).length));
    out.push('', s.yellow(`Left undone (${plural(count, 'block')}):`));
    for (const d of r.undone) {
      out.push(`  ${s.bold(`Day ${d.day}`)} ${s.dim(`${shortDate(d.date)} · ${sanitizeLine(d.title)}`)}`);
      for (const b of d.blocks) {
        // The id stays whole (it is what `coach done` takes); the title gives way to it, and the
        // label to a title that would keep fewer than 12 columns.
        const fixed = columns - (6 + catWidth + 2 + minWidth + 2 + 2 + width(b.id));
        const named = sameWords(b.label, b.category) ? '' : `${sanitizeLine(b.label)}  `;
        const label = fixed - width(named) >= 12 ? named : '';
        const title = cut(sanitizeLine(b.title), Math.max(12, fixed - width(label)));
        out.push(`    ☐ ${s.cyan(categoryCell(b.category, catWidth))}  ${padEnd(formatMinutes(b.minutes), minWidth)}  ${label}${title}  ${s.dim(b.id)}`);
      }
    }
    const phrases = ['Catch up with coach done <id>,', 'or let them go with coach drop <id>:', 'the plan moves on either way.'];
    out.push(...fitPhrases(phrases, columns).map((line) => s.dim(line)));
  }
  if (r.dropped.length > 0) {
    const count = r.dropped.reduce((sum, d) => sum + d.blocks.length, 0);
    out.push('', s.dim(`Let go (${plural(count, 'block')}, not counted as done or undone):`));
    for (const d of r.dropped) {
      for (const b of d.blocks) {
        const head = `  – Day ${d.day}  ${sanitizeLine(b.category)}  ${formatMinutes(b.minutes)}  `;
        out.push(s.dim(`${head}${cut(sanitizeLine(b.title), Math.max(12, columns - width(head)))}`));
      }
    }
  }
  if (r.orphaned.length > 0) {
    out.push('', s.yellow(`Logged against a block no longer in the track (${plural(r.orphaned.length, 'block')}, still counted):`));
    for (const o of r.orphaned) {
      out.push(`  ✔ ${s.cyan(sanitizeLine(o.category))}  ${o.minutes} min  ${sanitizeLine(o.label)}  ${sanitizeLine(o.title)}  ${s.dim(shortDate(o.date))}`);
    }
  }
  const pva = renderPlannedActual(s, r.plannedVsActual, columns);
  if (pva.length) out.push('', ...pva);
  out.push('', s.bold(`Lessons (${r.lessons.length})`) + (r.lessons.length ? ':' : ''));
  for (const l of r.lessons) out.push(`  • ${sanitizeLine(l.text)}`);
  const hint = lessonsHint(r);
  if (hint) out.push(r.lessonsWanted > 0 ? s.yellow(hint) : s.dim(hint));
  return fitText(out.join('\n'), columns) + '\n';
}
