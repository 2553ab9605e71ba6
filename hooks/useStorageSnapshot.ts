import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browser } from '@/utils/native-browser';

/** Some keys of `storage.local` as the page knows them: `undefined` until the first read answers. */
export interface StorageSnapshot {
  values: Record<string, unknown> | undefined;
  /** Shows a value before storage has it (a click's result); storage's own word follows. */
  showLocally: (key: string, value: unknown) => void;
  /** Reads the keys afresh, keeping any change that arrives meanwhile. */
  reread: () => void;
}

interface Options {
  /** Values to show until storage answers (what the last page showed), if any. */
  initial?: Record<string, unknown> | undefined;
  /** Told every set of values the page goes on to show. */
  onShow?: (values: Record<string, unknown>) => void;
}

/**
 * Reads `keys` in one call and follows every change to them. A read that a change overtakes
 * may be older than that change, so it is dropped and asked again: the page always ends on
 * the last value storage had, whatever `initial` guessed.
 */
export function useStorageSnapshot(keys: readonly string[], { initial, onShow }: Options = {}): StorageSnapshot {
  const [values, setValues] = useState(initial);
  const current = useRef(initial);
  const changes = useRef(0);
  const show = (next: Record<string, unknown>) => {
    current.current = next;
    setValues(next);
    onShow?.(next);
  };

  const reread = () => {
    const seen = changes.current;
    void browser.storage.local.get([...keys]).then((read) => {
      if (changes.current === seen) show(read);
      else reread();
    });
  };

  // Before the first paint, not after it (as useEffect would): a page with nothing to show yet
  // waits on this read.
  useLayoutEffect(() => {
    const listener = (changed: Record<string, { newValue?: unknown }>, area: string) => {
      const ours = keys.filter((key) => key in changed);
      if (area !== 'local' || ours.length === 0) return;
      changes.current++;
      if (!current.current) return; // the first read is still out, and will be asked again
      const next = { ...current.current };
      for (const key of ours) next[key] = changed[key]!.newValue;
      show(next);
    };
    browser.storage.onChanged.addListener(listener);
    reread();
    return () => browser.storage.onChanged.removeListener(listener);
    // The keys are constants of each page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    values,
    showLocally: (key, value) => show({ ...current.current, [key]: value }),
    reread,
  };
}
