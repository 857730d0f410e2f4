// What a schema step is: a version, a name for messages, and the change itself.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
