// Schema 9: problems that come back. A problem's rating of how the solve went; the learner's
// re-solves, skips and retirements of a card (`revisits`); and each card's current state (`cards`),
// derived data kept so that `coach today` reads what is due with one indexed query and never loads
// FSRS. Triggers note every card whose history a write changes (`cards_dirty`), so no write path can
// leave `cards` stale unnoticed: a write that can run FSRS brings the noted cards up to date in its
// own transaction (src/store/cards.ts), and a reader that finds a note computes the cards afresh.
import type { Migration } from './migration.js';

const RATING = "CHECK (rating IN ('again', 'hard', 'good', 'easy'))";

const SQL = `
ALTER TABLE problems ADD COLUMN rating TEXT NULL ${RATING};

CREATE TABLE revisits (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('dsa', 'machine-coding', 'design')),
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('review', 'skip', 'forget')),
  rating TEXT NULL ${RATING},
  minutes INTEGER NULL,
  created_at TEXT NOT NULL,
  CHECK ((action = 'review') = (rating IS NOT NULL))
);
CREATE INDEX revisits_date ON revisits (date);

CREATE TABLE cards (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  title TEXT NOT NULL,
  due TEXT NOT NULL,
  last_rating TEXT NOT NULL,
  last_review TEXT NOT NULL,
  reviews INTEGER NOT NULL,
  retired INTEGER NOT NULL DEFAULT 0,
  UNIQUE (kind, key)
);
CREATE INDEX cards_due ON cards (retired, due);

-- A card to compute again, by its kind and a title as written; kind '*' means every card.
CREATE TABLE cards_dirty (
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (kind, title)
) WITHOUT ROWID;

${mark('problems_cards_insert', 'AFTER INSERT ON problems', ['new'])}
${mark('problems_cards_delete', 'AFTER DELETE ON problems', ['old'])}
${mark('problems_cards_update', 'AFTER UPDATE OF title, date, rating, created_at ON problems', ['old', 'new'])}
${mark('revisits_cards_insert', 'AFTER INSERT ON revisits', ['new'], true)}
${mark('revisits_cards_delete', 'AFTER DELETE ON revisits', ['old'], true)}
${mark('revisits_cards_update', 'AFTER UPDATE ON revisits', ['old', 'new'], true)}

-- Due dates are study dates, which the rollover hour sets.
CREATE TRIGGER settings_cards_rollover AFTER INSERT ON settings WHEN new.key = 'rollover'
BEGIN INSERT INTO cards_dirty (kind, title) VALUES ('*', '') ON CONFLICT DO NOTHING; END;
CREATE TRIGGER settings_cards_rollover_update AFTER UPDATE ON settings WHEN new.key = 'rollover'
BEGIN INSERT INTO cards_dirty (kind, title) VALUES ('*', '') ON CONFLICT DO NOTHING; END;

-- The problems logged so far are cards from now on.
INSERT INTO cards_dirty (kind, title) VALUES ('*', '');
`;

/** A trigger noting the card of each of `rows` (old, new); a problem is a DSA card when it has a title. */
function mark(name: string, when: string, rows: string[], revisit = false): string {
  const notes = rows.map((r) =>
    revisit
      ? `INSERT INTO cards_dirty (kind, title) VALUES (${r}.kind, ${r}.title) ON CONFLICT DO NOTHING;`
      : `INSERT INTO cards_dirty (kind, title) SELECT 'dsa', ${r}.title WHERE ${r}.title IS NOT NULL ON CONFLICT DO NOTHING;`,
  );
  return `CREATE TRIGGER ${name} ${when} BEGIN ${notes.join(' ')} END;`;
}

export const revisitCards: Migration = { version: 9, name: 'revisits', up: (db) => db.exec(SQL) };
