// One prepared statement per SQL text and connection. Statements are pinned for the life of the
// process (see pinNativeObjects), so preparing one per row would keep every copy: an import of
// 100,000 rows held a statement for each.
import type { Database, Statement } from 'better-sqlite3';

const byDatabase = new WeakMap<Database, Map<string, Statement<unknown[], unknown>>>();

/** The connection's statement for `sql`, prepared on first use. */
export function statement<P extends unknown[] = unknown[], R = unknown>(db: Database, sql: string): Statement<P, R> {
  let cache = byDatabase.get(db);
  if (!cache) {
    cache = new Map();
    byDatabase.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt as unknown as Statement<P, R>;
}

/**
 * Run `fn` with SQLite's page cache of `db` at most `kib` KiB, then as it was. Past the cache, the
 * pages a transaction changed go to the WAL before the commit (cache_spill), and an index built
 * sorts through temporary files.
 */
export function withPageCache<T>(db: Database, kib: number, fn: () => T): T {
  const cache = statement<[], number>(db, 'PRAGMA cache_size').pluck().get();
  statement(db, `PRAGMA cache_size = -${Math.floor(kib)}`).run();
  try {
    return fn();
  } finally {
    if (cache !== undefined) statement(db, `PRAGMA cache_size = ${cache}`).run();
  }
}
