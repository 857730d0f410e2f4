// Reading an export file, every row checked against its entity's declaration, and the import merge.
// Rows keep their ids, so importing the same file twice, or into the database it came from, adds nothing.
import type { Database } from 'better-sqlite3';
import { UsageError } from '../errors.js';
import { sameBlock } from '../log/attach.js';
import { completions, LOG_ENTITIES, type EntityType, type LogEntity } from '../log/entities.js';
import type { Completion } from '../log/types.js';
import {
  EXPORT_FORMAT, EXPORT_VERSION, rowsOf, type EntityLists, type ExportData, type ImportResult, type ImportTable, type RowId, type SkippedSetting,
} from '../log/export-format.js';
import * as k from '../log/kinds.js';
import { isSettingKey, SETTING_FORMATS } from '../log/settings.js';
import type { Cell } from '../log/fields.js';
import { statement } from './statements.js';
import { BULK_ROWS } from './problem-totals.js';
import { toRow, type RowOf } from './rows.js';
import { INSERT_BATCH, insertRow, insertRows, insertSetting, rowBefore, rowById, settingValue, startAction } from './tables.js';

export { EXPORT_FORMAT, EXPORT_VERSION, type ExportData, type ImportResult, type ImportTable, type SkippedSetting } from '../log/export-format.js';

export const PREFIX = 'invalid export file: ';

function list<E extends LogEntity>(data: k.Obj, entity: E): EntityType<E>[] {
  if (entity.addedLater && !Object.hasOwn(data, entity.table)) return [];
  const items = k.field(data, entity.table, { what: 'an array', test: (x): x is unknown[] => Array.isArray(x) }, '', PREFIX);
  const seen = new Map<string, number>();
  const rows: EntityType<E>[] = [];
  // A plain loop: an export can hold hundreds of thousands of rows.
  for (let i = 0; i < items.length; i++) {
    const at = `${entity.table}[${i}]`;
    const row = checkRow(entity, items[i], at, PREFIX);
    const id = (row as { id: string }).id;
    const first = seen.get(id);
    if (first !== undefined) throw sameId(at, id, `${entity.table}[${first}]`, PREFIX);
    seen.set(id, i);
    rows.push(row);
  }
  return rows;
}

interface Check {
  key: string;
  kind: k.Kind<unknown>;
  addedLater: boolean;
}

/** An entity's fields as a list of checks, built once and read for every row. */
const checksOf = new WeakMap<LogEntity, Check[]>();

function checks(entity: LogEntity): Check[] {
  let list = checksOf.get(entity);
  if (!list) {
    list = Object.entries(entity.fields).map(([key, field]) => ({ key, kind: field.kind, addedLater: field.addedLater === true }));
    checksOf.set(entity, list);
  }
  return list;
}

/**
 * The row `item` of `entity`, every field checked in declaration order, so the message names the
 * first bad one. An item with every field is the row itself (its other keys are never read: every
 * use of a row goes through its entity's fields), so an import of 100,000 rows makes no copy of
 * each; one without a field added in a later version gets a copy with that field null.
 */
export function checkRow<E extends LogEntity>(entity: E, item: unknown, at: string, prefix: string): EntityType<E> {
  if (!k.isObject(item)) throw new UsageError(`${prefix}${at} must be an object, got ${k.describe(item)}`);
  let whole = true;
  for (const { key, kind, addedLater } of checks(entity)) {
    if (addedLater && !Object.hasOwn(item, key)) whole = false;
    else k.field(item, key, kind, at, prefix);
  }
  if (whole) return item as EntityType<E>;
  // Keys come from the entity's declaration, never from the file, so plain assignment is safe.
  const row: Record<string, unknown> = {};
  for (const { key } of checks(entity)) row[key] = Object.hasOwn(item, key) ? item[key] : null;
  return row as EntityType<E>;
}

/** Two rows with one id: a merge by id would keep one and drop the other without a word. */
export function sameId(at: string, id: string, earlier: string, prefix: string): UsageError {
  return new UsageError(`${prefix}${at}.id ${k.describe(id)} is also the id of ${earlier}; each row needs its own id`);
}

