// Schema 12: the date index of problems also holds each problem's difficulty and topics, so a
// review reads its week's problems and the week before's tally from the index alone, a few pages,
// rather than one page of the table per problem. Same name, so everything that lists or sets the
// problems' indexes aside (a bulk import) goes on as before.
import type { Migration } from './migration.js';

const SQL = `
DROP INDEX problems_date;
CREATE INDEX problems_date ON problems (date, created_at, difficulty, topics);
`;

export const problemsDateCoversEntries: Migration = { version: 12, name: 'problems date index covers entries', up: (db) => db.exec(SQL) };
