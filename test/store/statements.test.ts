// The page cache a bulk write raises is put back afterwards, whether the write worked or failed,
// so the memory a later write of the same process takes is the connection's own again.
import { describe, expect, it } from 'vitest';
import { withPageCache } from '../../src/store/statements.js';
import { rawDatabase } from '../helpers/raw-db.js';

describe('withPageCache', () => {
  it('runs the write with the cache given and puts the connection\'s back after it, also when it throws', () => {
    const db = rawDatabase(':memory:');
    db.pragma('cache_size = -2000');
    const inside = withPageCache(db, 65536, () => db.pragma('cache_size', { simple: true }));
    expect(inside).toBe(-65536);
    expect(db.pragma('cache_size', { simple: true })).toBe(-2000);
    expect(() => withPageCache(db, 4096, () => {
      throw new Error('write failed');
    })).toThrow('write failed');
    expect(db.pragma('cache_size', { simple: true })).toBe(-2000);
    db.close();
  });
});