/**
 * Only the settings coach writes, each in the form it writes it: one bad value would otherwise
 * be saved and break every later command, and an unknown key means a file from something else.
 */
function readSettings(raw: k.Obj): Record<string, string> {
  const keys = Object.keys(SETTING_FORMATS).join(', ');
  // fromEntries, not assignment, so a key such as "__proto__" is refused as a key, not a prototype.
  return Object.fromEntries(
    Object.keys(raw).map((key) => {
      const value = k.field(raw, key, k.text, 'settings', PREFIX);
      if (!isSettingKey(key)) {
        throw new UsageError(`${PREFIX}settings has the key ${k.describe(key)}, which is not a coach setting (coach writes ${keys})`);
      }
      const format = SETTING_FORMATS[key];
      if (!format.test(value)) {
        const why = format.why?.(value);
        throw new UsageError(`${PREFIX}settings.${key} must be ${format.what}, got ${k.describe(value)}${why ? `; ${why}` : ''}`);
      }
      return [key, value];
    }),
  );
}

/** What an export has besides its rows. */
export type ExportHead = Pick<ExportData, 'format' | 'version' | 'exportedAt' | 'settings'>;

/** Check every field of an export file; throws UsageError naming the first bad one. */
export function parseExport(data: unknown): ExportData {
  const head = parseHead(data);
  return {
    ...head,
    ...(Object.fromEntries(LOG_ENTITIES.map((e) => [e.table, list(data as k.Obj, e)])) as EntityLists),
  };
}

