// The export file format and the import merge. Rows keep their ids, so importing the same file
// twice, or into the database it came from, adds nothing.
import type { Database } from 'better-sqlite3';
import { UsageError } from '../errors.js';
import { isSettingKey, SETTING_FORMATS } from '../log/settings.js';
import { PLANS } from '../track/model.js';
import { DIFFICULTIES, type Completion, type Lesson, type Problem, type Skip } from '../log/types.js';
import {
  insertCompletion, insertLesson, insertProblem, insertSetting, insertSkip, recordAction, settingValue, type RowRef,
} from './tables.js';
import * as v from './validate.js';

export const EXPORT_FORMAT = 'coach-export';
export const EXPORT_VERSION = 1;

export interface ExportData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: Record<string, string>;
  completions: Completion[];
  problems: Problem[];
  skips: Skip[];
  lessons: Lesson[];
}

export type ImportTable = 'completions' | 'problems' | 'skips' | 'lessons';

/** A setting of the file that was not applied because the log already had another value. */
export interface SkippedSetting {
  key: string;
  current: string;
  imported: string;
}

export interface ImportResult {
  added: Record<ImportTable, number>;
  /** Settings added; existing keys keep their value. */
  settings: number;
  /** Settings the file has with another value than the log's, which the log kept. */
  skippedSettings: SkippedSetting[];
}

const PREFIX = 'invalid export file: ';

function list<T>(data: v.Obj, key: ImportTable, read: (o: v.Obj, at: string) => T): T[] {
  const items = v.field(data, key, { what: 'an array', test: (x): x is unknown[] => Array.isArray(x) }, '', PREFIX);
  return items.map((item, i) => {
    const at = `${key}[${i}]`;
    if (!v.isObject(item)) throw new UsageError(`${PREFIX}${at} must be an object, got ${v.describe(item)}`);
    return read(item, at);
  });
}

function readCompletion(o: v.Obj, at: string): Completion {
  const get = <T>(key: string, kind: v.Kind<T>): T => v.field(o, key, kind, at, PREFIX);
  return {
    id: get('id', v.id),
    blockId: get('blockId', v.id),
    date: get('date', v.date),
    track: get('track', v.text),
    week: get('week', v.count),
    day: get('day', v.count),
    plan: get('plan', v.oneOf(PLANS)),
    label: get('label', v.text),
    category: get('category', v.text),
    title: get('title', v.text),
    planned: get('planned', v.nullable(v.range)),
    minutes: get('minutes', v.nullable(v.count)),
    note: get('note', v.nullable(v.text)),
    createdAt: get('createdAt', v.timestamp),
  };
}

function readProblem(o: v.Obj, at: string): Problem {
  const get = <T>(key: string, kind: v.Kind<T>): T => v.field(o, key, kind, at, PREFIX);
  return {
    id: get('id', v.id),
    date: get('date', v.date),
    title: get('title', v.nullable(v.text)),
    difficulty: get('difficulty', v.nullable(v.oneOf(DIFFICULTIES))),
    topics: get('topics', v.strings),
    url: get('url', v.nullable(v.text)),
    minutes: get('minutes', v.nullable(v.count)),
    note: get('note', v.nullable(v.text)),
    createdAt: get('createdAt', v.timestamp),
  };
}

function readSkip(o: v.Obj, at: string): Skip {
  const get = <T>(key: string, kind: v.Kind<T>): T => v.field(o, key, kind, at, PREFIX);
  return { id: get('id', v.id), date: get('date', v.date), createdAt: get('createdAt', v.timestamp) };
}

function readLesson(o: v.Obj, at: string): Lesson {
  const get = <T>(key: string, kind: v.Kind<T>): T => v.field(o, key, kind, at, PREFIX);
  return {
    id: get('id', v.id),
    track: get('track', v.text),
    week: get('week', v.count),
    text: get('text', v.text),
    date: get('date', v.date),
    createdAt: get('createdAt', v.timestamp),
  };
}

/**
 * Only the settings coach writes, each in the form it writes it: one bad value would otherwise
 * be saved and break every later command, and an unknown key means a file from something else.
 */
function readSettings(raw: v.Obj): Record<string, string> {
  const keys = Object.keys(SETTING_FORMATS).join(', ');
  // fromEntries, not assignment, so a key such as "__proto__" is refused as a key, not a prototype.
  return Object.fromEntries(
    Object.keys(raw).map((key) => {
      const value = v.field(raw, key, v.text, 'settings', PREFIX);
      if (!isSettingKey(key)) {
        throw new UsageError(`${PREFIX}settings has the key ${v.describe(key)}, which is not a coach setting (coach writes ${keys})`);
      }
      const format = SETTING_FORMATS[key];
      if (!format.test(value)) throw new UsageError(`${PREFIX}settings.${key} must be ${format.what}, got ${v.describe(value)}`);
      return [key, value];
    }),
  );
}

/** Check every field of an export file; throws UsageError naming the first bad one. */
export function parseExport(data: unknown): ExportData {
  if (!v.isObject(data)) throw new UsageError(`${PREFIX}expected a JSON object, got ${v.describe(data)}`);
  if (data.format !== EXPORT_FORMAT) {
    throw new UsageError(`${PREFIX}format must be "${EXPORT_FORMAT}", got ${v.describe(data.format)}`);
  }
  const version = v.field(data, 'version', v.positive, '', PREFIX);
  if (version !== EXPORT_VERSION) {
    throw new UsageError(
      version > EXPORT_VERSION
        ? `${PREFIX}it has version ${version}, made by a newer coach (this one reads version ${EXPORT_VERSION}). Update coach.`
        : `${PREFIX}version ${version} is not supported`,
    );
  }
  const exportedAt = v.field(data, 'exportedAt', v.timestamp, '', PREFIX);
  const settings = readSettings(v.field(data, 'settings', { what: 'an object', test: v.isObject }, '', PREFIX));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    settings,
    completions: list(data, 'completions', readCompletion),
    problems: list(data, 'problems', readProblem),
    skips: list(data, 'skips', readSkip),
    lessons: list(data, 'lessons', readLesson),
  };
}

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word.replace(/s$/, '') : word}`;
}

/** Merge `data` by id; the caller holds an IMMEDIATE transaction. Records one 'import' action. */
export function importData(db: Database, data: ExportData, now: string): ImportResult {
  const refs: RowRef[] = [];
  const added: Record<ImportTable, number> = { completions: 0, problems: 0, skips: 0, lessons: 0 };
  const merge = <T extends { id: string }>(table: ImportTable, rows: readonly T[], insert: (db: Database, row: T) => boolean) => {
    for (const row of rows) {
      if (!insert(db, row)) continue;
      added[table] += 1;
      refs.push({ table, id: row.id });
    }
  };
  merge('completions', data.completions, insertCompletion);
  merge('problems', data.problems, insertProblem);
  merge('skips', data.skips, insertSkip);
  merge('lessons', data.lessons, insertLesson);
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
  return { added, settings, skippedSettings };
}
