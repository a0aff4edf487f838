import type { HeartRateMeasurement, SensorContact } from './types';

export type { HeartRateMeasurement, SensorContact } from './types';

/** Thrown when a 0x2A37 packet is shorter than its own flags say it must be. */
export class MalformedMeasurementError extends Error {
  override readonly name = 'MalformedMeasurementError';
}

const HR_UINT16 = 0x01;
const CONTACT_MASK = 0x06;
const CONTACT_LOST = 0x04;
const CONTACT_DETECTED = 0x06;
const ENERGY_PRESENT = 0x08;
const RR_PRESENT = 0x10;
/** RR intervals are sent in 1/1024 s; this is exact in binary floating point. */
const MS_PER_RR_UNIT = 1000 / 1024;

/**
 * Decodes one Heart Rate Measurement (0x2A37) packet as sent: bpm (0 included), sensor contact,
 * energy expended in kJ or null, and every RR interval in ms, oldest first. A trailing odd byte in
 * the RR field is ignored, as is an RR flag with no room for an interval; reserved bits 5–7 are
 * ignored. Throws `MalformedMeasurementError` when the packet is too short for its flags, and
 * nothing else.
 */
export function parseHeartRateMeasurement(view: DataView): HeartRateMeasurement {
  const length = view.byteLength;
  if (length < 1) throw new MalformedMeasurementError('The heart-rate packet is empty.');
  const flags = view.getUint8(0);

  let offset = 1;
  const hrBytes = flags & HR_UINT16 ? 2 : 1;
  need(length, offset + hrBytes, 'heart rate');
  const bpm = hrBytes === 2 ? view.getUint16(offset, true) : view.getUint8(offset);
  offset += hrBytes;

  let energyKj: number | null = null;
  if (flags & ENERGY_PRESENT) {
    need(length, offset + 2, 'energy expended');
    energyKj = view.getUint16(offset, true);
    offset += 2;
  }

  const rrMs: number[] = [];
  if (flags & RR_PRESENT) {
    for (; offset + 2 <= length; offset += 2) {
      rrMs.push(view.getUint16(offset, true) * MS_PER_RR_UNIT);
    }
  }

  return { bpm, contact: contactFrom(flags), energyKj, rrMs };
}

function contactFrom(flags: number): SensorContact {
  switch (flags & CONTACT_MASK) {
    case CONTACT_DETECTED:
      return 'detected';
    case CONTACT_LOST:
      return 'lost';
    default:
      return 'unsupported';
  }
}

function need(length: number, required: number, field: string): void {
  if (length < required) {
    throw new MalformedMeasurementError(
      `The heart-rate packet is ${length} bytes, too short for its ${field} (needs ${required}).`,
    );
  }
}
