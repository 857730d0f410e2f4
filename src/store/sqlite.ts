// Opening SQLite with its compiled module named. Left to itself, better-sqlite3 finds the module
// through the `bindings` package, which probes a list of build folders and reads a stack trace on
// every start; npm builds it in one known place. Anywhere else, `bindings` still finds it.
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';

let binding: string | null | undefined;

function nativeBinding(): string | undefined {
  if (binding === undefined) {
    try {
      binding = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
    } catch {
      binding = null;
    }
  }
  return binding ?? undefined;
}

/** `new Database(…)`, loading the native module by its path when npm put it where it builds it. */
export function openSqlite(source: string | Buffer, options: Database.Options = {}): Database.Database {
  return new Database(source, { ...options, nativeBinding: nativeBinding() });
}
