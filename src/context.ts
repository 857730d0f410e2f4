// What a command gets from the outside world. Tests build one by hand.
import type { Style } from './render/color.js';

export interface Output {
  write(text: string): void;
  isTTY: boolean;
  style: Style;
}

export interface Context {
  now: Date;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: Output;
  stderr: Output;
  /** COACH_HOME or the platform's data folder. */
  dataDir: string;
  /** Whether prompts may be shown (stdin and stdout are terminals). */
  interactive: boolean;
}

/** Options every command accepts. */
export interface GlobalOptions {
  content?: string;
}
