// Field builders for the log's entity declarations (entities.ts). A field names its column(s), which
// SQLite and the CSV export share, the check for a value from outside, and how a value maps to cells.
import type { IsoDate } from '../schedule/dates.js';
import type { Minutes } from '../track/model.js';
import * as k from './kinds.js';

/** A value as SQLite stores it; CSV cells are written from the same values (null as an empty cell). */
export type Cell = string | number | null;

export interface Column<C extends string = string> {
  readonly name: C;
  readonly type: 'TEXT' | 'INTEGER';
  readonly nullable: boolean;
}

export interface Field<T, C extends string = string> {
  readonly columns: readonly Column<C>[];
  /** What a value from outside (an export file) must look like. */
  readonly kind: k.Kind<T>;
  /** Free prose, such as a note: the CSV puts its column after the short ones. */
  readonly prose: boolean;
  /** One column whose cell, as SQLite holds it, is the value (`fromSql` gives it back unchanged). */
  readonly plain: boolean;
  /** How the CSV writes the value, where that is not plain; `coach export --help` prints it. */
  readonly csvNote: string | null;
  /**
   * Added to its entity after the export format's first version: an older file without it (a JSON
   * row without the key, a CSV without its columns) imports it as null. Only a nullable field can be.
   */
  readonly addedLater?: boolean;
  /** One cell per column, in order. */
  toSql(value: T): Cell[];
  /** The value of one cell per column, in order. Read by index: it runs for every cell a command reads. */
  fromSql(cells: readonly Cell[]): T;
  toCsv(value: T): Cell[];
  /** The JSON value the CSV cells stand for, unchecked: `kind` checks it, as for a JSON file. */
  fromCsv(cells: readonly string[]): unknown;
}

/** A CSV cell holding a number: whole numbers become numbers; anything else stays text for the check to name. */
export const wholeOrText = (cell: string): number | string | null => (cell === '' ? null : /^\d+$/.test(cell) ? Number(cell) : cell);

function scalar<T extends string | number, C extends string>(
  name: C,
  type: Column['type'],
  kind: k.Kind<T>,
  prose = false,
): Field<T, C> {
  return {
    columns: [{ name, type, nullable: false }],
    kind,
    prose,
    plain: true,
    csvNote: null,
    toSql: (value) => [value],
    // SQLite's NOT NULL and CHECK constraints hold the column to this type.
    fromSql: (cells) => cells[0] as T,
    toCsv: (value) => [value],
    fromCsv: ([cell = '']) => (type === 'INTEGER' ? wholeOrText(cell) : cell),
  };
}

export const id = <C extends string>(name: C): Field<string, C> => scalar(name, 'TEXT', k.id);
export const text = <C extends string>(name: C): Field<string, C> => scalar(name, 'TEXT', k.text);
/** Text the learner wrote, possibly long and over several lines. */
export const prose = <C extends string>(name: C): Field<string, C> => scalar(name, 'TEXT', k.text, true);
export const date = <C extends string>(name: C): Field<IsoDate, C> => scalar(name, 'TEXT', k.date);
export const timestamp = <C extends string>(name: C): Field<string, C> => scalar(name, 'TEXT', k.timestamp);
export const count = <C extends string>(name: C): Field<number, C> => scalar(name, 'INTEGER', k.count);
export const between = <C extends string>(name: C, min: number, max: number): Field<number, C> =>
  scalar(name, 'INTEGER', k.between(min, max));
export const oneOf = <T extends string, C extends string>(values: readonly T[], name: C): Field<T, C> =>
  scalar(name, 'TEXT', k.oneOf(values));

/** A planned duration in two whole-minute columns. */
export function range<A extends string, B extends string>(min: A, max: B): Field<Minutes, A | B> {
  return {
    columns: [
      { name: min, type: 'INTEGER', nullable: false },
      { name: max, type: 'INTEGER', nullable: false },
    ],
    kind: k.range,
    prose: false,
    plain: false,
    csvNote: null,
    toSql: (m) => [m.min, m.max],
    fromSql: (cells) => ({ min: cells[0] as number, max: cells[1] as number }),
    toCsv: (m) => [m.min, m.max],
    fromCsv: ([lo = '', hi = '']) => ({ min: wholeOrText(lo), max: wholeOrText(hi) }),
  };
}

/** A `;` or `\` inside an item is escaped by a backslash, so any list survives the round trip. */
export function joinList(items: readonly string[]): string {
  return items.map((t) => t.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join(';');
}

export function splitList(text: string): string[] {
  if (text === '') return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) current += text[++i];
    else if (ch === ';') {
      items.push(current);
      current = '';
    } else current += ch;
  }
  return [...items, current];
}

function parseJsonList(json: Cell): string[] {
  try {
    const v: unknown = JSON.parse(String(json));
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    // A hand-edited row should not make every listing fail.
    return [];
  }
}

/** A list of strings: a JSON array in SQLite, joined by `;` in the CSV. `item` names one, for the help. */
export function list<C extends string>(name: C, item: string): Field<string[], C> {
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  return {
    columns: [{ name, type: 'TEXT', nullable: false }],
    kind: k.strings,
    prose: false,
    plain: false,
    csvNote: `${title} are joined by ";" (a ";" or "\\" inside a ${item} is preceded by "\\").`,
    toSql: (items) => [JSON.stringify(items)],
    fromSql: (cells) => parseJsonList(cells[0] ?? null),
    toCsv: (items) => [joinList(items)],
    fromCsv: ([cell = '']) => splitList(cell),
  };
}

/**
 * The field or null: all its columns null. In SQLite any null column reads as null; in the CSV only
 * all cells empty do, so a half-filled range is reported rather than dropped.
 */
export function nullable<T, C extends string>(field: Field<T, C>): Field<T | null, C> {
  const empty = (): Cell[] => field.columns.map(() => null);
  return {
    ...field,
    columns: field.columns.map((c) => ({ ...c, nullable: true })),
    kind: k.nullable(field.kind),
    toSql: (value) => (value === null ? empty() : field.toSql(value)),
    fromSql: (cells) => (cells.includes(null) ? null : field.fromSql(cells)),
    toCsv: (value) => (value === null ? empty() : field.toCsv(value)),
    fromCsv: (cells) => (cells.every((c) => c === '') ? null : field.fromCsv(cells)),
  };
}

/** A nullable field added after the export format's first version (see `Field.addedLater`). */
export function later<T, C extends string>(field: Field<T | null, C>): Field<T | null, C> {
  if (!field.columns.every((c) => c.nullable)) throw new Error(`a field added later must be nullable: ${field.columns[0]?.name}`);
  return { ...field, addedLater: true };
}
