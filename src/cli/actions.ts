// What each command does when it runs: its module, imported only then, called with the context
// and its typed options. Kept apart from the declarations, which the command modules read for
// their option types, so no module imports one that imports it back. Listed by name, so that a run
// declares only the command it names (see src/cli.ts).
import type { Context } from '../context.js';
import type { ExitCode } from '../errors.js';
import { declarePlan, declareTracks, declareValidate } from './track.js';
import { declareDone, declareInit, declareShow, declareSkip, declareToday, declareUndo } from './daily.js';
import { declareDsa, declareDsaAdd, declareDsaList, declareDsaLog, declareDsaRm, declareDsaStats } from './dsa.js';
import { declareLesson, declareLessonAdd, declareLessonList, declareLessonRm, declareProgress, declareReview } from './review.js';
import { declareExport, declareImport } from './backup.js';
import { declareDrop, declareForecast } from './behind.js';
import { declareLog, declareLogKind, declareLogList, declareLogRm } from './practice.js';
import { PRACTICE_KINDS } from '../practice/kinds.js';
import { declareRevisit, declareRevisitDone, declareRevisitForget, declareRevisitSkip } from './revisit.js';
import { declareCancel, declareFocus, declarePause, declareResume, declareStart, declareStop } from './timer.js';
import { declareCalendar, declareComplete, declareCompletion, declareStatus } from './shell.js';
import { rootCommand, type Root } from './root.js';

/** What an action needs from the running shell: the context, and a way to set the exit code. */
export interface Shell {
  ctx: Context;
  setExitCode(code: ExitCode): void;
}

/** Declares one top-level command (with its subcommands) on `coach`, each with its action. */
type AddCommand = (root: Root, shell: Shell) => void;

/**
 * Every top-level command by the name it is declared with (test/cli/commands.test.ts checks the
 * two agree); the order here is the order `coach --help` lists them in.
 */
