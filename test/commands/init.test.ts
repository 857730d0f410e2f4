// `coach init`: by flags, by questions on a terminal, refusals without one, and re-running it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { done } from '../../src/commands/done.js';
import { init } from '../../src/commands/init.js';
import { today } from '../../src/commands/today.js';
import { UsageError } from '../../src/errors.js';
import { testContext } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { contentDir, logOf, NOW, setUp, WEEK_11, weekFile } from './setup.js';

/** Two weeks of `go` and one of `node`, so the track and week questions are asked. */
const twoTracks = (): string =>
  contentDir({ 'go/week-11.md': WEEK_11, 'go/week-12.md': weekFile('go', 12), 'node/week-01.md': weekFile('node', 1) });

const dbFile = (home: string): string => path.join(home, 'coach.db');

describe('coach init by flags', () => {
  it('saves every setting given on the command line', async () => {
    const content = twoTracks();
    const home = tempDir();
    const t = testContext({ home, now: NOW });
    const settings = await init(t.ctx, { content, track: 'go', plan: '6h', start: '2026-12-01', week: 12, pace: 'progress', yes: true });

    expect(settings).toEqual({ track: 'go', plan: '6h', start: '2026-12-01', week: 12, pace: 'progress', content, rollover: 4, target: null, hours: null, optional: [], dsa: null, targets: {}, revisitCap: null });
    expect(logOf(home).getSettings()).toEqual({
      track: 'go', plan: '6h', start: '2026-12-01', week: '12', pace: 'progress', content, rollover: '4',
    });
    expect(t.out()).toContain('Set up: track go, week 12, 6h plan, progress pace, starting 2026-12-01.');
    expect(t.asked).toEqual([]);
  });

  it('saves a daily DSA target given with --dsa, and keeps it when init runs again without', async () => {
    const home = tempDir();
    const t = testContext({ home, now: NOW });
    const settings = await init(t.ctx, { dsa: { min: 2, max: 4 }, yes: true });
    expect(settings.dsa).toEqual({ min: 2, max: 4 });
    expect(logOf(home).getSettings()).toMatchObject({ dsa: '2-4' });
    expect(t.out()).toContain('DSA: 2–4 a day where the track names no target');
    const again = await init(testContext({ home, now: NOW }).ctx, { plan: '6h', yes: true });
    expect(again.dsa).toEqual({ min: 2, max: 4 });
    const changed = await init(testContext({ home, now: NOW }).ctx, { dsa: { min: 3, max: 3 }, yes: true });
    expect(changed.dsa).toEqual({ min: 3, max: 3 });
    expect(logOf(home).getSettings()).toMatchObject({ dsa: '3' });
  });

  it('takes the defaults with --yes alone: the bundled track, its first week, 4h, calendar, today', async () => {
    const home = await setUp();
    expect(logOf(home).getSettings()).toEqual({
      track: 'go', plan: '4h', start: '2026-11-25', week: '11', pace: 'calendar', content: '', rollover: '4',
    });
  });

  it('reads COACH_CONTENT when --content is not given, and saves that folder with the track', async () => {
    const content = twoTracks();
    const home = tempDir();
    await init(testContext({ home, now: NOW, env: { COACH_CONTENT: content } }).ctx, { track: 'node', yes: true });

    expect(logOf(home).getSettings()).toMatchObject({ track: 'node', week: '1', content });
    const view = await today(testContext({ home, now: NOW }).ctx, {});
    expect(view).toMatchObject({ track: 'node', week: 1, day: 1 });
  });

  it('without a terminal, a missing answer is a usage error that lists the flags, and nothing is written', async () => {
    const home = tempDir();
    const t = testContext({ home, now: NOW });
    const err = await init(t.ctx, { plan: '6h' }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(/^missing --track, --start, --week, --pace \(no terminal to ask on\)/);
    expect((err as Error).message).toContain('coach init --track ID --plan 4h|6h --start YYYY-MM-DD --week N --pace calendar|progress --content DIR');
    expect(fs.existsSync(dbFile(home))).toBe(false);
  });

  it('refuses a week the track does not have, writing nothing', async () => {
    const home = tempDir();
    await expect(init(testContext({ home, now: NOW }).ctx, { week: 3, yes: true })).rejects.toThrow(
      /track "go" has no week 3; its weeks: 11/,
    );
    expect(fs.existsSync(dbFile(home))).toBe(false);
  });
});

describe('coach init on a terminal', () => {
  it('asks for the content folder, track, week, plan, pace and start date', async () => {
    const content = twoTracks();
    const home = tempDir();
    const t = testContext({
      home, now: NOW, interactive: true,
      answers: { content, track: 'go', week: 12, plan: '6h', pace: 'progress', start: '2026-12-07' },
    });
    const settings = await init(t.ctx, {});

    expect(t.asked).toEqual(['content', 'track', 'week', 'plan', 'pace', 'start']);
    expect(settings).toMatchObject({ track: 'go', week: 12, plan: '6h', pace: 'progress', start: '2026-12-07', content });
    expect(logOf(home).getSettings()).toMatchObject({ track: 'go', week: '12', plan: '6h', start: '2026-12-07' });
  });

  it('asks only what the flags leave open', async () => {
    const home = tempDir();
    const t = testContext({ home, now: NOW, interactive: true, answers: { content: '', pace: 'calendar', start: '2026-11-30' } });
    await init(t.ctx, { plan: '4h' });

    // The bundled content has one track with one week, so those questions are not asked either.
    expect(t.asked).toEqual(['content', 'pace', 'start']);
    expect(logOf(home).getSettings()).toMatchObject({ track: 'go', week: '11', plan: '4h', start: '2026-11-30', content: '' });
  });

  it('asks before changing existing settings, and leaves them when the answer is no', async () => {
    const home = await setUp({ plan: '4h' });
    const t = testContext({ home, now: NOW, interactive: true, answers: { confirm: false } });
    await init(t.ctx, { plan: '6h' });

    expect(t.asked).toEqual(['confirm']);
    expect(t.out()).toContain('Settings unchanged.');
    expect(logOf(home).getSetting('plan')).toBe('4h');
  });
});

describe('running coach init again', () => {
  it('keeps the log', async () => {
    const home = await setUp();
    await done(testContext({ home, now: NOW }).ctx, { refs: ['1'] });
    const t = testContext({ home, now: NOW });
    await init(t.ctx, { plan: '6h', yes: true });

    const log = logOf(home);
    expect(log.getSetting('plan')).toBe('6h');
    expect(log.completions().map((c) => c.blockId)).toEqual(['go.w11.d1.4h.1']);
    expect(t.out()).toContain('Your log is unchanged.');
  });

  it('keeps the saved week, start and pace when --yes changes only the plan', async () => {
    const home = await setUp({ content: twoTracks(), week: 12, start: '2026-11-20', pace: 'progress' });
    await init(testContext({ home, now: NOW }).ctx, { plan: '6h', yes: true });

    expect(logOf(home).getSettings()).toMatchObject({ track: 'go', week: '12', start: '2026-11-20', pace: 'progress', plan: '6h' });
  });

  it('without a terminal and without --yes, changes only the settings whose flags are given', async () => {
    const home = await setUp({ content: twoTracks(), week: 12, start: '2026-11-20', pace: 'progress' });
    const t = testContext({ home, now: NOW });
    await init(t.ctx, { plan: '6h', targetDate: '2027-01-15' });

    expect(logOf(home).getSettings()).toMatchObject({ track: 'go', week: '12', start: '2026-11-20', pace: 'progress', plan: '6h', target: '2027-01-15' });
    expect(t.asked).toEqual([]);
    expect(t.out()).toContain('Forecast: target 2027-01-15 (see coach forecast)');
  });

  it('refuses a target date that is not after the start date, and a start not before the target, writing nothing', async () => {
    const home = await setUp({ start: '2026-11-20' });
    const before = logOf(home).getSettings();
    for (const targetDate of ['2020-01-01', '2026-11-20']) {
      const err = await init(testContext({ home, now: NOW }).ctx, { targetDate }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toBe(
        `--target-date ${targetDate} is not after the start date 2026-11-20; give a later date as YYYY-MM-DD (or none to forget it)`,
      );
    }
    // Both given: the target is checked against the new start.
    await expect(init(testContext({ home, now: NOW }).ctx, { start: '2027-02-01', targetDate: '2027-01-15' })).rejects.toThrow(
      /--target-date 2027-01-15 is not after the start date 2027-02-01/,
    );
    await init(testContext({ home, now: NOW }).ctx, { targetDate: '2027-01-15' });
    // A later start against the saved target names both ways out.
    await expect(init(testContext({ home, now: NOW }).ctx, { start: '2027-01-15' })).rejects.toThrow(
      '--start 2027-01-15 is not before the target date 2027-01-15; give an earlier start, or a later --target-date (or --target-date none)',
    );
    expect(logOf(home).getSettings()).toEqual({ ...before, target: '2027-01-15' });
  });

  it('keeps the deadline settings until changed, and forgets one given none', async () => {
    const home = await setUp();
    await init(testContext({ home, now: NOW }).ctx, { targetDate: '2027-01-15', hours: 'mon-fri=3,sat=6,sun=0', optional: ['Refactor', 'Pseudo-code'] });
    expect(logOf(home).getSettings()).toMatchObject({
      target: '2027-01-15', hours: 'mon=3,tue=3,wed=3,thu=3,fri=3,sat=6,sun=0', optional: 'Refactor,Pseudo-code',
    });
    await init(testContext({ home, now: NOW }).ctx, { plan: '6h' });
    expect(logOf(home).getSettings()).toMatchObject({ target: '2027-01-15', optional: 'Refactor,Pseudo-code' });
    const t = testContext({ home, now: NOW });
    const settings = await init(t.ctx, { targetDate: 'none', optional: ['none'] });
    expect(settings).toMatchObject({ target: null, optional: [], hours: [0, 3, 3, 3, 3, 3, 6] });
    expect(logOf(home).getSettings()).toMatchObject({ target: '', optional: '' });
    expect(t.out()).toContain('Forecast: hours mon-fri 3h, sat 6h, sun 0h (see coach forecast)');
  });
});

describe('coach init --rollover', () => {
  it('moves the hour at which a new study day starts, and today follows it', async () => {
    const home = tempDir();
    // 05:30 on 26 Nov: with the default rollover (4) that is already the 26th.
    const early = new Date(2026, 10, 26, 5, 30);
    await init(testContext({ home, now: early }).ctx, { start: '2026-11-25', rollover: 6, yes: true });
    expect(logOf(home).getSettings().rollover).toBe('6');
    const t = testContext({ home, now: early });
    const view = await today(t.ctx, {});
    // Before 6 a.m. it still counts as the 25th: day 1 of the plan.
    expect(view.date).toBe('2026-11-25');
    expect(view.day).toBe(1);
  });

  it('refuses an hour outside 0–23 on the command line, writing nothing', async () => {
    const { runCoach } = await import('../helpers/cli.js');
    const home = tempDir();
    const r = runCoach(['init', '--yes', '--rollover', '24'], { home });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--rollover.*'24'.*0 to 23/);
    expect(fs.existsSync(dbFile(home))).toBe(false);
  });
});
