// A learner three weeks behind, on the 6h plan, in an 80×24 tmux pane: today's blocks and the
// overdue summary fit the first screen, and one command catches a block up or lets one go.
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCoach } from '../helpers/cli.js';
import { HAVE_TMUX, quote, startTmux, stopTmux, tmux } from '../helpers/tmux.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, weekFile } from '../commands/setup.js';



afterEach(stopTmux);


/** Four weeks of the bundled track, started 2 Nov 2026: on 23 Nov it is week 14 day 1, 21 days behind. */
function threeWeeksBehind(): { home: string; content: string } {
  const content = contentDir(Object.fromEntries([11, 12, 13, 14].map((w) => [`go/week-${w}.md`, weekFile('go', w)])));
  const home = tempDir();
  const r = runCoach(['init', '--content', content, '--track', 'go', '--week', '11', '--start', '2026-11-02', '--plan', '6h', '--pace', 'calendar'], { home });
  expect(r.status, r.stderr).toBe(0);
  return { home, content };
}

const DATE = '2026-11-23';

describe('three weeks behind', () => {
  it.skipIf(!HAVE_TMUX && process.env.COACH_CORPUS !== '1')('today fits an 80×24 pane, its own blocks first', async () => {
    const { home } = threeWeeksBehind();
    startTmux();
    const command = `cd ${quote(ROOT)} && env -u COACH_CONTENT -u FORCE_COLOR COACH_HOME=${quote(home)} NO_COLOR=1 ${quote(process.execPath)} ${quote(BIN)} today --date ${DATE}; echo "exit=$?"; sleep 5`;
    tmux('new-session', '-d', '-s', 'coach', '-x', '80', '-y', '24', command);
    let screen = '';
    for (let i = 0; i < 300 && !screen.includes('exit='); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      screen = tmux('capture-pane', '-p', '-t', 'coach');
    }
    expect(screen).toContain('exit=0');
    const lines = screen.split('\n');
    // Nothing scrolled off: the first line is still the header
    expect(lines[0]).toMatch(/^Go Track · week 14 · day 1 /);
    for (const ref of [1, 2, 3, 4, 5]) expect(screen).toMatch(new RegExp(`^ ${ref} ☐ `, 'm'));
    expect(screen).toMatch(/^Overdue: 102 blocks from 21 days, about \d+h · all: coach today --all$/m);
    expect(screen.match(/^ {1,2}\d+ ☐ .* W1[1-3] D\d /gm)).toHaveLength(4);
    expect(screen).toContain('Catch up: coach done 6 · let go: coach drop 6');
  });

  it('catches up with one command and lets go with another', () => {
    const { home } = threeWeeksBehind();
    const before = JSON.parse(runCoach(['today', '--date', DATE, '--json'], { home }).stdout) as { overdue: { count: number; shown: { ref: number; id: string }[] } };
    const [first, second] = before.overdue.shown;
    expect(first?.ref).toBe(6);

    const done = runCoach(['done', '6', '--date', DATE], { home });
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain(`week 13 day 7`);
    // The numbers move up: the next overdue block is 6 now
    const drop = runCoach(['drop', '6', '--date', DATE], { home });
    expect(drop.status, drop.stderr).toBe(0);
    expect(drop.stdout).toContain('Let 1 block go.');

    const after = JSON.parse(runCoach(['today', '--date', DATE, '--json'], { home }).stdout) as { overdue: { count: number; all: { id: string }[] } };
    expect(after.overdue.count).toBe(before.overdue.count - 2);
    expect(after.overdue.all.map((o) => o.id)).not.toContain(first?.id);
    expect(after.overdue.all.map((o) => o.id)).not.toContain(second?.id);
  });
});
