// The practice sections of `coach progress` (every area against its target over the track, with
// pace, projection and a bar) and of `coach review` (the week's entries by area and the guide's
// milestone lines). Pure; every bar is also characters, so it reads the same without colour.
import type { AreaProgress, WeekMilestones } from '../practice/practice-view.js';
import { GUIDE_WEEKS, type PracticeArea, type TargetSource } from '../practice/targets.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Style } from './color.js';
import { padEnd, plural, range } from './format.js';
import { difficultyLine } from './review.js';
import { fitPhrases, fitText } from './wrap.js';

export const AREA_LABELS: Readonly<Record<PracticeArea, string>> = {
  dsa: 'DSA',
  'machine-coding': 'Machine coding',
  design: 'System design',
  mock: 'Mocks',
  theory: 'Theory',
  project: 'Projects',
};

const BAR = 12;

/** Done against the target's top, in BAR cells. */
function bar(s: Style, a: AreaProgress): string {
  const top = Math.max(a.target.max, 1);
  const filled = Math.min(BAR, Math.round((Math.min(a.done, top) / top) * BAR));
  const onPace = a.projected >= a.target.min;
  return (onPace ? s.green : s.yellow)('█'.repeat(filled)) + s.dim('░'.repeat(BAR - filled));
}

/** Which target came from where, in a line: the guide's scaled, the track's, yours. */
function sources(areas: readonly AreaProgress[], weeks: number): string {
  const named = (src: TargetSource): string => areas.filter((a) => a.source === src).map((a) => AREA_LABELS[a.kind]).join(', ');
  const parts = [
    ...(named('guide') ? [`${named('guide')}: the guide's ${GUIDE_WEEKS}-week ranges scaled to your ${plural(weeks, 'week')}`] : []),
    ...(named('content') ? [`${named('content')}: the track's`] : []),
    ...(named('learner') ? [`${named('learner')}: yours (coach init --target)`] : []),
  ];
  return `Targets: ${parts.join('; ')}.`;
}

/** `coach progress`: one line per area, then where the targets came from. */
export function renderPracticeProgress(s: Style, areas: readonly AreaProgress[], weeks: number, columns = 80): string {
  const lines = [
    `${s.bold('Practice')}  ${s.dim('done of the target over the track · per week · at this pace by the end')}`,
    ...areas.map((a) => {
      const short = a.projected < a.target.min;
      return `  ${padEnd(AREA_LABELS[a.kind], 15)}${String(a.done).padStart(4)} of ${padEnd(range(a.target), 8)}` +
        `${padEnd(`${a.pace}/wk`, 9)}→ ${padEnd(String(a.projected), 5)}${bar(s, a)}${short ? s.yellow(' short') : ''}`;
    }),
    s.dim(sources(areas, weeks)),
  ];
  return fitText(lines.join('\n'), columns) + '\n';
}

/** `coach review`: the week's entries by area, with the milestone lines. */
export function renderPracticeWeek(s: Style, week: readonly AreaProgress[], m: WeekMilestones, columns = 80): string {
  const counts = week.filter((a) => a.kind !== 'dsa').map((a) => `${AREA_LABELS[a.kind]} ${a.done}`).join(' · ');
  const concepts = `${plural(m.concepts.done, 'lesson')} noted of ${range(m.concepts.target)}`;
  const mocks = m.mocks.map((k) => `${k.type ?? 'mock'}${k.title ? ` "${sanitizeLine(k.title)}"` : ''} ${k.score === null ? 'unscored' : `${k.score}/5`}`);
  const lines = [
    s.bold('Practice this week'),
    `  ${counts}`,
    `  ${s.dim(padEnd('Concepts', 9))}${(m.concepts.done >= m.concepts.target.min ? s.green : s.yellow)(concepts)}`,
    `  ${s.dim(padEnd('DSA', 9))}${difficultyLine(m.dsa)}`,
    ...milestone(s, 'Features', m.projectFeatures.map((f) => sanitizeLine(f)), 'coach log project "Notes API: login"', columns),
    ...milestone(s, 'Mocks', mocks, 'coach log mock "URL shortener" --type design', columns),
  ];
  return fitText(lines.join('\n'), columns) + '\n';
}

/** A milestone line: its entries, or "none logged" and the command that logs one, kept whole on a line of its own when it does not fit. */
function milestone(s: Style, name: string, entries: readonly string[], example: string, columns: number): string[] {
  const head = `  ${s.dim(padEnd(name, 9))}`;
  if (entries.length > 0) return [head + entries.join(' · ')];
  return fitPhrases([`${head}none logged`, `(${example})`], columns, ' '.repeat(11));
}
