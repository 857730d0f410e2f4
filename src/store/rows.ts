// SQLite's rows, column for column, and their mapping to the log's domain types, derived from the
// entity declarations; only the store reads these.
import type { Cell, Field } from '../log/fields.js';
import { type ColumnOf, type Entity, type EntityType } from '../log/entities.js';
import type { ActionKind, ActionSummary } from '../log/types.js';

/** What SQLite returns for an entity's table: one cell per declared column. */
export type RowOf<E extends Entity> = { [C in ColumnOf<E>]: Cell };

export interface ActionRow {
  id: number;
  kind: ActionKind;
  summary: string;
  created_at: string;
  undone: number;
}

export function toRow<E extends Entity>(entity: E, value: EntityType<E>): RowOf<E> {
  const row: Record<string, Cell> = {};
  for (const [key, field] of Object.entries(entity.fields)) {
    const cells = field.toSql((value as Record<string, unknown>)[key]);
    field.columns.forEach((c, i) => (row[c.name] = cells[i] ?? null));
  }
  return row as RowOf<E>;
}

/**
 * The same as cells in `columnNames(entity)` order, for a statement with positional parameters;
 * added to the end of `cells` (an insert of many rows binds them all as one list).
 */
export function toCells<E extends Entity>(entity: E, value: EntityType<E>, cells: Cell[] = []): Cell[] {
  for (const [key, field] of fieldList(entity)) {
    const own = field.toSql((value as Record<string, unknown>)[key]);
    for (let i = 0; i < field.columns.length; i++) cells.push(own[i] ?? null);
  }
  return cells;
}

const fieldLists = new WeakMap<Entity, [string, Field<unknown>][]>();

function fieldList(entity: Entity): [string, Field<unknown>][] {
  let list = fieldLists.get(entity);
  if (!list) {
    list = Object.entries(entity.fields);
    fieldLists.set(entity, list);
  }
  return list;
}

interface Reader {
  key: string;
  names: string[];
  plain: boolean;
  /** For a field that is not plain, where its cells are in a row of `jsonRowsSql` (after the object): from `at` up to `end`. */
  at: number;
  end: number;
  fromSql: (cells: readonly Cell[]) => unknown;
}

/** An entity's fields as a list, each with its columns: built once, read for every row. */
const readersOf = new WeakMap<Entity, Reader[]>();

function readers(entity: Entity): Reader[] {
  let list = readersOf.get(entity);
  if (!list) {
    let at = 1;
    list = Object.entries(entity.fields).map(([key, field]) => {
      const names = field.columns.map((c) => c.name);
      const reader = { key, names, plain: field.plain, at, end: field.plain ? at : at + names.length, fromSql: field.fromSql };
      at = reader.end;
      return reader;
    });
    readersOf.set(entity, list);
  }
  return list;
}

export function fromRow<E extends Entity>(entity: E, row: RowOf<E>): EntityType<E> {
  const cells = row as Record<string, Cell>;
  const value: Record<string, unknown> = {};
  for (const { key, names, fromSql } of readers(entity)) value[key] = fromSql(names.map((n) => cells[n] ?? null));
  return value as EntityType<E>;
}

/**
 * A column as a value JSON can hold: a BLOB, which only a damaged or hand-edited row holds, is read
 * as its bytes taken as text rather than failing the read (JSON has no bytes).
 */
export function jsonCell(column: string): string {
  return `iif(typeof(${column}) = 'blob', CAST(${column} AS TEXT), ${column})`;
}

/**
 * The SELECT of `entity`'s rows (`where`: the SQL after FROM, the conditions) in `order`, each row
 * as JSON text for `fromJsonRows`: an array of an object keyed by field, with a plain field's cell
 * under its key and null under any other's (so the keys keep the declaration's order), then the
 * cells of the other fields. SQLite writes the text and V8's JSON.parse makes the object, so a
 * command reading hundreds of rows runs no JavaScript per cell, which V8 would otherwise compile
 * the reading loop for at every start.
 */
export function jsonRowsSql(entity: Entity, order: string, where: string): string {
  const pairs = readers(entity).flatMap((r) => [`'${r.key}'`, r.plain ? jsonCell(r.names[0] as string) : 'NULL']);
  const rest = readers(entity).flatMap((r) => (r.plain ? [] : r.names.map(jsonCell)));
  return `SELECT json_array(json_object(${pairs.join(', ')})${rest.map((c) => `, ${c}`).join('')}) FROM ${entity.table}${where} ORDER BY ${order}`;
}

/** The rows `jsonRowsSql` selected (its one column), each field that is not plain read from its cells. */
export function fromJsonRows<E extends Entity>(entity: E, json: readonly string[]): EntityType<E>[] {
  const rest = readers(entity).filter((r) => !r.plain);
  if (rest.length === 0) return json.map((text) => (JSON.parse(text) as [EntityType<E>])[0]);
  return json.map((text) => {
    const row = JSON.parse(text) as [Record<string, unknown>, ...Cell[]];
    const value = row[0];
    for (let f = 0; f < rest.length; f++) {
      const { key, at, end, fromSql } = rest[f] as Reader;
      value[key] = fromSql(row.slice(at, end) as Cell[]);
    }
    return value as EntityType<E>;
  });
}

export function toAction(r: ActionRow): ActionSummary {
  return { id: r.id, kind: r.kind, summary: r.summary, createdAt: r.created_at, undone: r.undone !== 0 };
}
