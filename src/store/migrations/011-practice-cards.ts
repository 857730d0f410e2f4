// Schema 11: the practice log's titled machine-coding problems and designs are revisit cards, as
// titled DSA problems are (schema 9): triggers note each one's card in `cards_dirty` when a write
// adds, removes or changes it, and every card is computed afresh once so the entries logged so far
// come back too.
import type { Migration } from './migration.js';

const CARD = "WHERE {r}.kind IN ('machine-coding', 'design') AND {r}.title IS NOT NULL";

/** A trigger noting the card of each of `rows` (old, new) when it is one. */
function mark(name: string, when: string, rows: string[]): string {
  const notes = rows.map((r) => `INSERT INTO cards_dirty (kind, title) SELECT ${r}.kind, ${r}.title ${CARD.replaceAll('{r}', r)} ON CONFLICT DO NOTHING;`);
  return `CREATE TRIGGER ${name} ${when} BEGIN ${notes.join(' ')} END;`;
}

const SQL = `
${mark('practice_cards_insert', 'AFTER INSERT ON practice', ['new'])}
${mark('practice_cards_delete', 'AFTER DELETE ON practice', ['old'])}
${mark('practice_cards_update', 'AFTER UPDATE OF kind, title, date, rating, created_at ON practice', ['old', 'new'])}
INSERT INTO cards_dirty (kind, title) VALUES ('*', '') ON CONFLICT DO NOTHING;
`;

export const practiceCards: Migration = { version: 11, name: 'practice-cards', up: (db) => db.exec(SQL) };
