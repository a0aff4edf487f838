import {
  type BluetoothLike,
  type BluetoothUuid,
  type GattCharacteristic,
  type GattServer,
  type GattService,
  GATT,
  type StrapDevice,
} from '../bluetooth-types';

const notFound = (what: string) => new DOMException(`No ${what} found in device.`, 'NotFoundError');

/** What a fake strap offers. */
export interface FakeStrapSpec {
  readonly id?: string;
  readonly name?: string;
  /** False for a device without the Heart Rate service. */
  readonly heartRate?: boolean;
  /** Battery level 0..100, or null for no Battery service. */
  readonly battery?: number | null;
  readonly batteryNotifies?: boolean;
  /** Body sensor location code, or null for no 0x2A38. */
  readonly location?: number | null;
}

/**
 * A strap behind a fake GATT server. Every operation takes a few microtasks and fails if another
 * is still in flight, as Chrome does ('GATT operation already in progress').
 */
export class FakeStrapDevice extends EventTarget implements StrapDevice {
  readonly id: string;
  readonly name: string;
  readonly gatt: FakeGattServer;
  readonly spec: Required<FakeStrapSpec>;
  /** Operations in the order they started, e.g. 'connect', 'service 0x180d', 'start 0x2a37'. */
  readonly log: string[] = [];
  /** Operations started while another was in flight. */
  readonly overlaps: string[] = [];
  /** While false, connect() fails as for a strap out of range. */
  inRange = true;
  forgotten = false;
  #inFlight = 0;

  constructor(spec: FakeStrapSpec = {}) {
    super();
    this.spec = {
      id: 'strap-1',
      name: 'Polar H10 1234',
      heartRate: true,
      battery: 87,
      batteryNotifies: false,
      location: 1,
      ...spec,
    };
    this.id = this.spec.id;
    this.name = this.spec.name;
    this.gatt = new FakeGattServer(this);
  }

  /** The heart-rate measurement characteristic of the current connection. */
  get heartRate(): FakeCharacteristic | undefined {
    return this.gatt.characteristics.get(GATT.heartRateMeasurement);
  }

  get battery(): FakeCharacteristic | undefined {
    return this.gatt.characteristics.get(GATT.batteryLevel);
  }

  /** The link drops by itself (out of range, sweat). */
  drop(): void {
    this.gatt.lose();
  }

  forget(): Promise<void> {
    this.forgotten = true;
    return Promise.resolve();
  }

  /** Run one GATT operation, recording it and any overlap. */
  async op<T>(name: string, body: () => T): Promise<T> {
    this.log.push(name);
    if (this.#inFlight > 0) this.overlaps.push(name);
    this.#inFlight++;
    try {
      for (let i = 0; i < 3; i++) await Promise.resolve();
      return body();
    } finally {
      this.#inFlight--;
    }
  }
}

const hex = (uuid: BluetoothUuid) => (typeof uuid === 'number' ? `0x${uuid.toString(16)}` : uuid);

/** The fake's GATT server; services and characteristics are new objects on each connection. */
export class FakeGattServer implements GattServer {
  connected = false;
  readonly characteristics = new Map<number, FakeCharacteristic>();
  readonly #device: FakeStrapDevice;

  constructor(device: FakeStrapDevice) {
    this.#device = device;
  }

