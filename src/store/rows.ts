// SQLite's rows, column for column, and their mapping to the log's domain types, derived from the
// entity declarations; only the store reads these.
import type { Cell, Field } from '../log/fields.js';
import { columnNames, type ColumnOf, type Entity, type EntityType } from '../log/entities.js';
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
  /** Where the field's columns are in a row listed in `columnNames` order. */
  at: number[];
  /** Where its one column is, for a field of one column (most are); -1 otherwise. */
  only: number;
  fromSql: (cells: readonly Cell[]) => unknown;
}

/** An entity's fields as a list, each with its columns: built once, read for every row. */
const readersOf = new WeakMap<Entity, Reader[]>();

function readers(entity: Entity): Reader[] {
  let list = readersOf.get(entity);
  if (!list) {
    const order = columnNames(entity);
    list = Object.entries(entity.fields).map(([key, field]) => {
      const names = field.columns.map((c) => c.name);
      const at = names.map((n) => order.indexOf(n));
      return { key, names, at, only: at.length === 1 ? (at[0] ?? -1) : -1, fromSql: field.fromSql };
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

/** The same from a row of cells in `columnNames(entity)` order, as a raw-mode statement returns it. */
export function fromCells<E extends Entity>(entity: E, row: readonly Cell[]): EntityType<E> {
  const value: Record<string, unknown> = {};
  // A plain loop and a one-cell list for one column: a track's completions run this thousands of times.
  const list = readers(entity);
  for (let f = 0; f < list.length; f++) {
    const { key, at, only, fromSql } = list[f] as Reader;
    value[key] = fromSql(only >= 0 ? [row[only] ?? null] : at.map((i) => row[i] ?? null));
  }
  return value as EntityType<E>;
}

export function toAction(r: ActionRow): ActionSummary {
  return { id: r.id, kind: r.kind, summary: r.summary, createdAt: r.created_at, undone: r.undone !== 0 };
}