/** Check the format, version, export time and settings of an export file, as `parseExport` does first. */
export function parseHead(data: unknown): ExportHead {
  if (!k.isObject(data)) throw new UsageError(`${PREFIX}expected a JSON object, got ${k.describe(data)}`);
  if (data.format !== EXPORT_FORMAT) {
    throw new UsageError(`${PREFIX}format must be "${EXPORT_FORMAT}", got ${k.describe(data.format)}`);
  }
  const version = k.field(data, 'version', k.positive, '', PREFIX);
  if (version !== EXPORT_VERSION) {
    throw new UsageError(
      version > EXPORT_VERSION
        ? `${PREFIX}it has version ${version}, made by a newer coach (this one reads version ${EXPORT_VERSION}). Update coach.`
        : `${PREFIX}version ${version} is not supported`,
    );
  }
  const exportedAt = k.field(data, 'exportedAt', k.timestamp, '', PREFIX);
  const settings = readSettings(k.field(data, 'settings', { what: 'an object', test: k.isObject }, '', PREFIX));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, settings };
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word.replace(/s$/, '') : word}`;
}

/**
 * Whether the log has a completion of the same block under another id: same track, day, plan
 * section and positional id, and the same category and title (see `attach`), as when the same
 * day was logged on two machines.
 */
function loggedAlready(db: Database, c: Completion): boolean {
  return statement<[string, number, number, string, string], { category: string; title: string }>(
    db,
    'SELECT category, title FROM completions WHERE track = ? AND week = ? AND day = ? AND plan = ? AND block_id = ?',
  )
    .all(c.track, c.week, c.day, c.plan, c.blockId)
    .some((o) => sameBlock(o, c));
}

/** Whether the log's row `stored` holds other values than the file's `row` of the same id. */
function differs<E extends LogEntity>(entity: E, stored: RowOf<E>, row: EntityType<E>): boolean {
  const mine = stored as Record<string, Cell>;
  const theirs = toRow(entity, row) as Record<string, Cell>;
  return Object.keys(theirs).some((c) => mine[c] !== theirs[c]);
}

/** Checked rows to merge: an export's lists, or rows read back one at a time (a streamed CSV import). */
export interface ImportSource {
  settings: Record<string, string>;
  /** The entity's rows in file order. */
  rows<E extends LogEntity>(entity: E): Iterable<EntityType<E>>;
  /** How many rows `rows(entity)` gives. */
  count(entity: LogEntity): number;
  /**
   * SQLite's page cache for the whole import (the merge, the indexes rebuilt, the cards computed).
   * Past it, the pages the transaction changed go to the WAL before the commit (cache_spill) and
   * sorts go to temporary files: a source that keeps its own memory bounded sets it small, so the
   * import takes no more memory whatever the file's size. Unset, the connection's (16 MiB) is kept.
   */
  pageCacheKib?: number;
}

/**
 * The page cache of a bulk JSON import: about the size of a log of 100,000 problems. The file is
 * in memory whole already, and a cache that holds the pages the write changes spares writing them
 * to the WAL early and reading them back.
 */
const BULK_IMPORT_CACHE_KIB = 64 * 1024;

/** The rows of an export already checked (`parseExport`), to merge. */
export function sourceOf(data: ExportData): ImportSource {
  const source: ImportSource = { settings: data.settings, rows: (entity) => rowsOf(data, entity), count: (entity) => rowsOf(data, entity).length };
  return data.problems.length >= BULK_ROWS ? { ...source, pageCacheKib: BULK_IMPORT_CACHE_KIB } : source;
}

/**
 * Merge `source` by id; the caller holds an IMMEDIATE transaction. Records one 'import' action,
 * its rows as they are added, so that nothing here grows with the file but the rows reported.
 */
export function mergeRows(db: Database, source: ImportSource, now: string): ImportResult {
  const action = startAction(db, 'import', now);
  const added = Object.fromEntries(LOG_ENTITIES.map((e) => [e.table, 0])) as Record<ImportTable, number>;
  const differing: RowId[] = [];
  for (const entity of LOG_ENTITIES) {
    // The rows this import adds are the table's rows past its last rowid now: the action log takes
    // them in one statement at the end rather than one insert a row.
    const since = action.mark(entity.table);
    // A completion is first compared with the log's; other rows go in INSERT_BATCH at a time, when
    // the rows added can be told by rowid.
    if (since === null || entity === completions) {
      for (const row of source.rows(entity)) {
        if (entity === completions && !rowById(db, entity, row.id) && loggedAlready(db, row as Completion)) continue;
        if (insertRow(db, entity, row)) {
          added[entity.table] += 1;
          if (since === null) action.add({ table: entity.table, id: row.id });
          continue;
        }
        // An id the log has already: the log's row stays, and a different one is reported.
        const stored = rowById(db, entity, row.id);
        if (stored && differs(entity, stored, row)) differing.push({ table: entity.table, id: row.id });
      }
      if (since !== null) action.addSince(entity.table, since);
      continue;
    }
    const batch: EntityType<typeof entity>[] = [];
    const flush = (): void => {
      const n = insertRows(db, entity, batch);
      added[entity.table] += n;
      // Some ids were the log's already: those rows (from before this import) stay, and each
      // different one is reported.
      if (n < batch.length) {
        for (const row of batch) {
          const stored = rowBefore(db, entity, row.id, since);
          if (stored && differs(entity, stored, row)) differing.push({ table: entity.table, id: row.id });
        }
      }
      batch.length = 0;
    };
    for (const row of source.rows(entity)) if (batch.push(row) === INSERT_BATCH) flush();
    flush();
    action.addSince(entity.table, since);
  }
  let settings = 0;
  const skippedSettings: SkippedSetting[] = [];
  for (const [key, value] of Object.entries(source.settings)) {
    if (insertSetting(db, key, value)) {
      settings += 1;
      action.add({ table: 'settings', id: key, value });
      continue;
    }
    const current = settingValue(db, key);
    if (current !== null && current !== value) skippedSettings.push({ key, current, imported: value });
  }
  const parts = (Object.keys(added) as ImportTable[]).filter((t) => added[t] > 0).map((t) => plural(added[t], t));
  if (settings > 0) parts.push(plural(settings, 'settings'));
  action.finish(`imported ${parts.join(', ')}`);
  return { added, settings, skippedSettings, differing };
}
