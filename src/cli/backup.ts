// Commands that move the log in and out of coach: export and import.
import { Option } from '@commander-js/extra-typings';
import { examples } from './options.js';
import type { Root } from './root.js';

// The CSV columns come from the log's declarations, more of coach than a command line needs:
// loaded only when help is asked for (see `loadHelpTexts`).
let csvColumns = '';

/** Loads what `coach export --help` prints about the CSV columns. */
export async function loadExportHelp(): Promise<void> {
  csvColumns = '\n' + (await import('../log/csv-layout.js')).csvHelp();
}

export const declareExport = (parent: Root) => parent
  .command('export')
  .description('write everything in the log (settings, blocks done, problems, rest days, lessons) with stable ids')
  .addOption(new Option('--format <format>', 'json or csv (default: json, or csv when --out ends in .csv)').choices(['json', 'csv']))
  .option('--out <file>', 'write to this file (replaced atomically) instead of stdout; - means stdout')
  .option('--force', 'replace a file --out names that already exists, or create a missing folder or the file a link to nothing points to')
  .addHelpText('after', () => examples(['coach export > coach-backup.json', 'coach export --out coach-backup.json', 'coach export --format csv --out coach-log.csv']) +
    csvColumns);

export const declareImport = (parent: Root) => parent
  .command('import')
  .description('merge a file from coach export (JSON or CSV) into the log by id; importing it again changes nothing')
  .argument('<file>', 'a file written by coach export')
  .addHelpText('after', examples(['coach import coach-backup.json', 'coach import coach-log.csv']) +
    '\nThe whole file is checked first: a malformed or foreign file is refused and nothing is written.\n' +
    'Rows already in the log (same id, same block, same rest day) are left as they are; settings you have keep their value.\n');
