import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A stored value as the page knows it: `loading` until the first read answers. */
export type Stored<T> = { loading: true } | { loading: false; raw: unknown; set: (value: T | null) => void };

/**
 * Reads an item's raw value once and follows every later change. A change that arrives
 * before the first read answers wins over it, because the read may be older.
 */
export function useStoredValue<T>(item: WxtStorageItem<T | null, Record<string, unknown>>): Stored<T> {
  const [raw, setRaw] = useState<{ value: unknown } | undefined>(undefined);
  useEffect(() => {
    let changed = false;
    const unwatch = item.watch((value) => {
      changed = true;
      setRaw({ value });
    });
    void item.getValue().then((value) => {
      if (!changed) setRaw({ value });
    });
    return unwatch;
  }, [item]);
  if (!raw) return { loading: true };
  return { loading: false, raw: raw.value, set: (value: T | null) => setRaw({ value }) };
}
