// `coach review --markdown FILE`: the review as a note the learner can commit, ending with the
// progress-log rows (Date | Hours | DSA problems | Topics | Notes) the curriculum asks for.
import type { Review } from '../review/review.js';
import { formatHours, formatHoursRange, formatMinutes, range } from './format.js';
import { difficultyLine, lessonsHint } from './review.js';
import { sanitizeLine } from '../text/sanitize.js';

/** First line of every review note: lets a later run recognise the file as its own to replace. */
export const MARKDOWN_MARKER = '<!-- coach review';

export function isReviewNote(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(MARKDOWN_MARKER);
}

/** One table cell: a single line, pipes escaped. */
function cell(text: string): string {
  return sanitizeLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Decimal hours, as a progress log writes them: `3.5`, `2.75`. */
export function decimalHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

export function renderReviewMarkdown(r: Review): string {
  const t = r.totals;
  const out = [
    `${MARKDOWN_MARKER}: ${r.track} week ${r.week}; written by coach review, which may overwrite it -->`,
    `# ${cell(r.trackTitle)}: week ${r.week} review`,
    '',
    `${r.plan} plan · ${r.from} to ${r.to}`,
    '',
    row(['Day', 'Date', 'Focus', 'Blocks', 'Time', 'DSA']),
    row(['---', '---', '---', '---', '---', '---']),
    ...r.days.map((d) => row([
      String(d.day), d.date, cell(d.focus || d.title), `${d.blocks.done}/${d.blocks.planned}`,
      `${formatHours(d.minutes.done)} of ${formatHoursRange(d.minutes.planned)}`, `${d.dsa} of ${range(t.dsa.daily)}`,
    ])),
    '',
    '## Totals',
    '',
    `- Blocks: ${t.blocks.done} of ${t.blocks.planned} (${t.blocks.percent}%)`,
    `- Time: ${formatHours(t.minutes.done)} of ${formatHoursRange(t.minutes.planned)} planned`,
    `- DSA: ${t.dsa.done} solved of ${range(t.dsa.target)} (${difficultyLine(t.dsa.byDifficulty)})`,
    `- Streak: ${r.streak.current} days (longest ${r.streak.longest}); rest days this week: ${r.skipped.length}`,
  ];
  const p = r.previous;
  if (p) {
    out.push(`- Week ${p.week}: ${p.blocks.done} blocks, ${formatHours(p.minutes.done)}, ${p.dsa.done} DSA problems`);
  }
  if (r.undone.length > 0) {
    out.push('', '## Left undone', '');
    for (const d of r.undone) {
      for (const b of d.blocks) {
        out.push(`- Day ${d.day} (${d.date}): ${cell(b.label)} (${cell(b.category)}, ${formatMinutes(b.minutes)}) ${cell(b.title)} \`${b.id}\``);
      }
    }
  }
  out.push('', '## Lessons', '');
  for (const l of r.lessons) out.push(`- ${sanitizeLine(l.text)}`);
  const hint = lessonsHint(r);
  if (r.lessons.length === 0) out.push(hint ? `_${hint}_` : '_None noted._');
  out.push(
    '',
    '## Progress log',
    '',
    row(['Date', 'Hours', 'DSA problems', 'Topics', 'Notes']),
    row(['---', '---', '---', '---', '---']),
    // By the date the work was logged, not the plan day it belongs to: a block caught up later
    // counts on the day it was done, as in the heatmap.
    ...r.progressLog.map((d) => row([d.date, decimalHours(d.minutes), String(d.dsa), cell(d.topics.join('; ')), cell(d.notes.join('; '))])),
  );
  return out.join('\n') + '\n';
}
