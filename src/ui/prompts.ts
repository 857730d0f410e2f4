// The one place coach talks to @inquirer/prompts. Commands receive a `Prompts` through their
// context, so tests answer by question name; inquirer itself loads only when a prompt is shown.
import { UsageError } from '../errors.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
}

export interface Prompts {
  select<T>(name: string, message: string, choices: readonly Choice<T>[], initial?: T): Promise<T>;
  checkbox<T>(name: string, message: string, choices: readonly Choice<T>[]): Promise<T[]>;
  input(name: string, message: string, opts?: { initial?: string; validate?: (value: string) => string | true }): Promise<string>;
  confirm(name: string, message: string, initial?: boolean): Promise<boolean>;
}

/** Prompts on the real terminal. Ctrl+C raises ExitPromptError, which the CLI treats as a quiet exit. */
export function terminalPrompts(): Prompts {
  const lib = () => import('@inquirer/prompts');
  return {
    async select(_name, message, choices, initial) {
      const { select } = await lib();
      return select({ message, choices: choices.map((c) => ({ ...c })), default: initial, loop: false });
    },
    async checkbox(_name, message, choices) {
      const { checkbox } = await lib();
      return checkbox({ message, choices: choices.map((c) => ({ ...c })), loop: false });
    },
    async input(_name, message, opts = {}) {
      const { input } = await lib();
      return input({ message, default: opts.initial, validate: opts.validate });
    },
    async confirm(_name, message, initial = true) {
      const { confirm } = await lib();
      return confirm({ message, default: initial });
    },
  };
}

/** Used when stdin or stdout is not a terminal: any question is a usage error naming the flag to use. */
export function noPrompts(hint: (name: string) => string): Prompts {
  const fail = (name: string): never => {
    throw new UsageError(hint(name));
  };
  return {
    select: async (name) => fail(name),
    checkbox: async (name) => fail(name),
    input: async (name) => fail(name),
    confirm: async (name) => fail(name),
  };
}
