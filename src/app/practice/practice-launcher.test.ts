import { describe, expect, it } from 'vitest';
import { DEFAULT_DRONE_HZ } from '../../core/hum/drone-pitch';
import type { SessionRecord } from '../../core/session/record';
import { summarizeSession } from '../../core/session/summary';
import type { SessionPage } from '../ports/session-store';
import {
  FakeHaptics,
  FakeMedia,
  FakePlayer,
  FakeScreen,
  MemorySettingsStore,
} from '../testing/fake-ports';
import { createCoach } from './coach';
import { createPracticeLauncher } from './practice-launcher';
import { SessionLog } from './session-log';
import { humSession } from '../testing/hum-sessions';

/** A launcher on fake ports; `stored` is what the device keeps, `pages` counts its reads. */
function setup(stored: readonly SessionRecord[] = []) {
  const player = new FakePlayer();
  const log = new SessionLog();
  let ids = 0;
  const reads = { pages: 0 };
  const store = {
    page: (limit: number): Promise<SessionPage> => {
      reads.pages++;
      const items = stored.slice(0, limit).map(summarizeSession);
      return Promise.resolve({ items, next: null, total: stored.length });
    },
  };
  const started = createPracticeLauncher(
    new MemorySettingsStore(),
    (plan, options) =>
      createCoach(
        plan,
        {
          player,
          haptics: new FakeHaptics(() => 0),
          screen: new FakeScreen(),
          media: new FakeMedia(),
          log,
          newId: () => `session-${String(++ids)}`,
        },
        options,
      ),
    { log, store },
  );
  return { launcher: started, player, log, reads };
}

/** Lets the promises already settled run their callbacks (a dynamic import takes a few turns). */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('starting a practice', () => {
  it('keeps the urge rated before the start on the record once the session runs', async () => {
    const { launcher, log } = setup();
    const coach = launcher.start('five-breaths', { urgeBefore: 7 });
    expect(coach.record).toBeNull();
    await settle();
    expect(coach.status).toBe('running');
    expect(log.list()).toHaveLength(1);
    expect(log.list()[0]?.urgeBefore).toBe(7);
    coach.stop();
  });

  it('keeps no rating when the person skipped it or was not asked', async () => {
    const { launcher, log } = setup();
    launcher.start('five-breaths', { urgeBefore: null });
    await settle();
    launcher.start('box');
    await settle();
    expect(log.list().map((r) => r.urgeBefore)).toEqual([null, null]);
    launcher.current()?.stop();
  });

  it('a rating for one start stays off the next session', async () => {
    const { launcher, log } = setup();
    launcher.start('five-breaths', { urgeBefore: 4 });
    await settle();
    launcher.start('five-breaths');
    await settle();
    expect(log.list().map((r) => r.urgeBefore)).toEqual([4, null]);
    launcher.current()?.stop();
  });

  it('a start that fails keeps nothing and says why through the coach', async () => {
    const { launcher, log, player } = setup();
    player.failWith = new Error('no audio');
    const coach = launcher.start('five-breaths', { urgeBefore: 3 });
    await settle();
    expect(coach.status).toBe('stopped');
    expect(coach.error).toBe(player.failWith);
    expect(log.list()).toEqual([]);
  });

  it('stops the session already running before starting the next', async () => {
    const { launcher } = setup();
    const first = launcher.start('five-breaths');
    await settle();
    const second = launcher.start('box');
    expect(first.status).toBe('stopped');
    expect(launcher.current()).toBe(second);
    second.stop();
  });

  it('refuses a practice that is not there', () => {
    const { launcher } = setup();
    expect(() => launcher.start('custom:gone')).toThrow(RangeError);
    expect(launcher.current()).toBeNull();
  });
});

describe('preparing a practice with a drone', () => {
  it('tunes the drone to the usual hum of the stored sessions and this page’s', async () => {
    const { launcher, log, player } = setup([humSession('kept', 160)]);
    log.add(humSession('today', 160));
    await launcher.prepare('hum-reset');
    const coach = launcher.start('hum-reset');
    expect(player.options?.droneHz).toBe(120);
    expect(coach.guidance.droneHz).toBe(120);
    coach.stop();
  });

  it('plays the usual root when started before the tuning is read, or without history', async () => {
    const { launcher, player } = setup([humSession('kept', 160)]);
    const tuning = launcher.prepare('hum-reset');
    launcher.start('hum-reset').stop();
    expect(player.options?.droneHz).toBeUndefined();
    await tuning;
    const fresh = setup();
    await fresh.launcher.prepare('hum-reset');
    fresh.launcher.start('hum-reset').stop();
    expect(fresh.player.options?.droneHz).toBe(DEFAULT_DRONE_HZ);
  });

  it('reads nothing for a practice without a drone, and never tunes one', async () => {
    const { launcher, player, reads } = setup([humSession('kept', 160)]);
    await launcher.prepare('box');
    expect(reads.pages).toBe(0);
    await launcher.prepare('hum-reset');
    launcher.start('box').stop();
    expect(reads.pages).toBe(1);
    expect(player.options?.droneHz).toBeUndefined();
  });

  it('a drone root asked for at the start wins over the tuned one', async () => {
    const { launcher, player } = setup([humSession('kept', 160)]);
    await launcher.prepare('hum-reset');
    launcher.start('hum-reset', { droneHz: 150 }).stop();
    expect(player.options?.droneHz).toBe(150);
  });
});
