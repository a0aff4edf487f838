import type { HeartRateSource, StrapState } from '../../../app/ports/heart-rate-source';
import type { HeartRateReading } from '../../../core/heart/types';
import type { StrapStorage } from '../strap-memory';
import { createWebBluetoothStrap } from '../web-bluetooth-strap';
import { FakeBluetooth, FakeStrapDevice } from './fake-bluetooth';
import { FakeScheduler } from './fake-scheduler';

/** `localStorage`'s slice the strap uses, in memory. */
export class MemoryStorage implements StrapStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A Web Bluetooth strap over a fake device and clock, with every state, reading and error kept. */
export function setup(
  device = new FakeStrapDevice(),
  options: { getDevices?: boolean; storage?: MemoryStorage } = {},
) {
  const bluetooth = new FakeBluetooth(device, { getDevices: options.getDevices ?? true });
  const scheduler = new FakeScheduler();
  const storage = options.storage ?? new MemoryStorage();
  const strap = createWebBluetoothStrap({
    bluetooth,
    scheduler,
    now: scheduler.now,
    storage,
  });
  const states: StrapState[] = [];
  const readings: HeartRateReading[] = [];
  const errors: Error[] = [];
  strap.onState((s) => states.push(s));
  strap.onReading((r) => readings.push(r));
  strap.onError((e) => errors.push(e));
  return { device, bluetooth, scheduler, storage, strap, states, readings, errors };
}

/** The kinds of `states`, in order. */
export const kinds = (states: readonly StrapState[]) => states.map((s) => s.kind);

/** `setup`, then paired. */
export async function paired(device?: FakeStrapDevice) {
  const t = setup(device);
  await t.strap.pair();
  return t;
}

/** The failure `strap` shows, or null. */
export function failure(strap: HeartRateSource) {
  const state = strap.state;
  return state.kind === 'failed' ? { reason: state.reason, message: state.message } : null;
}
