import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppUpdates, type UpdateState } from './app-updates';
import type { AppUpdater } from './ports/app-updater';
import { createFakeServices } from './testing/fake-services';

/** A service worker stand-in: what the page posted to it, and how often the page reloaded. */
class FakeUpdater implements AppUpdater {
  readonly posted: string[] = [];
  reloads = 0;
  /** Make the next activation fail (the waiting worker went redundant). */
  failNext = false;
  private readonly listeners = new Set<() => void>();
  private controlled: (() => void) | null = null;

  /** A new version finished installing and waits. */
  newVersionWaits(): void {
    for (const listener of this.listeners) listener();
  }

  /** The new version now controls the page (controllerchange). */
  takesControl(): void {
    this.controlled?.();
    this.controlled = null;
  }

  onWaiting(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  activate(): Promise<void> {
    if (this.failNext) return Promise.reject(new Error('The new version is gone.'));
    this.posted.push('SKIP_WAITING');
    return new Promise((resolve) => {
      this.controlled = resolve;
    });
  }

  reload(): void {
    this.reloads++;
  }
}

function setup() {
  const fakes = createFakeServices();
  const updater = new FakeUpdater();
  const { launcher, sessionLog } = fakes.services;
  const updates = createAppUpdates(updater, launcher, sessionLog);
  const seen: UpdateState[] = [];
  updates.onChange((state) => seen.push(state));
  return { updates, updater, launcher, seen };
}

/** Lets the coach's start (a resolved promise) settle. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T22:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('app updates', () => {
  it('offers nothing until a new version waits, then offers it between practices', () => {
    const { updates, updater, seen } = setup();
    expect(updates.state).toBe('none');
    updater.newVersionWaits();
    expect(updates.state).toBe('offered');
    expect(seen).toEqual(['offered']);
  });

  it('holds an update that arrives mid-practice, refuses to apply it, and offers it once the practice ends', async () => {
    const { updates, updater, launcher, seen } = setup();
    launcher.start('five-breaths');
    await settle();
    expect(launcher.current()?.status).toBe('running');

    updater.newVersionWaits();
    expect(updates.state).toBe('held');
    expect(await updates.apply()).toBe(false);
    expect(updater.posted).toEqual([]);
    expect(updater.reloads).toBe(0);
    expect(seen).not.toContain('offered');

    await vi.advanceTimersByTimeAsync(60_000);
    expect(launcher.current()?.status).toBe('ended');
    expect(updates.state).toBe('offered');
    expect(seen).toEqual(['held', 'offered']);
  });

  it('offers the update as soon as a practice is stopped, and holds it again when another starts', async () => {
    const { updates, updater, launcher, seen } = setup();
    launcher.start('box');
    await settle();
    updater.newVersionWaits();
    launcher.current()?.stop();
    expect(updates.state).toBe('offered');

    launcher.start('five-breaths');
    await settle();
    expect(updates.state).toBe('held');
    expect(seen).toEqual(['held', 'offered', 'held']);
  });

  it('treats a paused practice as still running', async () => {
    const { updates, updater, launcher } = setup();
    launcher.start('five-breaths');
    await settle();
    await launcher.current()?.pause();
    updater.newVersionWaits();
    expect(updates.state).toBe('held');
    expect(await updates.apply()).toBe(false);
    expect(updater.reloads).toBe(0);
  });

  it('treats a practice waiting for the phone to be turned over as still running', async () => {
    const { updates, updater, launcher } = setup();
    launcher.start('five-minute-pause');
    await settle();
    await launcher.current()?.hold();
    expect(launcher.current()?.status).toBe('waiting');
    updater.newVersionWaits();
    expect(updates.state).toBe('held');
    expect(await updates.apply()).toBe(false);
    expect(updater.reloads).toBe(0);
  });

  it('applying lets the new version take over, then reloads exactly once', async () => {
    const { updates, updater } = setup();
    updater.newVersionWaits();

    const applied = updates.apply();
    const again = updates.apply();
    expect(updates.state).toBe('applying');
    expect(updater.posted).toEqual(['SKIP_WAITING']);
    // Nothing reloads before the new version controls the page.
    await settle();
    expect(updater.reloads).toBe(0);

    updater.takesControl();
    expect(await applied).toBe(true);
    expect(await again).toBe(false);
    expect(await updates.apply()).toBe(false);
    expect(updater.posted).toEqual(['SKIP_WAITING']);
    expect(updater.reloads).toBe(1);
  });

  it('does not reload when a practice started while the new version took over, and does after it', async () => {
    const { updates, updater, launcher } = setup();
    updater.newVersionWaits();
    const applied = updates.apply();
    launcher.start('five-breaths');
    await settle();
    updater.takesControl();
    expect(await applied).toBe(false);
    expect(updater.reloads).toBe(0);
    expect(updates.state).toBe('held');

    launcher.current()?.stop();
    expect(updates.state).toBe('offered');
    const second = updates.apply();
    updater.takesControl();
    expect(await second).toBe(true);
    expect(updater.reloads).toBe(1);
  });

  it('offers the update again when the new version cannot take over', async () => {
    const { updates, updater } = setup();
    updater.newVersionWaits();
    updater.failNext = true;
    expect(await updates.apply()).toBe(false);
    expect(updates.state).toBe('offered');
    expect(updater.reloads).toBe(0);
  });
});
