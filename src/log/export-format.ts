// The shape of `coach export`'s file: its name and version, the settings, and every log entity's rows.
import { LOG_ENTITIES, type EntityType, type LogEntity, type LogTable } from './entities.js';

export const EXPORT_FORMAT = 'coach-export';
export const EXPORT_VERSION = 1;

/**
 * The largest file `coach import` reads. A JSON export of 100,000 rows is about 43 MB (its CSV
 * about 20 MB); importing one takes about 200 MiB (JSON, parsed whole) or 100 MiB (CSV, checked
 * row by row with its rows kept in a temporary file, about as much at any size): `npm run bench
 * -- --scale` measures it.
 */
export const MAX_IMPORT_BYTES = 128 * 2 ** 20;

/** One list per log entity, under its table's name. */
export type EntityLists = { [E in LogEntity as E['table']]: EntityType<E>[] };

export type ExportData = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Record<string, string>;
} & EntityLists;

/** An empty list for every log entity: the rows of a log with nothing in it. */
export function emptyLists(): EntityLists {
  return Object.fromEntries(LOG_ENTITIES.map((e) => [e.table, []])) as unknown as EntityLists;
}

/** The rows of one entity in an export. */
export function rowsOf<E extends LogEntity>(data: EntityLists, entity: E): EntityType<E>[] {
  return data[entity.table] as EntityType<E>[];
}

export type ImportTable = LogTable;

/** A setting of the file that was not applied because the log already had another value. */
export interface SkippedSetting {
  key: string;
  current: string;
  imported: string;
}

/** A log row, by table and id. */
export interface RowId {
  table: ImportTable;
  id: string;
}

export interface ImportResult {
  added: Record<ImportTable, number>;
  /** Settings added; existing keys keep their value. */
  settings: number;
  /** Settings the file has with another value than the log's, which the log kept. */
  skippedSettings: SkippedSetting[];
  /** Rows whose id the log has with other values: the log's were kept, the file's not imported. */
  differing: RowId[];
}
