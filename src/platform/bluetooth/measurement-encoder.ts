import type { HeartRateMeasurement } from '../../core/heart/types';

const CONTACT_BITS = { unsupported: 0x00, lost: 0x04, detected: 0x06 } as const;

/**
 * Encode a Heart Rate Measurement (0x2A37) packet as a strap sends it: uint8 bpm when it fits,
 * else uint16; energy when not null; RR intervals rounded to 1/1024 s.
 */
export function encodeHeartRateMeasurement(measurement: HeartRateMeasurement): DataView {
  const wide = measurement.bpm > 0xff;
  const energy = measurement.energyKj !== null;
  const rr = measurement.rrMs.length > 0;
  const length = 1 + (wide ? 2 : 1) + (energy ? 2 : 0) + measurement.rrMs.length * 2;
  const view = new DataView(new ArrayBuffer(length));
  view.setUint8(
    0,
    (wide ? 0x01 : 0) | CONTACT_BITS[measurement.contact] | (energy ? 0x08 : 0) | (rr ? 0x10 : 0),
  );
  let offset = 1;
  if (wide) {
    view.setUint16(offset, measurement.bpm, true);
    offset += 2;
  } else {
    view.setUint8(offset, measurement.bpm);
    offset += 1;
  }
  if (measurement.energyKj !== null) {
    view.setUint16(offset, Math.min(0xffff, measurement.energyKj), true);
    offset += 2;
  }
  for (const rrMs of measurement.rrMs) {
    view.setUint16(offset, Math.min(0xffff, Math.round((rrMs * 1024) / 1000)), true);
    offset += 2;
  }
  return view;
}
