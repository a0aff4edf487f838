import type { BluetoothLike } from './bluetooth-types';

/** `navigator.bluetooth` where the browser has it. */
export function pageBluetooth(): BluetoothLike | null {
  if (typeof navigator === 'undefined' || !('bluetooth' in navigator)) return null;
  // TypeScript's DOM lib does not declare Web Bluetooth; BluetoothLike is the slice used here.
  return navigator.bluetooth as BluetoothLike;
}

/** `getAvailability()`'s answer, or null where the browser cannot tell. */
export async function adapterAvailability(bluetooth: BluetoothLike): Promise<boolean | null> {
  try {
    return bluetooth.getAvailability ? await bluetooth.getAvailability() : null;
  } catch {
    return null;
  }
}
