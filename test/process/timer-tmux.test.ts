// `coach focus` on a real terminal, driven through tmux: the bar advances, `p` pauses it, Ctrl+C
// leaves the timer running in the log and the terminal as it was (stty shows icanon and echo).
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { BIN, ROOT, runCoach } from '../helpers/cli.js';
import { HAVE_TMUX, quote, startTmux, stopTmux, tmux } from '../helpers/tmux.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, WEEK_11 } from '../commands/setup.js';

afterEach(stopTmux);

function requireTmux(t: TestContext): void {
  if (HAVE_TMUX) return;
  if (process.env.COACH_CORPUS === '1') throw new Error('tmux is required in CI (.ci/run installs it) but was not found');
  t.skip('tmux is not installed; install it (apt-get install tmux) to run the live view tests');
}

const screen = (): string => tmux('capture-pane', '-p', '-t', 'coach');

async function waitFor(test: (text: string) => boolean, what: string, ms = 15_000): Promise<string> {
  const until = Date.now() + ms;
  let text = '';
  while (Date.now() < until) {
    text = screen();
    if (test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}; the screen:\n${text}`);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Cells of the bar filled, from the bar's line. */
const filled = (text: string): number => (/^ {2}(█*)░* {2}\d/m.exec(text)?.[1] ?? '').length;

describe('coach focus in a terminal', () => {
  it('advances the bar, pauses on p, and on Ctrl+C leaves the timer running and the terminal sane', async (t) => {
    requireTmux(t);
    // Block 1 of day 1 lasts one minute here: the 40-cell bar gains a cell every 1.5 s.
    const content = contentDir({ 'go/week-11.md': WEEK_11.replace('Block 1 (HLD – 60–75 min)', 'Block 1 (HLD – 1 min)') });
    const home = tempDir();
    const init = runCoach(['init', '--content', content, '--track', 'go', '--week', '11', '--start', '2026-11-23', '--plan', '4h', '--pace', 'calendar'], { home });
    expect(init.status, init.stderr).toBe(0);

    startTmux();
    const command = `cd ${quote(ROOT)} && env -u COACH_CONTENT -u FORCE_COLOR COACH_HOME=${quote(home)} NO_COLOR=1 ${quote(process.execPath)} ${quote(BIN)} focus go.w11.d1.4h.1; echo "exit=$?"; stty -a; sleep 30`;
    tmux('new-session', '-d', '-s', 'coach', '-x', '80', '-y', '24', command);

    const first = await waitFor((s) => s.includes('of 1 min'), 'the live bar');
    expect(first).toContain('p pause · d done · q leave it running');
    await sleep(3500);
    const later = screen();
    expect(filled(later)).toBeGreaterThan(filled(first));

    tmux('send-keys', '-t', 'coach', 'p');
    const paused = await waitFor((s) => s.includes('❚❚ paused'), 'the pause');
    await sleep(2000);
    expect(filled(screen())).toBe(filled(paused));
    // Paused in the log too, for any other coach to see.
    const shown = JSON.parse(runCoach(['start', '--json'], { home }).stdout) as { timer: { state: string } };
    expect(shown.timer.state).toBe('paused');
    tmux('send-keys', '-t', 'coach', 'p');
    await waitFor((s) => s.includes('p pause ·'), 'the resume');

    tmux('send-keys', '-t', 'coach', 'C-c');
    const after = await waitFor((s) => s.includes('exit='), 'coach to exit');
    expect(after).toContain('The timer keeps running: coach stop logs it');
    expect(after).toContain('exit=0');
    // The terminal is back in cooked mode with echo: stty lists them without a leading "-".
    expect(after).toMatch(/(^|\s)icanon(\s|$)/m);
    expect(after).toMatch(/(^|\s)echo(\s|$)/m);
    expect(after).not.toMatch(/-icanon|(^|\s)-echo(\s|$)/m);

    const stop = runCoach(['stop', '--json', '--keep-open'], { home });
    expect(stop.status, stop.stderr).toBe(0);
    expect(JSON.parse(stop.stdout)).toMatchObject({ action: 'stop', stopped: { blockId: 'go.w11.d1.4h.1', state: 'stopped', outcome: 'open' } });
  });

  it('refuses --watch without a terminal, starting nothing', () => {
    const home = tempDir();
    const r = runCoach(['start', '2', '--watch'], { home });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--watch: the live view needs a terminal');
    const shown = runCoach(['start', '--json'], { home });
    expect(JSON.parse(shown.stdout)).toMatchObject({ timer: null });
  });
});
