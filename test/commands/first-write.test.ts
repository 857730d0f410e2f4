// The first write before `coach init` saves the defaults it used: only settings still missing,
// so a `coach init` or `coach import` that saved its own in the meantime keeps every one.
import { describe, expect, it } from 'vitest';
import { dsaLog } from '../../src/commands/dsa.js';
import { init } from '../../src/commands/init.js';
import { openSession, writableStore } from '../../src/session.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { logOf, NOW } from './setup.js';

const INIT = { track: 'go', plan: '6h', start: '2026-12-01', week: 11, pace: 'progress', rollover: 5, yes: true } as const;
const SAVED = { track: 'go', plan: '6h', start: '2026-12-01', week: '11', pace: 'progress', rollover: '5', content: '' };

describe('the first write before coach init', () => {
  it('keeps the settings a coach init saved while it was running', async () => {
    const home = tempDir();
    const { ctx } = testContext({ home, now: NOW });
    // The session reads no log yet, so it holds the defaults (4h, calendar, today)…
    const session = await openSession(ctx, {});
    expect(session.defaults).toMatchObject({ plan: '4h', pace: 'calendar' });
    try {
      // …while coach init runs in another terminal…
      await init(testContext({ home, now: NOW }).ctx, INIT);
      // …and only then does the session write.
      const store = await writableStore(ctx, session);
      store.addProblems([{ date: session.date }]);
    } finally {
      session.store?.close();
    }
    expect(logOf(home).getSettings()).toEqual(SAVED);
    expect(logOf(home).problems()).toHaveLength(1);
  });

  it('saves the defaults in use when nothing else has', async () => {
    const home = tempDir();
    await dsaLog(testContext({ home, now: NOW }).ctx, { count: 1 });
    expect(logOf(home).getSettings()).toEqual({ track: 'go', plan: '4h', start: '2026-11-25', week: '11', pace: 'calendar', content: '', rollover: '4' });
  });

  it('fills in only the settings still missing', () => {
    const home = tempDir();
    const store = logOf(home);
    store.setSettings({ plan: '6h' });
    expect(store.saveMissingSettings({ plan: '4h', pace: 'calendar' })).toEqual(['pace']);
    expect(store.getSettings()).toEqual({ plan: '6h', pace: 'calendar' });
  });
});
