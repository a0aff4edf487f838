// The port's error classes are part of its contract: the app tells them apart with `instanceof`.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- platform throws these for app to catch
import { StorageFullError, StorageUnavailableError } from '../../app/ports/storage-errors';

export { StorageFullError, StorageUnavailableError };

/** True for a QuotaExceededError, whether a request threw it or the transaction aborted with it. */
export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'QuotaExceededError'
  );
}

/** StorageFullError for any quota failure, the error itself otherwise. */
export function toStorageError(error: unknown, txError?: unknown): unknown {
  return isQuotaError(error) || isQuotaError(txError) ? new StorageFullError() : error;
}

/** Told after every write: null when it went through, the error when the disk was full. */
export type WriteReport = (error: StorageFullError | null) => void;

/** The error for a browser that will not keep data for Stay. */
export function unavailable(cause?: unknown): StorageUnavailableError {
  return new StorageUnavailableError(
    'This browser is not letting Stay keep anything on this device (private browsing can do this).',
    { cause },
  );
}

/** The error for an upgrade another open Stay tab is holding up. */
export function blockedByOtherTab(): StorageUnavailableError {
  return new StorageUnavailableError(
    'Stay is open in another tab or window running an older version. Close it, then reload this page.',
  );
}
