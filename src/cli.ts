// The command line: `program` declares the commands (one file per family under src/cli/), only the
// one named when a run names one; each action imports its command module lazily, so `--help` and
// fast commands load only what they use. Errors become exit codes in cli-process.ts.
import { CommanderError } from '@commander-js/extra-typings';
import { COMMANDS, type Shell } from './cli/actions.js';
import { loadExportHelp } from './cli/backup.js';
import { rootCommand, type Root } from './cli/root.js';
import { checkClock, distance, makeContext, processIo, report, type Io } from './cli-process.js';
import { EXIT, type ExitCode } from './errors.js';
import { logOpenedForWriting } from './status/written.js';

/**
 * `coach` with every command, or with only `only`: what commander does with a command line that
 * starts with a command's name depends on that command alone, so the others need not be declared.
 */
function program(shell: Shell, only: string | undefined): Root {
  const cli = rootCommand(shell.ctx);
  for (const [name, add] of Object.entries(COMMANDS)) if (only === undefined || name === only) add(cli, shell);
  return cli;
}

/**
 * The one command a run must declare, when its arguments say which: `coach` alone runs the default
 * command (`today`); help, options before the command and unknown names need every command.
 */
function commandToDeclare(args: readonly string[]): string | undefined {
  if (args.length === 0) return 'today';
  const first = args[0] ?? '';
  return Object.hasOwn(COMMANDS, first) ? first : undefined;
}

/** `today` is the default command, so commander would read an unknown command as its argument. */
function checkCommandName(cli: Root, first: string | undefined): void {
  if (first === undefined || first.startsWith('-') || first === 'help' || cli.commands.some((c) => c.name() === first)) return;
  // `__complete`, which the completion scripts call, is no command to suggest.
  const names = cli.commands.map((c) => c.name()).filter((n) => !n.startsWith('_'));
  const near = names.find((n) => distance(n, first) <= 2);
  throw new CommanderError(2, 'commander.unknownCommand', `unknown command '${first}'${near ? ` (did you mean ${near}?)` : ''}; commands: ${names.join(', ')}`);
}

/** Runs coach with `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  const ctx = makeContext(io);
  // A command that finishes exits 0 unless its action names another code (validate does).
  let code: ExitCode = EXIT.ok;
  const cli = program({ ctx, setExitCode: (c) => (code = c) }, commandToDeclare(argv.slice(2)));
  try {
    // Help that needs more than the declarations is loaded only when help is asked for.
    const help = argv.slice(2).some((a) => a === '--help' || a === '-h' || a === 'help');
    if (help) await loadExportHelp();
    else if (!argv.slice(2).some((a) => a === '--version' || a === '-V')) checkClock(ctx.now);
    checkCommandName(cli, argv[2]);
    await cli.parseAsync([...argv]);
    // The status line's state follows every write, so the next prompt reads it without the log.
    if (logOpenedForWriting()) await (await import('./status/compute.js')).refreshStatus(ctx);
    return code;
  } catch (err) {
    return report(ctx, err);
  }
}
