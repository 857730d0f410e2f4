// A command's views share one read of the track's completions and drops, and one matching of them
// to the track; a write through the session's store makes the next read fresh.
import { describe, expect, it } from 'vitest';
import { attachLog, openSession, trackCompletions, trackDrops, writableStore } from '../../src/session.js';
import { blocksFor } from '../../src/track/model.js';
import { isoDate } from '../helpers/dates.js';
import { testContext } from '../helpers/cli.js';
import { NOW, setUp } from './setup.js';

describe('the reads a session keeps', () => {
  it('are read once, and read again after the session writes', async () => {
    const home = await setUp({ track: 'go', plan: '4h', start: '2026-11-23', week: 11 });
    const { ctx } = testContext({ home, now: NOW });
    const session = await openSession(ctx, {});
    try {
      const before = trackCompletions(session);
      expect(before).toEqual([]);
      expect(trackCompletions(session)).toBe(before);
      expect(attachLog(session)).toBe(attachLog(session));
      expect(trackDrops(session)).toBe(trackDrops(session));

      const store = await writableStore(ctx, session);
      const [first] = blocksFor(session.track.weeks[0]!.days[0]!, '4h');
      store.markDone(session.track, [{
        blockId: first!.id, track: session.track.id, week: 11, day: 1, plan: '4h', label: first!.label,
        category: first!.category, title: first!.title, minutes: first!.minutes,
      }], isoDate('2026-11-23'));

      const after = trackCompletions(session);
      expect(after.map((c) => c.blockId)).toEqual([first!.id]);
      expect(attachLog(session).byBlock.has(first!.id)).toBe(true);
      expect(trackCompletions(session)).toBe(after);
    } finally {
      session.store?.close();
    }
  });
});
