/** A file that cannot be imported: the message says where and why, in words a person understands. */
export class ImportError extends Error {
  override name = 'ImportError';
}
