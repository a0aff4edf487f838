// The slice of Web Bluetooth (https://webbluetoothcg.github.io/web-bluetooth/) the strap uses.
// TypeScript's DOM lib does not declare it; these shapes also let tests pass a fake.

/** A 16-bit assigned number (0x180d) or a name ('heart_rate') or a full UUID. */
export type BluetoothUuid = number | string;

/** `navigator.bluetooth`, as far as the strap needs it. */
export interface BluetoothLike {
  requestDevice(options: {
    readonly filters: readonly { readonly services: readonly BluetoothUuid[] }[];
    readonly optionalServices?: readonly BluetoothUuid[];
  }): Promise<StrapDevice>;
  /** False when the adapter is off or missing; not in every browser. */
  getAvailability?(): Promise<boolean>;
  /** Devices this origin was allowed before (Chrome behind a flag, or with the new permissions backend). */
  getDevices?(): Promise<StrapDevice[]>;
}

/** A BluetoothDevice; fires `gattserverdisconnected`. */
export interface StrapDevice extends EventTarget {
  readonly id: string;
  readonly name?: string | undefined;
  readonly gatt?: GattServer | undefined;
  /** Revoke this origin's permission for the device; not in every browser. */
  forget?(): Promise<void>;
}

/** A BluetoothRemoteGATTServer. */
export interface GattServer {
  readonly connected: boolean;
  connect(): Promise<GattServer>;
  disconnect(): void;
  getPrimaryService(service: BluetoothUuid): Promise<GattService>;
}

/** A BluetoothRemoteGATTService. */
export interface GattService {
  getCharacteristic(characteristic: BluetoothUuid): Promise<GattCharacteristic>;
}

/** A BluetoothRemoteGATTCharacteristic; fires `characteristicvaluechanged`. */
export interface GattCharacteristic extends EventTarget {
  readonly value?: DataView | null | undefined;
  readonly properties: { readonly read: boolean; readonly notify: boolean };
  readValue(): Promise<DataView>;
  startNotifications(): Promise<GattCharacteristic>;
}

/** Assigned numbers of the services and characteristics the strap reads. */
export const GATT = {
  heartRateService: 0x180d,
  heartRateMeasurement: 0x2a37,
  bodySensorLocation: 0x2a38,
  batteryService: 0x180f,
  batteryLevel: 0x2a19,
} as const;
