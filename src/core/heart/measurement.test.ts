import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MalformedMeasurementError, parseHeartRateMeasurement } from './measurement';
import type { HeartRateMeasurement, SensorContact } from './types';

function view(hex: string): DataView {
  const bytes = hex
    .trim()
    .split(/\s+/)
    .filter((b) => b !== '')
    .map((b) => parseInt(b, 16));
  return new DataView(new Uint8Array(bytes).buffer);
}

const rounded = (values: readonly number[]) => values.map((v) => Math.round(v * 100) / 100);

describe('parseHeartRateMeasurement', () => {
  it('decodes uint8 heart rate, contact detected and two RR intervals', () => {
    const m = parseHeartRateMeasurement(view('16 4B 49 03 58 03'));
    expect(m.bpm).toBe(75);
    expect(m.contact).toBe('detected');
    expect(m.energyKj).toBeNull();
    expect(rounded(m.rrMs)).toEqual([821.29, 835.94]);
  });

  it('decodes three RR intervals with contact not supported', () => {
    const m = parseHeartRateMeasurement(view('10 67 72 03 8A 03 95 04'));
    expect(m.bpm).toBe(103);
    expect(m.contact).toBe('unsupported');
    expect(rounded(m.rrMs)).toEqual([861.33, 884.77, 1145.51]);
  });

  it('decodes uint16 heart rate and energy expended before the RR field', () => {
    const m = parseHeartRateMeasurement(view('19 4B 00 D0 07 00 04'));
    expect(m).toEqual({ bpm: 75, contact: 'unsupported', energyKj: 2000, rrMs: [1000] });
  });

  it('ignores a trailing odd byte in the RR field', () => {
    const m = parseHeartRateMeasurement(view('16 50 20 03 1F'));
    expect(m.bpm).toBe(80);
    expect(m.rrMs).toEqual([781.25]);
  });

  it('reports each sensor-contact state', () => {
    expect(parseHeartRateMeasurement(view('00 48')).contact).toBe('unsupported');
    expect(parseHeartRateMeasurement(view('02 48')).contact).toBe('unsupported');
    expect(parseHeartRateMeasurement(view('04 48')).contact).toBe('lost');
    expect(parseHeartRateMeasurement(view('06 48')).contact).toBe('detected');
  });

  it('keeps a heart rate of 0 as sent and ignores reserved bits', () => {
    expect(parseHeartRateMeasurement(view('E6 00'))).toEqual({
      bpm: 0,
      contact: 'detected',
      energyKj: null,
      rrMs: [],
    });
  });

  it('returns no RR intervals when the RR flag has no room for one', () => {
    expect(parseHeartRateMeasurement(view('10 48')).rrMs).toEqual([]);
  });

  it.each(['', '10', '01 48', '18 48 D0', '08 48', '09 48 00 D0'])(
    'rejects "%s" as too short for its flags',
    (hex) => {
      expect(() => parseHeartRateMeasurement(view(hex))).toThrow(MalformedMeasurementError);
    },
  );

  it('reads from a view that starts partway into a larger buffer', () => {
    const buffer = new Uint8Array([0xff, 0xff, 0x16, 0x4b, 0x49, 0x03, 0x58, 0x03, 0xff]).buffer;
    const m = parseHeartRateMeasurement(new DataView(buffer, 2, 6));
    expect(m.bpm).toBe(75);
    expect(rounded(m.rrMs)).toEqual([821.29, 835.94]);
    expect(() => parseHeartRateMeasurement(new DataView(buffer, 2, 1))).toThrow(
      MalformedMeasurementError,
    );
  });

  it('gives a person-readable message', () => {
    expect(() => parseHeartRateMeasurement(view('01 48'))).toThrow(
      'The heart-rate packet is 2 bytes, too short for its heart rate (needs 3).',
    );
  });
});

interface Fields {
  uint16: boolean;
  contactBits: number;
  reserved: number;
  bpm: number;
  energyKj: number | null;
  rr: number[] | null;
  oddByte: number | null;
}

/** An independent encoder written from the 0x2A37 layout, used as the oracle. */
function encode(f: Fields): Uint8Array {
  const bytes: number[] = [];
  const le16 = (v: number) => bytes.push(v % 256, Math.floor(v / 256));
  const flags =
    (f.uint16 ? 1 : 0) +
    f.contactBits * 2 +
    (f.energyKj === null ? 0 : 8) +
    (f.rr === null ? 0 : 16) +
    f.reserved * 32;
  bytes.push(flags);
  if (f.uint16) le16(f.bpm);
  else bytes.push(f.bpm);
  if (f.energyKj !== null) le16(f.energyKj);
  if (f.rr !== null) {
    f.rr.forEach(le16);
    if (f.oddByte !== null) bytes.push(f.oddByte);
  }
  return new Uint8Array(bytes);
}

const CONTACT: readonly SensorContact[] = ['unsupported', 'unsupported', 'lost', 'detected'];

const fieldsArb: fc.Arbitrary<Fields> = fc
  .record({
    uint16: fc.boolean(),
    contactBits: fc.integer({ min: 0, max: 3 }),
    reserved: fc.integer({ min: 0, max: 7 }),
    bpm: fc.integer({ min: 0, max: 0xffff }),
    energyKj: fc.option(fc.integer({ min: 0, max: 0xffff })),
    rr: fc.option(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 9 })),
    oddByte: fc.option(fc.integer({ min: 0, max: 255 })),
  })
  .map((f) => ({ ...f, bpm: f.uint16 ? f.bpm : f.bpm % 256 }));

describe('parseHeartRateMeasurement against an independent encoder', () => {
  it('decodes every encoded packet back to its fields', () => {
    fc.assert(
      fc.property(fieldsArb, fc.nat({ max: 7 }), (f, lead) => {
        const packet = encode(f);
        const buffer = new Uint8Array(lead + packet.length + 3);
        buffer.set(packet, lead);
        const decoded = parseHeartRateMeasurement(new DataView(buffer.buffer, lead, packet.length));
        const expected: HeartRateMeasurement = {
          bpm: f.bpm,
          contact: CONTACT[f.contactBits]!,
          energyKj: f.energyKj,
          rrMs: (f.rr ?? []).map((units) => (units * 1000) / 1024),
        };
        expect(decoded).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every packet cut short of its heart rate or energy field', () => {
    fc.assert(
      fc.property(fieldsArb, (f) => {
        const packet = encode(f);
        const required = 1 + (f.uint16 ? 2 : 1) + (f.energyKj === null ? 0 : 2);
        for (let cut = 0; cut < required; cut++) {
          expect(() => parseHeartRateMeasurement(new DataView(packet.buffer, 0, cut))).toThrow(
            MalformedMeasurementError,
          );
        }
      }),
    );
  });
});

describe('parseHeartRateMeasurement on random bytes', () => {
  it('decodes or throws MalformedMeasurementError, never anything else', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 24 }),
        fc.nat({ max: 4 }),
        fc.nat({ max: 4 }),
        (bytes, lead, tail) => {
          const buffer = new Uint8Array(lead + bytes.length + tail);
          buffer.set(bytes, lead);
          try {
            const m = parseHeartRateMeasurement(new DataView(buffer.buffer, lead, bytes.length));
            expect(Number.isInteger(m.bpm)).toBe(true);
            expect(m.rrMs.every((rr) => rr >= 0 && rr < 64000)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(MalformedMeasurementError);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
