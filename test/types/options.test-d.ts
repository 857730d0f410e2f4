// Compile-time checks, run by `npm run typecheck` (never by vitest): each command's options come
// from its declaration, so a misspelt or renamed flag, a wrong value type or a missing positional
// argument is a type error. Every `@ts-expect-error` fails the typecheck if its line compiles.
import type { declareDone } from '../../src/cli/daily.js';
import type { declareDsaLog } from '../../src/cli/dsa.js';
import type { OptionsOf } from '../../src/cli/options.js';
import { rootCommand } from '../../src/cli/root.js';
import { declarePlan, declareValidate } from '../../src/cli/track.js';
import type { DoneOptions } from '../../src/commands/done.js';
import type { ExportOptions } from '../../src/commands/export.js';
import type { ImportOptions } from '../../src/commands/import.js';
import type { PlanOptions } from '../../src/commands/plan.js';
import type { ValidateOptions } from '../../src/commands/validate.js';
import { testContext } from '../helpers/cli.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const same = <A, B>(_proof: Equal<A, B>): void => {};

// The options a command module takes are the ones its declaration gives, global --content included.
same<PlanOptions, { content?: string; track?: string; week?: number; day?: number; plan?: '4h' | '6h'; json?: true }>(true);
same<PlanOptions, OptionsOf<typeof declarePlan>>(true);

export const plan: PlanOptions = { week: 11, day: 3, plan: '6h', json: true, content: 'weeks' };
// @ts-expect-error the flag is --week, so the field is `week`
export const misspelt: PlanOptions = { weeks: 11 };
// @ts-expect-error --week is parsed to a number
export const notParsed: PlanOptions = { week: '11' };
// @ts-expect-error --plan takes 4h or 6h only
export const badPlan: PlanOptions = { plan: '5h' };
// @ts-expect-error --format is json or csv
export const badFormat: ExportOptions = { format: 'xml' };

// Positional arguments are typed by their declaration and named by the command.
same<OptionsOf<typeof declareDone, 'refs'>['refs'], string[]>(true);
same<OptionsOf<typeof declareDsaLog, 'count'>['count'], number>(true);
same<ValidateOptions['path'], string | undefined>(true);
export const done: DoneOptions = { refs: ['1', '2'], minutes: 30 };
// @ts-expect-error `done [refs...]` needs its refs
export const noRefs: DoneOptions = { minutes: 30 };
// @ts-expect-error the positional argument of import is `file`, one path
export const oldShape: ImportOptions = { args: ['backup.json'] };

// An action reads what its declaration declares, and nothing else.
const root = rootCommand(testContext().ctx);
declarePlan(root).action((opts) => {
  same<typeof opts.week, number | undefined>(true);
  // @ts-expect-error --days is not an option of plan
  void opts.days;
});
declareValidate(root).action((_path, _opts, _cmd) => {
  same<typeof _path, string | undefined>(true);
  same<typeof _opts.json, true | undefined>(true);
  same<ReturnType<typeof _cmd.optsWithGlobals>['content'], string | undefined>(true);
});

// Renaming a flag in a declaration takes the old field away from the options derived from it, so
// the command body that reads it stops compiling.
export const renamed = (parent: typeof root) => parent.command('plan').option('--wk <n>', 'week');
export function readsWeek(opts: OptionsOf<typeof renamed>): unknown {
  // @ts-expect-error `week` is gone once the flag is --wk
  return opts.week;
}
