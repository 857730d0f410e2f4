// The `coach done` checkbox on a real terminal, driven through tmux: keys in, screen and log out.
// Each test runs its own tmux server (-L), so a learner's tmux sessions are never touched.
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { BIN, ROOT, runCoach } from '../helpers/cli.js';
import { HAVE_TMUX, quote, startTmux, stopTmux, tmux } from '../helpers/tmux.js';
import { onCleanup, tempDir } from '../helpers/temp-dir.js';

const PROMPT = 'Which blocks did you finish?';



afterEach(stopTmux);

/** Skips with a reason when tmux is missing, except in CI (COACH_CORPUS=1), where it must be there. */
function requireTmux(t: TestContext): void {
  if (HAVE_TMUX) return;
  if (process.env.COACH_CORPUS === '1') throw new Error('tmux is required in CI (.ci/run installs it) but was not found');
  t.skip('tmux is not installed; install it (apt-get install tmux) to run the terminal prompt tests');
}


/** Starts `coach done` in a 120×40 tmux pane; the shell reports its exit code after it ends. */
function startDone(home: string): void {
  startTmux();
  const command = `cd ${quote(ROOT)} && env -u COACH_CONTENT -u FORCE_COLOR COACH_HOME=${quote(home)} NO_COLOR=1 ${quote(process.execPath)} ${quote(BIN)} done; echo "exit=$?"; sleep 5`;
  tmux('new-session', '-d', '-s', 'coach', '-x', '120', '-y', '40', command);
}

const screen = (): string => tmux('capture-pane', '-p', '-t', 'coach');

/** Polls the pane until `test` holds; fails with the last screen after `ms`. */
async function waitFor(test: (text: string) => boolean, what: string, ms = 15_000): Promise<string> {
  const until = Date.now() + ms;
  let text = '';
  while (Date.now() < until) {
    text = screen();
    if (test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${text}`);
}

const selected = (text: string): number => (text.match(/◉/g) ?? []).length;

function logged(home: string): string[] {
  const store = openStore(home);
  onCleanup(() => store.close());
  return store.completions().map((c) => c.blockId);
}

describe('coach done on a real terminal', () => {
  it('space selects, arrows move, enter logs the selected blocks', async (t) => {
    requireTmux(t);
    const home = tempDir();
    expect(runCoach(['init', '--yes'], { home }).status).toBe(0);
    startDone(home);

    const first = await waitFor((s) => s.includes(PROMPT), 'the checkbox');
    expect(first).toMatch(/❯◯ 1\. Block 1 \(HLD, 60–75 min\) Pin down the requirements/);
    tmux('send-keys', '-t', 'coach', 'Space');
    await waitFor((s) => selected(s) === 1, 'the first block to be selected');
    tmux('send-keys', '-t', 'coach', 'Down');
    await waitFor((s) => /❯◯ 2\. Block 2/.test(s), 'the cursor on block 2');
    tmux('send-keys', '-t', 'coach', 'Space');
    await waitFor((s) => selected(s) === 2, 'the second block to be selected');
    tmux('send-keys', '-t', 'coach', 'Enter');

    // Both are practice blocks: the HLD is offered as a design (logged with the block's title and
    // the default rating), the LLD as a machine-coding problem (declined).
    await waitFor((s) => s.includes('Log "Block 1" as a design?'), 'the offer to log block 1');
    tmux('send-keys', '-t', 'coach', 'y', 'Enter');
    await waitFor((s) => /\? Title \(Pin down the requirements/.test(s), 'the title, prefilled');
    tmux('send-keys', '-t', 'coach', 'Enter');
    await waitFor((s) => s.includes('How did it go?'), 'the rating');
    tmux('send-keys', '-t', 'coach', 'Enter');
    await waitFor((s) => s.includes('Log "Block 2" as a machine-coding problem?'), 'the offer to log block 2');
    tmux('send-keys', '-t', 'coach', 'n', 'Enter');

    const end = await waitFor((s) => s.includes('exit='), 'coach to finish');
    expect(end).toContain('exit=0');
    expect(end).toContain('✔ Block 1 HLD');
    expect(end).toContain('✔ Block 2 LLD');
    expect(end).toContain('✔ logged design "Pin down the requirements, draw the architecture, define the API" on');
    expect(logged(home)).toEqual(['go.w11.d1.4h.1', 'go.w11.d1.4h.2']);
    const store = openStore(home);
    onCleanup(() => store.close());
    expect(store.practice().map((p) => [p.kind, p.blockId, p.rating, p.minutes])).toEqual([['design', 'go.w11.d1.4h.1', 'good', 60]]);
  });

  it('Ctrl+C leaves quietly, with no stack and nothing logged', async (t) => {
    requireTmux(t);
    const home = tempDir();
    expect(runCoach(['init', '--yes'], { home }).status).toBe(0);
    startDone(home);

    await waitFor((s) => s.includes(PROMPT), 'the checkbox');
    tmux('send-keys', '-t', 'coach', 'Space');
    await waitFor((s) => selected(s) === 1, 'the first block to be selected');
    tmux('send-keys', '-t', 'coach', 'C-c');

    const end = await waitFor((s) => s.includes('exit='), 'coach to finish');
    expect(end).toContain('exit=130');
    expect(end).not.toMatch(/Error| {4}at /);
    expect(logged(home)).toEqual([]);
  });
});