export const COMMANDS: Readonly<Record<string, AddCommand>> = {
  tracks: (root, shell) => declareTracks(root).action(async (_opts, cmd) => {
    const { tracks } = await import('../commands/tracks.js');
    await tracks(shell.ctx, cmd.optsWithGlobals());
  }),
  plan: (root, shell) => declarePlan(root).action(async (_opts, cmd) => {
    const { plan } = await import('../commands/plan.js');
    await plan(shell.ctx, cmd.optsWithGlobals());
  }),
  validate: (root, shell) => declareValidate(root).action(async (path, _opts, cmd) => {
    const { validate, validateExitCode } = await import('../commands/validate.js');
    shell.setExitCode(validateExitCode(await validate(shell.ctx, { ...cmd.optsWithGlobals(), path })));
  }),
  init: (root, shell) => declareInit(root).action(async (_opts, cmd) => {
    const { init } = await import('../commands/init.js');
    await init(shell.ctx, cmd.optsWithGlobals());
  }),
  today: (root, shell) => declareToday(root).action(async (_opts, cmd) => {
    const { today } = await import('../commands/today.js');
    await today(shell.ctx, cmd.optsWithGlobals());
  }),
  done: (root, shell) => declareDone(root).action(async (refs, _opts, cmd) => {
    const { done } = await import('../commands/done.js');
    await done(shell.ctx, { ...cmd.optsWithGlobals(), refs });
  }),
  show: (root, shell) => declareShow(root).action(async (ref, _opts, cmd) => {
    const { show } = await import('../commands/show.js');
    await show(shell.ctx, { ...cmd.optsWithGlobals(), ref });
  }),
  undo: (root, shell) => declareUndo(root).action(async (_opts, cmd) => {
    const { undo } = await import('../commands/undo.js');
    await undo(shell.ctx, cmd.optsWithGlobals());
  }),
  skip: (root, shell) => declareSkip(root).action(async (_opts, cmd) => {
    const { skip } = await import('../commands/skip.js');
    await skip(shell.ctx, cmd.optsWithGlobals());
  }),
  drop: (root, shell) => declareDrop(root).action(async (refs, _opts, cmd) => {
    const { drop } = await import('../commands/drop.js');
    await drop(shell.ctx, { ...cmd.optsWithGlobals(), refs });
  }),
  start: (root, shell) => declareStart(root).action(async (ref, _opts, cmd) => {
    const { start } = await import('../commands/timer-watch.js');
    await start(shell.ctx, { ...cmd.optsWithGlobals(), ref });
  }),
  stop: (root, shell) => declareStop(root).action(async (_opts, cmd) => {
    const { stop } = await import('../commands/timer.js');
    await stop(shell.ctx, cmd.optsWithGlobals());
  }),
  pause: (root, shell) => declarePause(root).action(async (_opts, cmd) => {
    const { pause } = await import('../commands/timer.js');
    await pause(shell.ctx, cmd.optsWithGlobals());
  }),
  resume: (root, shell) => declareResume(root).action(async (_opts, cmd) => {
    const { resume } = await import('../commands/timer.js');
    await resume(shell.ctx, cmd.optsWithGlobals());
  }),
  cancel: (root, shell) => declareCancel(root).action(async (_opts, cmd) => {
    const { cancel } = await import('../commands/timer.js');
    await cancel(shell.ctx, cmd.optsWithGlobals());
  }),
  focus: (root, shell) => declareFocus(root).action(async (ref, _opts, cmd) => {
    const { focus } = await import('../commands/timer-watch.js');
    await focus(shell.ctx, { ...cmd.optsWithGlobals(), ref });
  }),
  forecast: (root, shell) => declareForecast(root).action(async (_opts, cmd) => {
    const { forecastCommand } = await import('../commands/forecast.js');
    await forecastCommand(shell.ctx, cmd.optsWithGlobals());
  }),
  dsa: (root, shell) => {
    const dsa = declareDsa(root);
    declareDsaAdd(dsa).action(async (title, _opts, cmd) => {
      const { dsaAdd } = await import('../commands/dsa.js');
      await dsaAdd(shell.ctx, { ...cmd.optsWithGlobals(), title });
    });
    declareDsaLog(dsa).action(async (count, _opts, cmd) => {
      const { dsaLog } = await import('../commands/dsa.js');
      await dsaLog(shell.ctx, { ...cmd.optsWithGlobals(), count });
    });
    declareDsaList(dsa).action(async (_opts, cmd) => {
      const { dsaList } = await import('../commands/dsa.js');
      await dsaList(shell.ctx, cmd.optsWithGlobals());
    });
    declareDsaRm(dsa).action(async (id, _opts, cmd) => {
      const { dsaRm } = await import('../commands/dsa.js');
      await dsaRm(shell.ctx, { ...cmd.optsWithGlobals(), id });
    });
    declareDsaStats(dsa).action(async (_opts, cmd) => {
      const { dsaStatsCommand } = await import('../commands/dsa.js');
      await dsaStatsCommand(shell.ctx, cmd.optsWithGlobals());
    });
  },
  revisit: (root, shell) => {
    const revisit = declareRevisit(root).action(async (_opts, cmd) => {
      const { revisitList } = await import('../commands/revisit.js');
      await revisitList(shell.ctx, cmd.optsWithGlobals());
    });
    declareRevisitDone(revisit).action(async (id, _opts, cmd) => {
      const { revisitDone } = await import('../commands/revisit.js');
      await revisitDone(shell.ctx, { ...cmd.optsWithGlobals(), id });
    });
    declareRevisitSkip(revisit).action(async (id, _opts, cmd) => {
      const { revisitSkip } = await import('../commands/revisit.js');
      await revisitSkip(shell.ctx, { ...cmd.optsWithGlobals(), id });
    });
    declareRevisitForget(revisit).action(async (id, _opts, cmd) => {
      const { revisitForget } = await import('../commands/revisit.js');
      await revisitForget(shell.ctx, { ...cmd.optsWithGlobals(), id });
    });
  },
  review: (root, shell) => declareReview(root).action(async (_opts, cmd) => {
    const { review } = await import('../commands/review.js');
    await review(shell.ctx, cmd.optsWithGlobals());
  }),
  lesson: (root, shell) => {
    const lesson = declareLesson(root);
    declareLessonAdd(lesson).action(async (text, _opts, cmd) => {
      const { lessonAdd } = await import('../commands/lesson.js');
      await lessonAdd(shell.ctx, { ...cmd.optsWithGlobals(), text });
    });
    declareLessonList(lesson).action(async (_opts, cmd) => {
      const { lessonList } = await import('../commands/lesson.js');
      await lessonList(shell.ctx, cmd.optsWithGlobals());
    });
    declareLessonRm(lesson).action(async (id, _opts, cmd) => {
      const { lessonRm } = await import('../commands/lesson.js');
      await lessonRm(shell.ctx, { ...cmd.optsWithGlobals(), id });
    });
  },
  log: (root, shell) => {
    const log = declareLog(root);
    for (const kind of PRACTICE_KINDS) {
      declareLogKind(log, kind).action(async (title, _opts, cmd) => {
        const { logPractice } = await import('../commands/log.js');
        await logPractice(shell.ctx, { ...cmd.optsWithGlobals(), title, kind });
      });
    }
    declareLogList(log).action(async (_opts, cmd) => {
      const { logList } = await import('../commands/log.js');
      await logList(shell.ctx, cmd.optsWithGlobals());
    });
    declareLogRm(log).action(async (id, _opts, cmd) => {
      const { logRm } = await import('../commands/log.js');
      await logRm(shell.ctx, { ...cmd.optsWithGlobals(), id });
    });
  },
  progress: (root, shell) => declareProgress(root).action(async (_opts, cmd) => {
    const { progress } = await import('../commands/progress.js');
    await progress(shell.ctx, cmd.optsWithGlobals());
  }),
  export: (root, shell) => declareExport(root).action(async (_opts, cmd) => {
    const { exportLog } = await import('../commands/export.js');
    await exportLog(shell.ctx, cmd.optsWithGlobals());
  }),
  import: (root, shell) => declareImport(root).action(async (file, _opts, cmd) => {
    const { importLog } = await import('../commands/import.js');
    await importLog(shell.ctx, { ...cmd.optsWithGlobals(), file });
  }),
  status: (root, shell) => declareStatus(root).action(async (_opts, cmd) => {
    const { status } = await import('../commands/status.js');
    await status(shell.ctx, cmd.optsWithGlobals());
  }),
  calendar: (root, shell) => declareCalendar(root).action(async (_opts, cmd) => {
    const { calendar } = await import('../commands/calendar.js');
    await calendar(shell.ctx, cmd.optsWithGlobals());
  }),
  completion: (root, shell) => declareCompletion(root).action(async (shellName, _opts, cmd) => {
    const { completion } = await import('../commands/completion.js');
    await completion(shell.ctx, { ...cmd.optsWithGlobals(), shell: shellName });
  }),
  __complete: (root, shell) => declareComplete(root).action(async (words) => {
    const { complete } = await import('../commands/completion.js');
    // Every command declared, on a root of its own: completion reads the whole tree.
    const program = rootCommand(shell.ctx);
    for (const [name, add] of Object.entries(COMMANDS)) if (name !== '__complete') add(program, shell);
    await complete(shell.ctx, { words, program });
  }),
};
