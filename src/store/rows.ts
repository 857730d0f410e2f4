// SQLite's rows, column for column, and their mapping to the log's domain types, derived from the
// entity declarations; only the store reads these.
import type { Cell } from '../log/fields.js';
import type { ColumnOf, Entity, EntityType } from '../log/entities.js';
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

export function fromRow<E extends Entity>(entity: E, row: RowOf<E>): EntityType<E> {
  const cells = row as Record<string, Cell>;
  return Object.fromEntries(
    Object.entries(entity.fields).map(([key, field]) => [key, field.fromSql(field.columns.map((c) => cells[c.name] ?? null))]),
  ) as EntityType<E>;
}

export function toAction(r: ActionRow): ActionSummary {
  return { id: r.id, kind: r.kind, summary: r.summary, createdAt: r.created_at, undone: r.undone !== 0 };
}
