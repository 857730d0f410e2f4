// SQLite failures a learner can act on become one-line DataErrors with advice.
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { toDataError } from '../../src/store/db-errors.js';

/** The error Node throws when a native module was compiled for another Node.js ABI. */
function dlopenError(message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code: 'ERR_DLOPEN_FAILED' });
}

describe('toDataError', () => {
  it('says how to rebuild SQLite when its module was built for another Node.js', () => {
    const err = dlopenError("The module '/x/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 137.");
    const mapped = toDataError(err, '/data/coach.db');
    expect(mapped).toBeInstanceOf(DataError);
    expect(mapped?.message).toBe(
      `coach's SQLite module was built for another version of Node.js than this one (${process.version}).\n` +
        'Rebuild it where coach is installed, with this Node: npm rebuild better-sqlite3',
    );
  });

  it('leaves other load failures to be reported as bugs', () => {
    expect(toDataError(dlopenError('libsqlite.so: cannot open shared object file'), '/data/coach.db')).toBeNull();
    expect(toDataError(new Error('NODE_MODULE_VERSION 115'), '/data/coach.db')).toBeNull();
  });
});
