// Conditions on a log entity's rows, and its rows counted in SQL by some of its fields: what a view
// that only counts (practice by kind, re-solves by rating) reads, a few groups however long the log.
import type { Database } from 'better-sqlite3';
import type { EntityType, LogEntity } from '../log/entities.js';
import type { Cell, Field } from '../log/fields.js';
import { statement } from './statements.js';

export type Param = string | number;

/** ` WHERE a AND b` for the conditions whose value is defined, with their parameters. */
export function where(conditions: ReadonlyArray<readonly [string, Param | undefined]>): [string, Param[]] {
  const used = conditions.filter((c): c is readonly [string, Param] => c[1] !== undefined);
  return [used.length ? ` WHERE ${used.map((c) => c[0]).join(' AND ')}` : '', used.map((c) => c[1])];
}

/** Rows alike in the fields counted by, and how many there are. */
export type Group<E extends LogEntity, K extends keyof EntityType<E>> = Pick<EntityType<E>, K> & { n: number };

/**
 * The rows of `entity` matching the conditions whose value is given, counted by the values of the
 * fields `keys`; each value read through its field, as whole rows are. Groups in no set order.
 */
export function countBy<E extends LogEntity, K extends keyof EntityType<E> & string>(
  db: Database, entity: E, keys: readonly K[], conditions: ReadonlyArray<readonly [string, Param | undefined]> = [],
): Group<E, K>[] {
  const all: Record<string, Field<unknown> | undefined> = entity.fields;
  const fields = keys.map((key) => {
    const field = all[key];
    if (!field) throw new Error(`${entity.table} has no field ${key}`);
    return { key, field };
  });
  const columns = fields.flatMap(({ field }) => field.columns.map((c) => c.name));
  const [sql, params] = where(conditions);
  const list = columns.join(', ');
  const rows = statement<Param[], Cell[]>(db, `SELECT ${list}, count(*) FROM ${entity.table}${sql} GROUP BY ${list}`).raw().all(...params);
  return rows.map((cells) => {
    const group: Record<string, unknown> = { n: cells[columns.length] };
    let at = 0;
    for (const { key, field } of fields) {
      group[key] = field.fromSql(cells.slice(at, at + field.columns.length));
      at += field.columns.length;
    }
    return group as Group<E, K>;
  });
}
