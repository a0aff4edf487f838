import type { HeartRateSource, StrapFailure, StrapState } from '../../app/ports/heart-rate-source';
import { parseHeartRateMeasurement } from '../../core/heart/measurement';
import type { HeartRateReading } from '../../core/heart/types';
import type { BluetoothLike, StrapDevice } from './bluetooth-types';
import { GattQueue } from './gatt-queue';
import { Listeners } from './listeners';
import { adapterAvailability, pageBluetooth } from './page-bluetooth';
import { performanceNow, realScheduler, type Scheduler } from './scheduler';
import { requestFailure, STRAP_MESSAGES, StrapError } from './strap-failure';
import { type StrapLink, openLink } from './strap-link';
import { pageStorage, StrapMemory, type StrapStorage } from './strap-memory';

/** Seconds before each reconnect attempt after a drop; with the attempts, about a minute. */
export const RECONNECT_DELAYS_S: readonly number[] = [1, 2, 4, 8, 16];

/** Name shown for a strap that does not advertise one. */
const UNNAMED = 'Heart-rate strap';

/** What the Web Bluetooth strap runs on; each defaults to the page's own. */
export interface WebBluetoothStrapOptions {
  /** `navigator.bluetooth`; null where the browser has none. */
  readonly bluetooth?: BluetoothLike | null;
  /** Timers for the reconnect backoff. */
  readonly scheduler?: Scheduler;
  /** Arrival stamp of each reading in ms (`performance.now()`). */
  readonly now?: () => number;
  /** Where the paired strap is remembered (`localStorage`). */
  readonly storage?: StrapStorage | null;
}

/** A heart-rate strap over Web Bluetooth, with reconnect after drops. Failures land in `state`. */
export function createWebBluetoothStrap(options: WebBluetoothStrapOptions = {}): HeartRateSource {
  return new WebBluetoothStrap(
    options.bluetooth === undefined ? pageBluetooth() : options.bluetooth,
    options.scheduler ?? realScheduler,
    options.now ?? performanceNow,
    new StrapMemory(options.storage === undefined ? pageStorage() : options.storage),
  );
}

class WebBluetoothStrap implements HeartRateSource {
  readonly kind = 'bluetooth';
  readonly #bluetooth: BluetoothLike | null;
  readonly #scheduler: Scheduler;
  readonly #now: () => number;
  readonly #memory: StrapMemory;
  readonly #queue = new GattQueue();
  readonly #readings = new Listeners<HeartRateReading>();
  readonly #states = new Listeners<StrapState>();
  readonly #errors = new Listeners<Error>();
  #state: StrapState = { kind: 'idle' };
  #device: StrapDevice | null = null;
  #link: StrapLink | null = null;
  #cancelTimer: (() => void) | null = null;
  /** Bumped whenever earlier async work must stop mattering (new pair, retry, forget). */
  #run = 0;

  constructor(
    bluetooth: BluetoothLike | null,
    scheduler: Scheduler,
    now: () => number,
    memory: StrapMemory,
  ) {
    this.#bluetooth = bluetooth;
    this.#scheduler = scheduler;
    this.#now = now;
    this.#memory = memory;
  }

  get available(): boolean {
    return this.#bluetooth !== null;
  }

  get state(): StrapState {
    return this.#state;
  }

  get rememberedName(): string | null {
    return this.#memory.load()?.name ?? null;
  }

