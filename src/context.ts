// What a command gets from the outside world. Tests build one by hand.
import type { Style } from './render/color.js';
import type { Prompts } from './ui/prompts.js';

export interface Output {
  write(text: string): void;
  isTTY: boolean;
  style: Style;
  /** How many columns a line may take: the terminal's width, else COLUMNS, else 80. */
  columns: number;
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
  /** Questions for the learner; only used when `interactive`. */
  prompts: Prompts;
}
