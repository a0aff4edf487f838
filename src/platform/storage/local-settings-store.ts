import type { SettingsStore } from '../../app/ports/settings-store';
import { sanitizeSettings } from '../../core/settings/sanitize';
import type { Settings } from '../../core/settings/settings';

/** The localStorage key; bump the version when the shape changes incompatibly. */
export const SETTINGS_KEY = 'stay.settings.v1';

/** Settings in localStorage, validated on every read; other tabs' changes arrive through the `storage` event. */
export function createLocalSettingsStore(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage(),
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = window,
): SettingsStore {
  const listeners = new Set<(settings: Settings) => void>();
  let memory: Settings | null = null;

  const load = (): Settings => {
    try {
      const text = storage?.getItem(SETTINGS_KEY);
      if (text != null) return sanitizeSettings(JSON.parse(text));
    } catch {
      // Unreadable or corrupt: the defaults (or this tab's last save) stand in.
    }
    return memory ?? sanitizeSettings(undefined);
  };

  const notify = (settings: Settings) => {
    for (const listener of [...listeners]) listener(settings);
  };

  const onStorage = (event: Event) => {
    const { key } = event as StorageEvent;
    if (key === SETTINGS_KEY || key === null) notify(load());
  };

  return {
    load,
    save(settings) {
      const clean = sanitizeSettings(settings);
      memory = clean;
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(clean));
      } catch {
        // Quota or private mode: keep the settings for this page's life.
      }
      notify(clean);
    },
    subscribe(listener) {
      if (listeners.size === 0) events.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events.removeEventListener('storage', onStorage);
      };
    },
  };
}

/** `localStorage`, or null where reading it throws (some privacy modes). */
function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}
