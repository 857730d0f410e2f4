// A private tmux server per test, for tests that drive coach on a real terminal: each runs its own
// server (-L), so a learner's tmux sessions are never touched. Call `stopTmux` after each test.
import { spawnSync } from 'node:child_process';

export const HAVE_TMUX = spawnSync('tmux', ['-V']).status === 0;

let socket: string | null = null;

/** Names a fresh server for the test; `tmux(...)` talks to it. */
export function startTmux(): void {
  socket = `coach-test-${process.pid}-${Date.now()}`;
}

export function tmux(...args: string[]): string {
  if (!socket) throw new Error('no tmux server started');
  const r = spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

export function stopTmux(): void {
  if (socket) spawnSync('tmux', ['-L', socket, 'kill-server']);
  socket = null;
}

/** `s` as one word for the shell tmux runs. */
export const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
