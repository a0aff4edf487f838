import type { Settings } from '../../core/settings/settings';

/** Persisted settings. */
export interface SettingsStore {
  load(): Settings;
  save(settings: Settings): void;
  /** Called with the new settings whenever they change (this tab or another); returns unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void;
}
