// `coach status` on a warm state: bin/coach.cjs runs this (dist/bundle/status.cjs) before loading
// the CLI, and prints its line when the state file is current; otherwise the full command runs.
// Only the state file, a few stat calls and a readdir of the content folder: no SQLite, no parser.
import path from 'node:path';
import { dataDir } from '../data-dir.js';
import { jsonText } from '../render/output.js';
import { DEFAULT_FORMAT, renderStatus, statusJson, unknownPlaceholders } from '../render/status.js';
import { studyDate } from '../schedule/dates.js';
import { contentStamps, logStamps, readState, sameStamps, type Stamps } from './state.js';

interface StatusArgs {
  format: string;
  json: boolean;
}

/** `status [--format FMT] [--json]` and nothing else; null sends anything other to the full CLI. */
function parseArgs(args: readonly string[]): StatusArgs | null {
  const parsed: StatusArgs = { format: DEFAULT_FORMAT, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') parsed.json = true;
    else if (arg === '--format' && i + 1 < args.length) parsed.format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) parsed.format = arg.slice('--format='.length);
    else return null;
  }
  return unknownPlaceholders(parsed.format).length === 0 ? parsed : null;
}

/**
 * What `coach status` prints, from the state file, or null when it cannot be trusted: another
 * content folder, another study date, or a log or track file changed since it was written.
 */
export function fastStatus(argv: readonly string[], env: NodeJS.ProcessEnv, now: Date, cwd: string): string | null {
  if (argv[2] !== 'status') return null;
  const args = parseArgs(argv.slice(3));
  if (!args) return null;
  try {
    const dir = dataDir(env);
    const state = readState(dir);
    if (!state) return null;
    const saved = state.stamps;
    const current: Stamps = {
      contentKey: env.COACH_CONTENT ? path.resolve(cwd, env.COACH_CONTENT) : null,
      rollover: saved.rollover,
      date: studyDate(now, saved.rollover),
      log: logStamps(dir),
      content: saved.content,
      files: saved.content === null ? [] : contentStamps(saved.content),
    };
    if (!sameStamps(current, saved)) return null;
    return args.json ? jsonText(statusJson(state.facts, now, args.format)) : `${renderStatus(args.format, state.facts, now)}\n`;
  } catch {
    return null; // Whatever went wrong, the full command works it out and says so.
  }
}
