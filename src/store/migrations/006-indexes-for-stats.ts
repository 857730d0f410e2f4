// Schema 6: indexes that keep reads flat as the log grows. `dsa stats` tallies problems by
// difficulty and topic from the index alone (it covers the columns it reads), and every command
// finds the learner's completions by track without scanning other tracks' rows.
import type { Migration } from './migration.js';

const SQL = `
CREATE INDEX problems_stats ON problems (difficulty, topics, date);
CREATE INDEX completions_track ON completions (track, week, day);
`;

export const indexesForStats: Migration = { version: 6, name: 'indexes for stats', up: (db) => db.exec(SQL) };