  pair(): Promise<void> {
    const bluetooth = this.#bluetooth;
    if (!bluetooth) {
      this.#fail('unsupported');
      return Promise.resolve();
    }
    // Called before anything else, so the chooser still counts as opened by the tap.
    let request: Promise<StrapDevice>;
    try {
      request = bluetooth.requestDevice({
        filters: [{ services: ['heart_rate'] }],
        optionalServices: ['battery_service'],
      });
    } catch (error) {
      request = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const run = this.#restart();
    this.#release();
    this.#device = null;
    this.#setState({ kind: 'connecting', name: null });
    return this.#pairWith(bluetooth, request, run);
  }

  async reconnectRemembered(): Promise<boolean> {
    const remembered = this.#memory.load();
    const bluetooth = this.#bluetooth;
    if (!remembered || !bluetooth?.getDevices) return false;
    if (this.#state.kind === 'connected') return true;
    let devices: StrapDevice[];
    try {
      devices = await bluetooth.getDevices();
    } catch {
      return false;
    }
    const device = devices.find((d) => d.id === remembered.id);
    if (!device) return false;
    const run = this.#restart();
    this.#release();
    this.#adopt(device);
    return this.#connectOnce(device, run);
  }

  async retry(): Promise<void> {
    const device = this.#device;
    if (!device) return this.pair();
    if (this.#state.kind === 'connected' || this.#state.kind === 'connecting') return;
    const run = this.#restart();
    await this.#connectOnce(device, run);
  }

  async forget(): Promise<void> {
    this.#restart();
    this.#release();
    const device = this.#device;
    this.#device = null;
    this.#memory.clear();
    this.#setState({ kind: 'idle' });
    try {
      await device?.forget?.();
    } catch {
      // Already forgotten, or the browser refused; the strap is gone from this app either way.
    }
  }

  onReading(listener: (reading: HeartRateReading) => void): () => void {
    return this.#readings.add(listener);
  }

  onState(listener: (state: StrapState) => void): () => void {
    return this.#states.add(listener);
  }

  onError(listener: (error: Error) => void): () => void {
    return this.#errors.add(listener);
  }

  async #pairWith(bluetooth: BluetoothLike, request: Promise<StrapDevice>, run: number) {
    let device: StrapDevice;
    try {
      device = await request;
    } catch (error) {
      const adapterOn = await adapterAvailability(bluetooth);
      if (run === this.#run) this.#fail(requestFailure(error, adapterOn));
      return;
    }
    if (run !== this.#run) return;
    this.#adopt(device);
    this.#setState({ kind: 'connecting', name: this.#name() });
    try {
      await this.#connect(device, run);
    } catch (error) {
      if (run !== this.#run) return;
      this.#release();
      this.#device = null;
      this.#fail(error instanceof StrapError ? error.reason : 'connection-failed');
      return;
    }
    this.#memory.save({ id: device.id, name: this.#name() });
  }

  /** One attempt without backoff; 'lost' when it fails. */
  async #connectOnce(device: StrapDevice, run: number): Promise<boolean> {
    this.#setState({ kind: 'connecting', name: this.#name() });
    try {
      await this.#connect(device, run);
      return true;
    } catch {
      if (run === this.#run) this.#setState({ kind: 'lost', name: this.#name() });
      return false;
    }
  }

  /** Open a link and report 'connected'; rejects (and leaves state alone) on failure or when stale. */
  async #connect(device: StrapDevice, run: number): Promise<void> {
    const link = await openLink(device, this.#queue, {
      onMeasurement: (value) => {
        this.#measurement(value);
      },
      onBattery: (percent) => {
        if (this.#state.kind === 'connected') {
          this.#setState({ ...this.#state, batteryPercent: percent });
        }
      },
    });
    if (run !== this.#run) {
      link.close();
      throw new Error('Superseded by a later pair, retry or forget.');
    }
    this.#link?.close();
    this.#link = link;
    this.#setState({
      kind: 'connected',
      name: this.#name(),
      batteryPercent: link.batteryPercent,
      location: link.location,
    });
  }

  #measurement(value: DataView): void {
    const tMs = this.#now();
    try {
      this.#readings.emit({ ...parseHeartRateMeasurement(value), tMs });
    } catch (error) {
      this.#errors.emit(error instanceof Error ? error : new Error(String(error)));
    }
  }

  readonly #onDisconnected = (): void => {
    // Only a drop of a working link: pairing, retries and forget handle their own disconnects.
    if (this.#state.kind !== 'connected') return;
    this.#link?.close();
    this.#link = null;
    this.#scheduleAttempt(0, this.#run);
  };

  #scheduleAttempt(index: number, run: number): void {
    const delayS = RECONNECT_DELAYS_S[index];
    const name = this.#name();
    if (delayS === undefined) {
      this.#setState({ kind: 'lost', name });
      return;
    }
    this.#setState({ kind: 'reconnecting', name, attempt: index + 1, nextInS: delayS });
    this.#cancelTimer = this.#scheduler.after(delayS * 1000, () => {
      this.#cancelTimer = null;
      void this.#attempt(index, run);
    });
  }

  async #attempt(index: number, run: number): Promise<void> {
    const device = this.#device;
    if (!device || run !== this.#run) return;
    try {
      await this.#connect(device, run);
    } catch {
      if (run === this.#run) this.#scheduleAttempt(index + 1, run);
    }
  }

  #adopt(device: StrapDevice): void {
    this.#device = device;
    device.addEventListener('gattserverdisconnected', this.#onDisconnected);
  }

  /** Stop timers and listeners and drop the link of the current device, if any. */
  #release(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = null;
    this.#link?.close();
    this.#link = null;
    const device = this.#device;
    if (!device) return;
    device.removeEventListener('gattserverdisconnected', this.#onDisconnected);
    if (device.gatt?.connected) device.gatt.disconnect();
  }

  /** Make earlier async work stale; returns the new run's number. */
  #restart(): number {
    this.#cancelTimer?.();
    this.#cancelTimer = null;
    return ++this.#run;
  }

  #name(): string {
    return this.#device?.name ?? this.#memory.load()?.name ?? UNNAMED;
  }

  #fail(reason: StrapFailure): void {
    this.#setState({ kind: 'failed', reason, message: STRAP_MESSAGES[reason] });
  }

  #setState(state: StrapState): void {
    this.#state = state;
    this.#states.emit(state);
  }
}
