/** Skin contact as the strap reports it (0x2A37 flags bits 1–2). */
export type SensorContact = 'unsupported' | 'lost' | 'detected';

/** One decoded Heart Rate Measurement (0x2A37) packet, exactly as sent. */
export interface HeartRateMeasurement {
  /** Beats per minute as sent; 0 included. */
  readonly bpm: number;
  readonly contact: SensorContact;
  /** Energy expended in kJ, or null when the packet has none. */
  readonly energyKj: number | null;
  /** RR intervals in ms (from 1/1024 s), oldest first, none dropped. */
  readonly rrMs: readonly number[];
}

/** A measurement as it arrived, stamped with the session clock. */
export interface HeartRateReading extends HeartRateMeasurement {
  /** Milliseconds on the caller's clock when the packet arrived. */
  readonly tMs: number;
}

/** What the urge meter reads: level 0–100, `high` with hysteresis, and how far to trust it. */
export interface UrgeReading {
  readonly level: number;
  readonly high: boolean;
  readonly baselineBpm: number | null;
  readonly quality: 'ok' | 'poor' | 'none';
}
