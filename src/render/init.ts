// The text of `coach init`: the settings it saved and what to run next, or that nothing changed.
import type { Settings } from '../log/settings.js';
import type { IsoDate } from '../schedule/dates.js';
import { sanitizeLine } from '../text/sanitize.js';
import { describeHours } from '../schedule/hours.js';
import type { Style } from './color.js';
import { range } from './format.js';

/** Settings as init saves them: every choice made. */
export type SavedSettings = Settings & { track: string; start: IsoDate; week: number };

export type InitView =
  /** The learner declined to change the settings of an existing log. */
  | { outcome: 'unchanged' }
  /** `updated`: a log was there before and keeps its rows. */
  | { outcome: 'set-up' | 'updated'; settings: SavedSettings };

export function renderInit(s: Style, v: InitView): string {
  if (v.outcome === 'unchanged') return 'Settings unchanged.\n';
  const { track, week, plan, pace, start, content, target, hours, optional, dsa, targets, revisitCap } = v.settings;
  const own = Object.entries(targets).map(([area, r]) => `${area} ${range(r)}`);
  const goals = [
    ...(target ? [`target ${target}`] : []),
    ...(hours ? [`hours ${describeHours(hours)}`] : []),
    ...(optional.length ? [`optional ${optional.map(sanitizeLine).join(', ')}`] : []),
  ];
  const updated = v.outcome === 'updated';
  return (
    `${s.green('✔')} ${updated ? 'Settings updated' : 'Set up'}: track ${s.bold(sanitizeLine(track))}, week ${week}, ${plan} plan, ${pace} pace, starting ${start}.\n` +
    (content ? `  Content: ${sanitizeLine(content)}\n` : '') +
    (goals.length ? `  Forecast: ${goals.join(' · ')} (see coach forecast)\n` : '') +
    (dsa ? `  DSA: ${range(dsa)} a day where the track names no target\n` : '') +
    (own.length ? `  Targets: ${own.join(', ')} over the track (see coach progress)\n` : '') +
    (revisitCap ? `  Revisit: at most ${revisitCap} due problems a day (coach revisit)\n` : '') +
    (updated ? '  Your log is unchanged.\n' : '') +
    `  Next: ${s.bold('coach today')}\n`
  );
}
