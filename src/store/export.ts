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
import { toRow, type RowOf } from './rows.js';
import { insertRow, insertSetting, recordAction, rowById, settingValue, type RowRef } from './tables.js';

export { EXPORT_FORMAT, EXPORT_VERSION, type ExportData, type ImportResult, type ImportTable, type SkippedSetting } from '../log/export-format.js';

const PREFIX = 'invalid export file: ';

function list<E extends LogEntity>(data: k.Obj, entity: E): EntityType<E>[] {
  if (entity.addedLater && !Object.hasOwn(data, entity.table)) return [];
  const items = k.field(data, entity.table, { what: 'an array', test: (x): x is unknown[] => Array.isArray(x) }, '', PREFIX);
  // Two rows with one id: a merge by id would keep one and drop the other without a word.
  const seen = new Map<string, number>();
  return items.map((item, i) => {
    const at = `${entity.table}[${i}]`;
    if (!k.isObject(item)) throw new UsageError(`${PREFIX}${at} must be an object, got ${k.describe(item)}`);
    const row = read(entity, item, at);
    const id = (row as { id: string }).id;
    const first = seen.get(id);
    if (first !== undefined) {
      throw new UsageError(`${PREFIX}${at}.id ${k.describe(id)} is also the id of ${entity.table}[${first}]; each row needs its own id`);
    }
    seen.set(id, i);
    return row;
  });
}

/** Every field checked in declaration order, so the message names the first bad one. */
function read<E extends LogEntity>(entity: E, o: k.Obj, at: string): EntityType<E> {
  return Object.fromEntries(
    Object.entries(entity.fields).map(([key, field]) => [key, k.field(o, key, field.kind, at, PREFIX)]),
  ) as EntityType<E>;
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

/** Check every field of an export file; throws UsageError naming the first bad one. */
export function parseExport(data: unknown): ExportData {
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
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    settings,
    ...(Object.fromEntries(LOG_ENTITIES.map((e) => [e.table, list(data, e)])) as EntityLists),
  };
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

/** Merge `data` by id; the caller holds an IMMEDIATE transaction. Records one 'import' action. */
export function importData(db: Database, data: ExportData, now: string): ImportResult {
  const refs: RowRef[] = [];
  const added = Object.fromEntries(LOG_ENTITIES.map((e) => [e.table, 0])) as Record<ImportTable, number>;
  const differing: RowId[] = [];
  for (const entity of LOG_ENTITIES) {
    for (const row of rowsOf(data, entity)) {
      // An id the log has already: the log's row stays, and a different one is reported.
      const stored = rowById(db, entity, row.id);
      if (stored) {
        if (differs(entity, stored, row)) differing.push({ table: entity.table, id: row.id });
        continue;
      }
      if (entity === completions && loggedAlready(db, row as Completion)) continue;
      if (!insertRow(db, entity, row)) continue;
      added[entity.table] += 1;
      refs.push({ table: entity.table, id: row.id });
    }
  }
  let settings = 0;
  const skippedSettings: SkippedSetting[] = [];
  for (const [key, value] of Object.entries(data.settings)) {
    if (insertSetting(db, key, value)) {
      settings += 1;
      refs.push({ table: 'settings', id: key, value });
      continue;
    }
    const current = settingValue(db, key);
    if (current !== null && current !== value) skippedSettings.push({ key, current, imported: value });
  }
  if (refs.length > 0) {
    const parts = (Object.keys(added) as ImportTable[]).filter((t) => added[t] > 0).map((t) => plural(added[t], t));
    if (settings > 0) parts.push(plural(settings, 'settings'));
    recordAction(db, 'import', `imported ${parts.join(', ')}`, now, refs);
  }
  return { added, settings, skippedSettings, differing };
}
