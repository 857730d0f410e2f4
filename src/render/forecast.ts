// The text of `coach forecast`, and the one line of it that `coach today` and `coach progress` show.
import type { DropProposal, Forecast } from '../schedule/forecast.js';
import { daysBetween, type IsoDate } from '../schedule/dates.js';
import { describeHours, type WeeklyHours } from '../schedule/hours.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { cut, formatHours, formatMinutes, longDate, padEnd, plural, shortDate, width } from './format.js';
import { ratioText } from './planned-actual.js';
import { fitPhrases } from './wrap.js';

export interface ForecastView extends Forecast {
  trackTitle: string;
  plan: string;
  /** The date the forecast counts from. */
  date: IsoDate;
  hours: WeeklyHours;
  /** False while the hours are the plan's own, not set with `coach init --hours`. */
  hoursSet: boolean;
  /** Set by `--apply`: how many proposed blocks it let go (0 when none was proposed). */
  applied: number | null;
}

/** `Mon 18 Jan`, with the year when it is not the year of `from`. */
function when(date: IsoDate, from: IsoDate): string {
  return date.slice(0, 4) === from.slice(0, 4) ? shortDate(date) : longDate(date);
}

function againstTarget(finish: IsoDate, target: IsoDate): string {
  const late = daysBetween(target, finish);
  if (late === 0) return ', on your target date';
  return late > 0 ? `, ${plural(late, 'day')} after your target` : `, ${plural(-late, 'day')} before your target`;
}

/** `At your pace: done 18 Jan, 11 days after your target. coach forecast`; null with nothing to say. */
export function forecastLine(s: Style, f: Forecast, date: IsoDate): string | null {
  if (f.left.blocks === 0) return null;
  const [what, finish] = f.finish.atPace ? ['pace', f.finish.atPace] : ['hours', f.finish.atHours];
  if (!finish) return null;
  const gap = f.target ? againstTarget(finish, f.target.date) : '';
  const text = `At your ${what}: done ${when(finish, date)}${gap}.`;
  const late = f.target !== null && daysBetween(f.target.date, finish) > 0;
  return `${late ? s.yellow(text) : text} ${s.dim('coach forecast')}`;
}

