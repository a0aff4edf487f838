// An emulated Bluetooth LE heart-rate strap for Playwright tests, driven through Chromium's DevTools
// `BluetoothEmulation` domain (browser session) and `DeviceAccess` (page session, the chooser).
// Measured on Chromium 156; tests/e2e/strap.spec.ts drives the app through every step.
//
// There is no command that pushes a notification. `feed()` queues a packet as the answer to the next
// read of 0x2A37 and makes the page call `readValue()` on the characteristic the app already holds:
// Blink keeps one BluetoothRemoteGATTCharacteristic object per characteristic and device, so
// `getDevices()` → `gatt.getPrimaryService()` → `getCharacteristic()` returns the app's own object,
// and the read's result is dispatched as `characteristicvaluechanged` to the app's listener.

import {
  test as base,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../../../scripts/chromium.mjs';

export const HEART_RATE_SERVICE = '0000180d-0000-1000-8000-00805f9b34fb';
export const HEART_RATE_MEASUREMENT = '00002a37-0000-1000-8000-00805f9b34fb';
export const BODY_SENSOR_LOCATION = '00002a38-0000-1000-8000-00805f9b34fb';
export const BATTERY_SERVICE = '0000180f-0000-1000-8000-00805f9b34fb';
export const BATTERY_LEVEL = '00002a19-0000-1000-8000-00805f9b34fb';
/** Client Characteristic Configuration: without it `startNotifications()` fails. */
export const CCCD = '00002902-0000-1000-8000-00805f9b34fb';

/**
 * Chromium features the emulated strap needs. `WebBluetoothNewPermissionsBackend` turns on
 * `navigator.bluetooth.getDevices()` (the feed path, and the app's reconnect after a reload).
 * Chromium honours only the last `--enable-features` flag, so all features go in this one.
 */
export const BLUETOOTH_FEATURES = ['WebBluetooth', 'WebBluetoothNewPermissionsBackend'];

/** Launch options for a spec that uses the emulated strap: `test.use({ launchOptions: bluetoothLaunchOptions() })`. */
export function bluetoothLaunchOptions(extraArgs: readonly string[] = []): {
  executablePath: string;
  args: string[];
} {
  const args = [...CHROME_ARGS, ...extraArgs];
  const features = new Set(BLUETOOTH_FEATURES);
  const rest: string[] = [];
  for (const arg of args) {
    if (arg.startsWith('--enable-features=')) {
      for (const f of arg.slice('--enable-features='.length).split(',')) if (f) features.add(f);
    } else {
      rest.push(arg);
    }
  }
  return {
    executablePath: CHROME_PATH,
    args: [...rest, `--enable-features=${[...features].join(',')}`],
  };
}

export interface EmulatedStrapOptions {
  /** The peripheral's address; also the device id `DeviceAccess` offers in the chooser. */
  readonly address?: string;
  /** The advertised name (`device.name` after pairing; it reads as '' after a reload). */
  readonly name?: string;
  /** Battery level 0–100 answered to reads of 0x2A19, or null for a strap without 0x180F. */
  readonly batteryLevel?: number | null;
  /** Body sensor location (1 = chest) answered to reads of 0x2A38, or null for none. */
  readonly bodySensorLocation?: number | null;
  /**
   * Keep the emulated adapter alive across navigations of the app's page (default true). Chromium
   * drops the emulated adapter once no document uses Web Bluetooth any more, so a reload or a
   * `page.goto` after the app touched `navigator.bluetooth` leaves "Bluetooth adapter not
   * available" behind. A blank page in a separate browser context holds it.
   */
  readonly keepAdapterAlive?: boolean;
}

/** What the chooser does with the next prompts: pick the strap, or cancel (the person closes it). */
export type ChooserAnswer = 'select' | 'cancel';

/** One GATT or characteristic operation the page asked of the emulated strap. */
export interface StrapOperation {
  readonly kind: 'connection' | 'discovery' | 'heart-rate' | 'location' | 'battery' | 'other';
  readonly type: string;
  /** Milliseconds since `start()`, on the Node clock. */
  readonly atMs: number;
}

/** Page-clock timestamps (performance.now()) of one feed. */
export interface FeedResult {
  /** Just before the page called `readValue()`. */
  readonly readAtMs: number;
  /** When `characteristicvaluechanged` reached a listener registered after the app's. */
  readonly eventAtMs: number;
  readonly latencyMs: number;
}

/** Thrown by `feed()` when the page holds no connected strap (e.g. during a drop). */
export class StrapNotConnectedError extends Error {
  override name = 'StrapNotConnectedError';
}

interface GattIds {
  readonly heartRate: string;
  readonly location: string | null;
  readonly battery: string | null;
}

const b64 = (bytes: Iterable<number>): string => Buffer.from([...bytes]).toString('base64');

/**
 * An emulated heart-rate strap. `start()` before the app calls `requestDevice`; `stop()` in the
 * test's teardown (the domain is browser-wide, and `enable` fails while it is still enabled).
 */
export class EmulatedStrap {
  readonly address: string;
  readonly name: string;
  /** Every operation the page asked for, oldest first. */
  readonly operations: StrapOperation[] = [];
  /** CDP errors met while answering the page (a test can assert this stays empty). */
  readonly errors: string[] = [];

  private batteryLevel: number | null;
  private readonly bodySensorLocation: number | null;
  private ids: GattIds | null = null;
  private readonly heartRateQueue: Uint8Array[] = [];
  private lastHeartRate: Uint8Array = Uint8Array.of(0x00, 0x00);
  private subscribedId: string | null = null;
  private refusals: { count: number; code: number } = { count: 0, code: 0 };
  private chooser: ChooserAnswer = 'select';
  private readonly answeredPrompts = new Set<string>();
  private feeding: Promise<unknown> = Promise.resolve();
  private readonly t0 = Date.now();
  private stopped = false;

  private constructor(
    private readonly browserSession: CDPSession,
    private readonly pageSession: CDPSession,
    private readonly keeper: BrowserContext | null,
    options: EmulatedStrapOptions,
  ) {
    this.address = options.address ?? 'E4:6E:A1:00:00:01';
    this.name = options.name ?? 'Emulated HRM';
    this.batteryLevel = options.batteryLevel === undefined ? 87 : options.batteryLevel;
    this.bodySensorLocation =
      options.bodySensorLocation === undefined ? 1 : options.bodySensorLocation;
  }

  /** Power on the emulated adapter, add the strap with its services, and answer the chooser on `page`. */
  static async start(
    browser: Browser,
    page: Page,
    options: EmulatedStrapOptions = {},
  ): Promise<EmulatedStrap> {
    const browserSession = await browser.newBrowserCDPSession();
    const pageSession = await page.context().newCDPSession(page);
    const keeper = (options.keepAdapterAlive ?? true) ? await browser.newContext() : null;
    const strap = new EmulatedStrap(browserSession, pageSession, keeper, options);
    browserSession.on('BluetoothEmulation.gattOperationReceived', (e) => {
      strap.onGattOperation(e.address, e.type);
    });
    browserSession.on('BluetoothEmulation.characteristicOperationReceived', (e) => {
      strap.onCharacteristicOperation(e.characteristicId, e.type);
    });
    browserSession.on('BluetoothEmulation.descriptorOperationReceived', (e) => {
      strap.answer('descriptor response', () =>
        browserSession.send('BluetoothEmulation.simulateDescriptorOperationResponse', {
          descriptorId: e.descriptorId,
          type: e.type,
          code: 0,
          ...(e.type === 'read' ? { data: b64([0, 0]) } : {}),
        }),
      );
    });
    pageSession.on('DeviceAccess.deviceRequestPrompted', (e) => {
      strap.onPrompt(e.id, e.devices);
    });
    await pageSession.send('DeviceAccess.enable');
    await browserSession.send('BluetoothEmulation.enable', {
      state: 'powered-on',
      leSupported: true,
    });
    await browserSession.send('BluetoothEmulation.simulatePreconnectedPeripheral', {
      address: strap.address,
      name: strap.name,
      manufacturerData: [],
      knownServiceUuids: [HEART_RATE_SERVICE],
    });
    await strap.addServices();
    if (keeper) {
      // Any secure origin will do; localhost:9 is never really fetched.
      await keeper.route('http://localhost:9/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>keeper</title>' }),
      );
      const keeperPage = await keeper.newPage();
      await keeperPage.goto('http://localhost:9/bluetooth-adapter-keeper');
      await keeperPage.evaluate(async () => {
        await (navigator as unknown as NavigatorWithBluetooth).bluetooth.getAvailability();
      });
      // The chooser is cancelled for a page that is not in front.
      await page.bringToFront();
    }
    return strap;
  }

  /**
   * Queue `packet` (0x2A37 bytes) as the answer to the next read and have `page` read the app's own
   * heart-rate characteristic, which dispatches `characteristicvaluechanged` to the app. Feeds run
   * one at a time. Never connects: throws StrapNotConnectedError while the app holds no link.
   */
  feed(page: Page, packet: Uint8Array | readonly number[]): Promise<FeedResult> {
    return this.serialise(async () => {
      this.heartRateQueue.push(Uint8Array.from(packet));
      try {
        return await readInPage(page, this.name, HEART_RATE_SERVICE, HEART_RATE_MEASUREMENT);
      } finally {
        // A read that never reached the strap must not leave its packet for the next one.
        this.heartRateQueue.length = 0;
      }
    });
  }

  /** Change the battery level and, like `feed`, deliver it to the app's 0x2A19 listener. */
  feedBattery(page: Page, level: number): Promise<FeedResult> {
    return this.serialise(async () => {
      this.batteryLevel = level;
      return readInPage(page, this.name, BATTERY_SERVICE, BATTERY_LEVEL);
    });
  }

  /** The level answered to later battery reads (nothing is delivered until the app reads). */
  setBatteryLevel(level: number): void {
    this.batteryLevel = level;
  }

  /** Answer the following chooser prompts by selecting the strap (default) or cancelling. */
  answerChooserWith(answer: ChooserAnswer): void {
    this.chooser = answer;
  }

  /** Fail the next `count` connection attempts with an HCI error (0x04 page timeout by default). */
  refuseConnections(count: number, hciCode = 0x04): void {
    this.refusals = { count, code: hciCode };
  }

  /** Whether the app has subscribed to 0x2A37 since the last (re)connection. */
  get subscribed(): boolean {
    return this.ids !== null && this.subscribedId === this.ids.heartRate;
  }

  /** Resolve once the app has subscribed to 0x2A37 on the current link. */
  async waitForSubscription(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.subscribed) {
      if (Date.now() > deadline) throw new Error('the app never subscribed to 0x2A37');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Drop the link (`gattserverdisconnected` fires in the page). Chromium forgets the strap's
   * services with the link, so they are added again (new ids) for the app's reconnect.
   */
  async disconnect(): Promise<void> {
    await this.feeding.catch(() => undefined);
    await this.browserSession.send('BluetoothEmulation.simulateGATTDisconnection', {
      address: this.address,
    });
    this.subscribedId = null;
    await this.addServices();
  }

  /** Milliseconds since start, on the Node clock. */
  now(): number {
    return Date.now() - this.t0;
  }

  /** Disable the domain (browser-wide) and close the sessions and the keeper context. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.browserSession.send('BluetoothEmulation.disable').catch(() => undefined);
    await this.browserSession.detach().catch(() => undefined);
    await this.pageSession.detach().catch(() => undefined);
    await this.keeper?.close().catch(() => undefined);
  }

  private serialise<T>(run: () => Promise<T>): Promise<T> {
    const next = this.feeding.catch(() => undefined).then(run);
    this.feeding = next;
    return next;
  }

  private async addServices(): Promise<void> {
    const send = this.browserSession.send.bind(this.browserSession);
    const { serviceId } = await send('BluetoothEmulation.addService', {
      address: this.address,
      serviceUuid: HEART_RATE_SERVICE,
    });
    const { characteristicId: heartRate } = await send('BluetoothEmulation.addCharacteristic', {
      serviceId,
      characteristicUuid: HEART_RATE_MEASUREMENT,
      properties: { notify: true, read: true },
    });
    await send('BluetoothEmulation.addDescriptor', {
      characteristicId: heartRate,
      descriptorUuid: CCCD,
    });
    let location: string | null = null;
    if (this.bodySensorLocation !== null) {
      ({ characteristicId: location } = await send('BluetoothEmulation.addCharacteristic', {
        serviceId,
        characteristicUuid: BODY_SENSOR_LOCATION,
        properties: { read: true },
      }));
    }
    let battery: string | null = null;
    if (this.batteryLevel !== null) {
      const { serviceId: batteryService } = await send('BluetoothEmulation.addService', {
        address: this.address,
        serviceUuid: BATTERY_SERVICE,
      });
      ({ characteristicId: battery } = await send('BluetoothEmulation.addCharacteristic', {
        serviceId: batteryService,
        characteristicUuid: BATTERY_LEVEL,
        properties: { notify: true, read: true },
      }));
      await send('BluetoothEmulation.addDescriptor', {
        characteristicId: battery,
        descriptorUuid: CCCD,
      });
    }
    this.ids = { heartRate, location, battery };
  }

  private onGattOperation(address: string, type: 'connection' | 'discovery'): void {
    this.operations.push({ kind: type, type, atMs: this.now() });
    let code = 0;
    if (type === 'connection' && this.refusals.count > 0) {
      this.refusals.count -= 1;
      code = this.refusals.code;
    }
    this.answer('GATT response', () =>
      this.browserSession.send('BluetoothEmulation.simulateGATTOperationResponse', {
        address,
        type,
        code,
      }),
    );
  }

  private onCharacteristicOperation(
    characteristicId: string,
    type: 'read' | 'write' | 'subscribe-to-notifications' | 'unsubscribe-from-notifications',
  ): void {
    const ids = this.ids;
    const kind: StrapOperation['kind'] =
      characteristicId === ids?.heartRate
        ? 'heart-rate'
        : characteristicId === ids?.location
          ? 'location'
          : characteristicId === ids?.battery
            ? 'battery'
            : 'other';
    this.operations.push({ kind, type, atMs: this.now() });
    if (kind === 'heart-rate' && type === 'subscribe-to-notifications') {
      this.subscribedId = characteristicId;
    }
    if (kind === 'heart-rate' && type === 'unsubscribe-from-notifications') {
      this.subscribedId = null;
    }
    let data: string | undefined;
    if (type === 'read') {
      if (kind === 'heart-rate') {
        this.lastHeartRate = this.heartRateQueue.shift() ?? this.lastHeartRate;
        data = b64(this.lastHeartRate);
      } else if (kind === 'battery') {
        data = b64([this.batteryLevel ?? 0]);
      } else if (kind === 'location') {
        data = b64([this.bodySensorLocation ?? 0]);
      } else {
        data = b64([0]);
      }
    }
    this.answer('characteristic response', () =>
      this.browserSession.send('BluetoothEmulation.simulateCharacteristicOperationResponse', {
        characteristicId,
        type,
        code: 0,
        ...(data === undefined ? {} : { data }),
      }),
    );
  }

  private onPrompt(id: string, devices: readonly { id: string }[]): void {
    // The prompt repeats (same id) as the device list updates; a second select crashes Chromium.
    if (this.answeredPrompts.has(id)) return;
    if (this.chooser === 'cancel') {
      this.answeredPrompts.add(id);
      this.answer('cancelPrompt', () => this.pageSession.send('DeviceAccess.cancelPrompt', { id }));
      return;
    }
    if (!devices.some((d) => d.id === this.address)) return;
    this.answeredPrompts.add(id);
    this.answer('selectPrompt', () =>
      this.pageSession.send('DeviceAccess.selectPrompt', { id, deviceId: this.address }),
    );
  }

  /** Send an answer without awaiting it (event handlers are synchronous); keep any error. */
  private answer(label: string, send: () => Promise<unknown>): void {
    if (this.stopped) return;
    send().catch((error: unknown) => {
      if (!this.stopped) this.errors.push(`${label}: ${String(error)}`);
    });
  }
}

