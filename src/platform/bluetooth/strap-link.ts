import {
  type GattCharacteristic,
  type GattServer,
  type GattService,
  GATT,
  type StrapDevice,
} from './bluetooth-types';
import type { GattQueue } from './gatt-queue';
import { serviceFailure, StrapError } from './strap-failure';

/** Body sensor location (0x2A38) codes in words; other codes are reserved. */
export const SENSOR_LOCATIONS = [
  'other',
  'chest',
  'wrist',
  'finger',
  'hand',
  'ear lobe',
  'foot',
] as const;

/** Where a strap's packets go. */
export interface LinkHandlers {
  /** A Heart Rate Measurement (0x2A37) value as it arrived. */
  onMeasurement(value: DataView): void;
  /** A new battery level, 0..100 %. */
  onBattery(percent: number): void;
}

/** A connected strap with notifications running. */
export interface StrapLink {
  readonly batteryPercent: number | null;
  readonly location: string | null;
  /** Stop listening to this link's characteristics (the link itself is left as it is). */
  close(): void;
}

/**
 * Connect `device`, start heart-rate notifications and read battery and sensor location where
 * present; every GATT operation goes through `queue`. Rejects with a StrapError.
 */
export async function openLink(
  device: StrapDevice,
  queue: GattQueue,
  handlers: LinkHandlers,
): Promise<StrapLink> {
  const gatt = device.gatt;
  if (!gatt) throw new StrapError('connection-failed');
  const offs: (() => void)[] = [];
  const close = () => {
    for (const off of offs.splice(0)) off();
  };
  try {
    const server = await queue
      .run(() => gatt.connect())
      .catch((error: unknown) => {
        throw new StrapError('connection-failed', { cause: error });
      });
    const { service, measurement } = await heartRate(server, queue);
    offs.push(
      listen(measurement, (value) => {
        handlers.onMeasurement(value);
      }),
    );
    await queue.run(() => measurement.startNotifications());
    const location = await readLocation(service, queue);
    const batteryPercent = await readBattery(server, queue, handlers, offs);
    return { batteryPercent, location, close };
  } catch (error) {
    close();
    throw error instanceof StrapError
      ? error
      : new StrapError('connection-failed', { cause: error });
  }
}

async function heartRate(
  server: GattServer,
  queue: GattQueue,
): Promise<{ service: GattService; measurement: GattCharacteristic }> {
  try {
    const service = await queue.run(() => server.getPrimaryService(GATT.heartRateService));
    const measurement = await queue.run(() => service.getCharacteristic(GATT.heartRateMeasurement));
    return { service, measurement };
  } catch (error) {
    throw new StrapError(serviceFailure(error), { cause: error });
  }
}

/** Call `handler` with each new value of `characteristic`; returns unsubscribe. */
function listen(
  characteristic: GattCharacteristic,
  handler: (value: DataView) => void,
): () => void {
  const listener = () => {
    if (characteristic.value) handler(characteristic.value);
  };
  characteristic.addEventListener('characteristicvaluechanged', listener);
  return () => {
    characteristic.removeEventListener('characteristicvaluechanged', listener);
  };
}

async function readLocation(service: GattService, queue: GattQueue): Promise<string | null> {
  try {
    const characteristic = await queue.run(() =>
      service.getCharacteristic(GATT.bodySensorLocation),
    );
    const value = await queue.run(() => characteristic.readValue());
    return value.byteLength > 0 ? (SENSOR_LOCATIONS[value.getUint8(0)] ?? null) : null;
  } catch {
    return null;
  }
}

async function readBattery(
  server: GattServer,
  queue: GattQueue,
  handlers: LinkHandlers,
  offs: (() => void)[],
): Promise<number | null> {
  let level: GattCharacteristic;
  let percent: number | null;
  try {
    const service = await queue.run(() => server.getPrimaryService(GATT.batteryService));
    level = await queue.run(() => service.getCharacteristic(GATT.batteryLevel));
    percent = batteryPercent(await queue.run(() => level.readValue()));
  } catch {
    return null;
  }
  if (level.properties.notify) {
    const off = listen(level, (value) => {
      const next = batteryPercent(value);
      if (next !== null) handlers.onBattery(next);
    });
    try {
      await queue.run(() => level.startNotifications());
      offs.push(off);
    } catch {
      off();
    }
  }
  return percent;
}

function batteryPercent(value: DataView): number | null {
  return value.byteLength > 0 ? Math.min(100, value.getUint8(0)) : null;
}
