/** A write that did not fit: the device is out of space for Stay. Earlier data is untouched. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(
    message = 'Your device is out of space, so Stay could not save this. Everything saved before is safe; free some space and try again.',
  ) {
    super(message);
  }
}

/** Storage is missing or broken (private mode without IndexedDB, a blocked upgrade). */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}