export function renderForecast(s: Style, v: ForecastView, columns = 80): string {
  const out: string[] = [];
  const label = (t: string): string => s.dim(padEnd(t, 8));
  out.push(`${s.bold(sanitizeLine(v.trackTitle))}  ${s.dim(`forecast from ${longDate(v.date)} · ${v.plan} plan`)}`, '');
  // Nothing recorded means no undo hint: following it would take back the learner's previous action.
  if (v.applied === 0) out.push('Nothing to let go: no block is proposed, so nothing was recorded.', '');
  else if (v.applied !== null) out.push(`${s.green('✔')} Let ${plural(v.applied, 'block')} go. Undo with coach undo.`, '');
  if (v.left.blocks === 0) {
    out.push(s.green('Nothing left: every block of the plan is done or let go.'));
    return out.join('\n') + '\n';
  }
  out.push(`${label('Left')}${plural(v.left.blocks, 'block')}, ${formatHours(v.left.minutes.min)}–${formatHours(v.left.minutes.max)}`);
  const own = v.ownRatio;
  if (own?.ratio) {
    const counted = Math.round(((v.left.minutes.min + v.left.minutes.max) / 2) * own.ratio);
    const phrases = [`at your ${ratioText(own.ratio)} the plan`, `(${plural(own.timed, 'timed block')}):`, `about ${formatHours(counted)}`];
    out.push(...fitPhrases(phrases, columns - 8).map((l) => `${label('')}${l}`));
  } else if (own) {
    const phrases = ["at the plan's minutes:", `${own.timed} of ${own.minimum} timed blocks`, 'for your own ratio'];
    out.push(...fitPhrases(phrases, columns - 8).map((l) => s.dim(`${' '.repeat(8)}${l}`)));
  }
  const pace = v.pace.days === 0
    ? ['no study days in the last 14 days yet']
    : [`${formatHours(v.pace.minutesPerDay)} a study day`, `over ${plural(v.pace.days, 'study day')}`, 'of the last 14', '(rest days apart)'];
  out.push(...fitPhrases([`${label('Pace')}${pace[0] ?? ''}`, ...pace.slice(1)], columns, ' '.repeat(8)));
  const hours = `${describeHours(v.hours)}${v.hoursSet ? '' : ', the plan’s'}`;
  out.push(`${label('Finish')}${v.finish.atPace ? `${longDate(v.finish.atPace)} at your pace` : 'no pace yet'}`);
  out.push(...fitPhrases([v.finish.atHours ? longDate(v.finish.atHours) : 'never', 'at your hours', `(${hours})`], columns - 8).map((l) => `${' '.repeat(8)}${l}`));
  const t = v.target;
  if (!t) {
    out.push('', ...fitPhrases(['Set an interview date with', 'coach init --target-date YYYY-MM-DD', 'to see whether it is reachable.'], columns).map((l) => s.dim(l)));
    return out.join('\n') + '\n';
  }
  const reach = t.reachable ? s.green('reachable at your hours') : s.yellow('not reachable at your hours');
  const need = t.hoursPerDayNeeded === null ? [reach] : [`${reach};`, `it takes ${t.hoursPerDayNeeded} h a study day`];
  out.push(...fitPhrases([`${label('Target')}${longDate(t.date)}:`, ...need], columns, ' '.repeat(8)));
  if (!t.reachable && t.drop.length > 0) {
    const total = t.drop.reduce((sum, d) => sum + (d.minutes ? (d.minutes.min + d.minutes.max) / 2 : 0), 0);
    const head = [`Let ${plural(t.drop.length, 'block')} go`, `(about ${formatHours(Math.round(total))};`, '6-hour additions first,', 'then your optional categories):'];
    out.push('', ...fitPhrases(head, columns));
    const catWidth = Math.min(16, Math.max(...t.drop.map((d) => width(sanitizeLine(d.category)))));
    for (const d of t.drop) {
      const head = `  W${d.week} D${d.day}  ${padEnd(cut(sanitizeLine(d.category), catWidth), catWidth)}  ${padEnd(formatMinutes(d.minutes), 10)} `;
      out.push(`${head}${cut(sanitizeLine(d.title), Math.max(12, columns - head.length))}`);
    }
    if (!t.dropEnough) {
      const phrases = ['Even without them the date is out of reach at your hours:', 'give more hours with', 'coach init --hours,', 'or more categories with', 'coach init --optional.'];
      out.push(...fitPhrases(phrases, columns).map((l) => s.yellow(l)));
    }
    out.push(`Accept with ${s.bold('coach forecast --apply')} (undo with coach undo).`);
  } else if (!t.reachable) {
    out.push(...fitPhrases(['No block may be proposed for dropping:', 'mark categories optional with', 'coach init --optional CATEGORY...'], columns).map((l) => s.dim(l)));
  }
  return out.join('\n') + '\n';
}

type TargetJson = Omit<NonNullable<Forecast['target']>, 'drop' | 'dropEnough'> & { drop: Pick<DropProposal, 'id' | 'category' | 'title' | 'minutes'>[] };

/** `coach forecast --json`: the documented keys only. */
export type ForecastJson = Omit<Forecast, 'target'> & { target: TargetJson | null };

export function forecastJson(v: ForecastView): ForecastJson {
  const t = v.target;
  return {
    left: v.left,
    pace: v.pace,
    finish: v.finish,
    target: t && {
      date: t.date, reachable: t.reachable, hoursPerDayNeeded: t.hoursPerDayNeeded,
      drop: t.drop.map(({ id, category, title, minutes }) => ({ id, category, title, minutes })),
    },
    ownRatio: v.ownRatio,
  };
}
