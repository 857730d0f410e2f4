// Keeping better-sqlite3's native wrappers alive for the life of the process (see below).
import type Database from 'better-sqlite3';

/**
 * Node 24.19 and later abort the process when a better-sqlite3 12 statement or database wrapper is
 * finalised by a garbage collection that runs outside JavaScript (node::ObjectWrap's destructor
 * then finds no current Environment). better-sqlite3 13 fixes it but needs Node 22, and coach
 * runs on 20 too. So every native wrapper stays reachable for the life of the process and is
 * never finalised while Node runs: coach's processes are short and prepare a few dozen statements.
 */
const pinned: unknown[] = [];

interface NativeDatabase {
  prepare: (...args: unknown[]) => unknown;
}

export function pinNativeObjects(db: Database.Database): void {
  const holder = db as unknown as Record<symbol, unknown>;
  pinned.push(db);
  // The native handle sits under a private symbol; every statement, pragmas and transaction
  // control included, is prepared through its `prepare`.
  for (const key of Object.getOwnPropertySymbols(db)) {
    const native = holder[key] as Partial<NativeDatabase> | null;
    if (!native || typeof native !== 'object' || typeof native.prepare !== 'function') continue;
    const prepare = native.prepare;
    pinned.push(native);
    native.prepare = function pinnedPrepare(this: unknown, ...args: unknown[]): unknown {
      const statement = prepare.apply(this, args) as Record<string, unknown>;
      pinned.push(statement);
      // A statement's iterator (`iterate()`) is a native wrapper of its own: pinned as well.
      const iterate = statement.iterate;
      if (typeof iterate === 'function') {
        statement.iterate = function pinnedIterate(this: unknown, ...rest: unknown[]): unknown {
          const iterator = iterate.apply(this, rest);
          pinned.push(iterator);
          return iterator;
        };
      }
      return statement;
    };
  }
}
