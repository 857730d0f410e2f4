// Commands that move the log in and out of coach: export and import.
import { Option } from '@commander-js/extra-typings';
import { examples, type Shell } from './options.js';
import type { Root } from './root.js';

export const declareExport = (parent: Root) => parent
  .command('export')
  .description('write everything in the log (settings, blocks done, problems, rest days, lessons) with stable ids')
  .addOption(new Option('--format <format>', 'json or csv (default: json, or csv when --out ends in .csv)').choices(['json', 'csv']))
  .option('--out <file>', 'write to this file (replaced atomically) instead of stdout; - means stdout')
  .addHelpText('after', examples(['coach export > coach-backup.json', 'coach export --out coach-backup.json', 'coach export --format csv --out coach-log.csv']) +
    '\nCSV: one file, a header and one row per record; each row fills the columns of its type:\n' +
    '  type,id,date,created_at,key,value,block_id,track,week,day,plan,label,category,title,\n' +
    '  planned_min,planned_max,minutes,difficulty,topics,url,note,text\n' +
    '  type export (first row): key coach-export, value the format version, created_at the export time\n' +
    '  type setting: key, value   ·   type skip: id, date, created_at\n' +
    '  type completion: id, date, created_at, block_id, track, week, day, plan, label, category, title,\n' +
    '    planned_min, planned_max, minutes, note\n' +
    '  type problem: id, date, created_at, title, difficulty, topics, url, minutes, note\n' +
    '  type lesson: id, date, created_at, track, week, text\n' +
    'Topics are joined by ";" (a ";" or "\\" inside a topic is preceded by "\\"). An empty cell means no value.\n');

export const declareImport = (parent: Root) => parent
  .command('import')
  .description('merge a file from coach export (JSON or CSV) into the log by id; importing it again changes nothing')
  .argument('<file>', 'a file written by coach export')
  .addHelpText('after', examples(['coach import coach-backup.json', 'coach import coach-log.csv']) +
    '\nThe whole file is checked first: a malformed or foreign file is refused and nothing is written.\n' +
    'Rows already in the log (same id, same block, same rest day) are left as they are; settings you have keep their value.\n');

export function addBackupCommands(root: Root, shell: Shell): void {
  declareExport(root).action(async (_opts, cmd) => {
    const { exportLog } = await import('../commands/export.js');
    await exportLog(shell.ctx, cmd.optsWithGlobals());
  });
  declareImport(root).action(async (file, _opts, cmd) => {
    const { importLog } = await import('../commands/import.js');
    await importLog(shell.ctx, { ...cmd.optsWithGlobals(), file });
  });
}
