import type { StrapFailure } from '../../app/ports/heart-rate-source';
import { STRAP_FAILURE_WORDS } from '../../core/content/strap-failures';

/** What the person reads for each failure (the words live in core/content/strap-failures). */
export const STRAP_MESSAGES: Readonly<Record<StrapFailure, string>> = STRAP_FAILURE_WORDS;

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
