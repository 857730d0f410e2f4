// Types of scale-fixtures.mjs, for the tests that build large logs with it.
export interface ExportOptions {
  problems?: number;
  completions?: number;
  days?: number;
  end?: string;
  track?: string;
  firstWeek?: number;
  seed?: number;
}

export const TRACK_WEEKS: number;
/** A coach export (format 1), unchecked: pass it through parseExport to get typed rows. */
export function makeExport(options?: ExportOptions): Record<string, unknown> & { problems: Record<string, unknown>[] };
export function writeExport(file: string, options?: ExportOptions): string;
export function writeCurriculum(dir: string, files: number, options?: { track?: string; firstWeek?: number }): string;