  connect(): Promise<GattServer> {
    return this.#device.op('connect', () => {
      if (!this.#device.inRange) {
        throw new DOMException('Connection failed for unknown reason.', 'NetworkError');
      }
      this.connected = true;
      return this;
    });
  }

  disconnect(): void {
    if (this.connected) this.lose();
  }

  /** Drop the link and tell the device's listeners. */
  lose(): void {
    this.connected = false;
    this.characteristics.clear();
    this.#device.dispatchEvent(new Event('gattserverdisconnected'));
  }

  getPrimaryService(service: BluetoothUuid): Promise<GattService> {
    return this.#device.op(`service ${hex(service)}`, () => {
      this.#mustBeConnected();
      const spec = this.#device.spec;
      if (service === GATT.heartRateService && spec.heartRate) {
        return this.#service([
          [GATT.heartRateMeasurement, null, { read: false, notify: true }],
          ...(spec.location === null
            ? []
            : [
                [
                  GATT.bodySensorLocation,
                  bytes(spec.location),
                  { read: true, notify: false },
                ] as const,
              ]),
        ]);
      }
      if (service === GATT.batteryService && spec.battery !== null) {
        return this.#service([
          [GATT.batteryLevel, bytes(spec.battery), { read: true, notify: spec.batteryNotifies }],
        ]);
      }
      throw notFound(`Services matching UUID ${hex(service)}`);
    });
  }

  #service(
    entries: readonly (readonly [number, DataView | null, FakeCharacteristic['properties']])[],
  ): GattService {
    const device = this.#device;
    return {
      getCharacteristic: (uuid) =>
        device.op(`characteristic ${hex(uuid)}`, () => {
          this.#mustBeConnected();
          const entry = entries.find(([id]) => id === uuid);
          if (!entry) throw notFound(`Characteristics matching UUID ${hex(uuid)}`);
          const characteristic = new FakeCharacteristic(device, this, entry[0], entry[1], entry[2]);
          this.characteristics.set(entry[0], characteristic);
          return characteristic;
        }),
    };
  }

  #mustBeConnected(): void {
    if (!this.connected) {
      throw new DOMException('GATT Server is disconnected.', 'NetworkError');
    }
  }

  /** Throws unless connected; for characteristics. */
  check(): void {
    this.#mustBeConnected();
  }
}

/** One characteristic of one connection. */
export class FakeCharacteristic extends EventTarget implements GattCharacteristic {
  value: DataView | null;
  notifying = false;
  readonly properties: { readonly read: boolean; readonly notify: boolean };
  readonly #device: FakeStrapDevice;
  readonly #server: FakeGattServer;
  readonly #uuid: number;

  constructor(
    device: FakeStrapDevice,
    server: FakeGattServer,
    uuid: number,
    value: DataView | null,
    properties: { readonly read: boolean; readonly notify: boolean },
  ) {
    super();
    this.#device = device;
    this.#server = server;
    this.#uuid = uuid;
    this.value = value;
    this.properties = properties;
  }

  readValue(): Promise<DataView> {
    return this.#device.op(`read ${hex(this.#uuid)}`, () => {
      this.#server.check();
      if (!this.value) throw new DOMException('Not readable.', 'NotSupportedError');
      return this.value;
    });
  }

  startNotifications(): Promise<GattCharacteristic> {
    return this.#device.op(`start ${hex(this.#uuid)}`, () => {
      this.#server.check();
      this.notifying = true;
      return this;
    });
  }

  /** The strap sends `value`; delivered only while notifying on a live link. */
  send(value: DataView): void {
    if (!this.notifying || !this.#server.connected) return;
    this.value = value;
    this.dispatchEvent(new Event('characteristicvaluechanged'));
  }
}

/** A DataView of `values` as bytes. */
export function bytes(...values: number[]): DataView {
  return new DataView(new Uint8Array(values).buffer);
}

/** What the fake chooser does when asked. */
export type Chooser = FakeStrapDevice | DOMException;

/** `navigator.bluetooth` with a chooser that picks `chooser`. */
export class FakeBluetooth implements BluetoothLike {
  chooser: Chooser;
  /** `getAvailability()`'s answer. */
  adapterOn = true;
  /** Devices `getDevices()` returns (when the fake has getDevices). */
  permitted: FakeStrapDevice[] = [];
  readonly requests: Parameters<BluetoothLike['requestDevice']>[0][] = [];
  readonly getDevices?: () => Promise<StrapDevice[]>;

  constructor(chooser: Chooser, options: { readonly getDevices?: boolean } = {}) {
    this.chooser = chooser;
    if (options.getDevices ?? true) this.getDevices = () => Promise.resolve([...this.permitted]);
  }

  requestDevice(options: Parameters<BluetoothLike['requestDevice']>[0]): Promise<StrapDevice> {
    this.requests.push(options);
    const chooser = this.chooser;
    return chooser instanceof FakeStrapDevice ? Promise.resolve(chooser) : Promise.reject(chooser);
  }

  getAvailability(): Promise<boolean> {
    return Promise.resolve(this.adapterOn);
  }
}
