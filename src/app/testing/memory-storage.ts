// Tests use the in-memory storage the app falls back on where IndexedDB is missing.
export { createMemoryStorage, type MemoryStorage } from '../memory-storage';
