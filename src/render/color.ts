// Colour only where it helps: never with NO_COLOR or when output is not a terminal,
// unless FORCE_COLOR asks for it.
import { Chalk, type ChalkInstance } from 'chalk';

export type Style = ChalkInstance;
type Level = 0 | 1 | 2 | 3;

export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): Level {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as Level;
    return 1;
  }
  if (env.NO_COLOR) return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /256/.test(env.TERM ?? '') ? 2 : 1;
}

export function makeStyle(level: Level): Style {
  return new Chalk({ level });
}

/** Removes SGR colour codes: for tests and width calculations. */
export function stripColor(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
