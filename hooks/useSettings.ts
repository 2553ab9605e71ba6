import { useEffect, useState } from 'preact/hooks';
import { browser } from '@/utils/browser/native-browser';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/utils/settings/settings';
import { SETTINGS_KEY } from '@/utils/storage/storage-keys';

/** Her settings as stored (the defaults while there are none, or while they can't be read), and how to save a change. */
export interface SettingsState {
  /** `undefined` until storage has answered. */
  settings: Settings | undefined;
  save(settings: Settings): Promise<void>;
}

/** Her settings in `year`, followed as they change in storage (another page may change them too). */
export function useSettings(year: number): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    const read = (raw: unknown) => setSettings(parseSettings(raw, year) ?? DEFAULT_SETTINGS);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) read(changes[SETTINGS_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    void browser.storage.local.get(SETTINGS_KEY).then((stored) => read(stored[SETTINGS_KEY]));
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [year]);
  return {
    settings,
    save: async (next) => {
      setSettings(next);
      await browser.storage.local.set({ [SETTINGS_KEY]: next });
    },
  };
}
