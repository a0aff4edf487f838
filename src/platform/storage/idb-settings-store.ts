import type { SettingsStore } from '../../app/ports/settings-store';
import type { CustomPattern } from '../../core/breathing/custom';
import { sanitizeSettings } from '../../core/settings/sanitize';
import type { Settings } from '../../core/settings/settings';
import type { StayDatabase } from './db';
import type { WriteReport } from './errors';
import { SETTINGS_RECORD, type StoredPattern } from './schema';
import { requests, write } from './write';
import { omit } from './omit';

/** The BroadcastChannel name tabs tell each other about settings changes on. */
export const SETTINGS_CHANNEL = 'stay-settings';

/** The part of a BroadcastChannel the settings store uses. */
export type SettingsChannel = Pick<
  BroadcastChannel,
  'postMessage' | 'addEventListener' | 'removeEventListener'
>;

/** SettingsStore with the extras the rest of storage needs. */
export interface IdbSettingsStore extends SettingsStore {
  /** Re-reads after another part of Stay wrote settings (an import), tells subscribers and other tabs. */
  refresh(): Promise<void>;
  /** Resolves once every save so far has been written (or failed). */
  flushed(): Promise<void>;
}

/**
 * Settings held in memory (so `load()` is synchronous) and written through to IndexedDB:
 * patterns to `patterns`, the rest to `settings`, in one transaction per save. Other tabs hear of
 * a change on the `stay-settings` channel and re-read.
 */
export async function createIdbSettingsStore(
  db: StayDatabase,
  channel: SettingsChannel | null = openChannel(),
  report?: WriteReport,
): Promise<IdbSettingsStore> {
  const listeners = new Set<(settings: Settings) => void>();
  let memory = await readSettings(db);
  let writing: Promise<void> = Promise.resolve();

  const notify = () => {
    for (const listener of [...listeners]) listener(memory);
  };
  const reread = async () => {
    // This tab's own pending saves land first, so an older copy never replaces them in memory.
    await writing;
    memory = await readSettings(db);
    notify();
  };
  channel?.addEventListener('message', () => void reread());

  return {
    load: () => memory,
    save(settings) {
      memory = sanitizeSettings(settings);
      notify();
      const saved = memory;
      writing = writing
        .then(() => writeSettings(db, saved, report))
        .then(() => channel?.postMessage('changed'))
        .catch(() => undefined);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh() {
      await reread();
      channel?.postMessage('changed');
    },
    flushed: () => writing,
  };
}

/** The stored settings, sanitised; the defaults where none were saved. */
export async function readSettings(db: StayDatabase): Promise<Settings> {
  const tx = db.transaction(['settings', 'patterns']);
  const [settings, patterns] = await Promise.all([
    tx.objectStore('settings').get(SETTINGS_RECORD),
    tx.objectStore('patterns').getAll(),
  ]);
  return sanitizeSettings({ ...settings, customPatterns: inOrder(patterns) });
}

/** Custom patterns in the person's order, without their position. */
export function inOrder(patterns: readonly StoredPattern[]): CustomPattern[] {
  return [...patterns]
    .sort((a, b) => a.position - b.position)
    .map((pattern) => omit(pattern, 'position'));
}

function writeSettings(db: StayDatabase, settings: Settings, report?: WriteReport): Promise<void> {
  const { customPatterns, ...rest } = settings;
  return write(
    db,
    ['settings', 'patterns'],
    async (tx) => {
      const patterns = tx.objectStore('patterns');
      await patterns.clear();
      await requests((add) => {
        add(tx.objectStore('settings').put(rest, SETTINGS_RECORD));
        customPatterns.forEach((pattern, position) => {
          add(patterns.put({ ...pattern, position }));
        });
      });
    },
    report,
  );
}

function openChannel(): SettingsChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SETTINGS_CHANNEL);
}
