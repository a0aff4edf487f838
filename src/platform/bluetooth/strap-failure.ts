import type { StrapFailure } from '../../app/ports';

/** What the person reads for each failure. */
export const STRAP_MESSAGES: Readonly<Record<StrapFailure, string>> = {
  unsupported:
    'Heart-rate straps need Chrome or Edge on Android, ChromeOS, macOS or Windows. This browser (e.g. Safari on iPhone, Firefox) cannot reach Bluetooth.',
  'bluetooth-off': 'Bluetooth is off. Turn it on in your device’s settings, then try again.',
  'permission-denied':
    'This browser is not allowed to use Bluetooth here. Allow Bluetooth (on Android also “Nearby devices” or location) for this site, then try again.',
  cancelled:
    'No strap was chosen. Put the strap on (most wake when they touch skin), then try again.',
  'no-heart-rate-service':
    'That device does not share a heart rate. Choose a heart-rate strap (one that lists “Heart Rate”).',
  'connection-failed':
    'Could not connect to the strap. Check that it is on, worn and close by, then try again.',
};

/** A failure during pairing or connecting, already classified. */
export class StrapError extends Error {
  readonly reason: StrapFailure;

  constructor(reason: StrapFailure, options?: ErrorOptions) {
    super(STRAP_MESSAGES[reason], options);
    this.name = 'StrapError';
    this.reason = reason;
  }
}

const named = (error: unknown, name: string): boolean =>
  error instanceof Error && error.name === name;

/**
 * Classify an error from `requestDevice()`. Chrome names them: NotFoundError 'User cancelled the
 * requestDevice() chooser.' or 'Bluetooth adapter not available.'; SecurityError or NotAllowedError
 * for a denied permission. `adapterOn` is `getAvailability()`'s answer where known.
 */
export function requestFailure(error: unknown, adapterOn: boolean | null): StrapFailure {
  if (error instanceof StrapError) return error.reason;
  const message = error instanceof Error ? error.message.toLowerCase() : '';
  if (adapterOn === false || message.includes('adapter')) return 'bluetooth-off';
  if (named(error, 'SecurityError') || named(error, 'NotAllowedError')) return 'permission-denied';
  if (named(error, 'NotFoundError')) return 'cancelled';
  return 'connection-failed';
}

/** Classify an error from getting the heart-rate service or its measurement characteristic. */
export function serviceFailure(error: unknown): StrapFailure {
  return named(error, 'NotFoundError') ? 'no-heart-rate-service' : 'connection-failed';
}