// The few Web Bluetooth shapes the page code uses (TypeScript's DOM lib has none).
interface CharacteristicLike extends EventTarget {
  readValue(): Promise<DataView>;
}
interface DeviceLike {
  readonly name?: string;
  readonly gatt?: {
    readonly connected: boolean;
    getPrimaryService(uuid: string): Promise<{
      getCharacteristic(uuid: string): Promise<CharacteristicLike>;
    }>;
  };
}
interface NavigatorWithBluetooth {
  readonly bluetooth: {
    getAvailability(): Promise<boolean>;
    getDevices?(): Promise<DeviceLike[]>;
  };
}

async function readInPage(
  page: Page,
  name: string,
  service: string,
  characteristic: string,
): Promise<FeedResult> {
  const result = await page.evaluate(
    async ({ name, service, characteristic }) => {
      const { bluetooth } = navigator as unknown as NavigatorWithBluetooth;
      if (!bluetooth.getDevices) {
        return { error: 'no-get-devices' as const };
      }
      // Never gatt.connect() here: that would race the app's own reconnect. After a reload
      // device.name reads '', so the name only breaks ties.
      const connected = (await bluetooth.getDevices()).filter((d) => d.gatt?.connected);
      const device = connected.find((d) => d.name === name) ?? connected[0];
      if (!device?.gatt) return { error: 'not-connected' as const };
      const target = await (
        await device.gatt.getPrimaryService(service)
      ).getCharacteristic(characteristic);
      let eventAtMs = NaN;
      // Listeners run in the order added, so this one runs right after the app's, in the same task.
      target.addEventListener(
        'characteristicvaluechanged',
        () => {
          eventAtMs = performance.now();
        },
        { once: true },
      );
      const readAtMs = performance.now();
      await target.readValue();
      return { readAtMs, eventAtMs };
    },
    { name, service, characteristic },
  );
  if ('error' in result) {
    throw result.error === 'no-get-devices'
      ? new Error(
          'navigator.bluetooth.getDevices is missing: launch with bluetoothLaunchOptions() ' +
            '(--enable-features=WebBluetooth,WebBluetoothNewPermissionsBackend)',
        )
      : new StrapNotConnectedError('the page holds no connected strap');
  }
  return { ...result, latencyMs: result.eventAtMs - result.readAtMs };
}

/**
 * `test` with a `strap` fixture: an emulated strap started before the test (the page is open but not
 * navigated yet) and stopped after it. The spec still needs
 * `test.use({ launchOptions: bluetoothLaunchOptions() })`.
 */
export const test = base.extend<{ strap: EmulatedStrap; strapOptions: EmulatedStrapOptions }>({
  strapOptions: [{}, { option: true }],
  strap: async ({ browser, page, strapOptions }, use) => {
    const strap = await EmulatedStrap.start(browser, page, strapOptions);
    await use(strap);
    await strap.stop();
  },
});

export { expect } from '@playwright/test';
