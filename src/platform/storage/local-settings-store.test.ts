import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import type { Settings } from '../../core/settings/settings';
import { SETTINGS_KEY, createLocalSettingsStore } from './local-settings-store';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('local settings store', () => {
  it('starts with the defaults and never throws on corrupt data', () => {
    const storage = new MemoryStorage();
    expect(createLocalSettingsStore(storage, new EventTarget()).load()).toEqual(DEFAULT_SETTINGS);
    storage.setItem(SETTINGS_KEY, '{not json');
    expect(createLocalSettingsStore(storage, new EventTarget()).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves, reloads and tells subscribers', () => {
    const storage = new MemoryStorage();
    const store = createLocalSettingsStore(storage, new EventTarget());
    const seen: Settings[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(s));
    store.save({ ...DEFAULT_SETTINGS, volume: 0.2 });
    unsubscribe();
    store.save({ ...DEFAULT_SETTINGS, volume: 0.4 });
    expect(seen.map((s) => s.volume)).toEqual([0.2]);
    expect(createLocalSettingsStore(storage, new EventTarget()).load().volume).toBe(0.4);
  });

  it('passes on changes made in another tab', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const store = createLocalSettingsStore(storage, events);
    const seen: Settings[] = [];
    store.subscribe((s) => seen.push(s));
    storage.setItem(SETTINGS_KEY, JSON.stringify({ voice: false }));
    events.dispatchEvent(Object.assign(new Event('storage'), { key: SETTINGS_KEY }));
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, voice: false }]);
  });

  it('keeps working without storage', () => {
    const store = createLocalSettingsStore(null, new EventTarget());
    store.save({ ...DEFAULT_SETTINGS, theme: 'airy' });
    expect(store.load().theme).toBe('airy');
  });
});
