import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { keysOf, type KeyedArea } from '@/utils/keys-of';
import { browser } from '@/utils/native-browser';

/** Some keys of `storage.local` as the page knows them: `undefined` until the first read answers. */
export interface StorageSnapshot {
  values: Record<string, unknown> | undefined;
  /** The values as last shown, even before the page has drawn them (two clicks in one task). */
  latest: () => Record<string, unknown> | undefined;
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
  /** Keys that come and go, followed too: every key this tells is one. */
  isFollowed?: (key: string) => boolean;
}

const local = () => browser.storage.local;

/** `keys`, and every key in storage that `isFollowed`, in as few calls as the browser allows. */
async function readSome(keys: readonly string[], isFollowed?: (key: string) => boolean) {
  if (!isFollowed) return local().get([...keys]);
  const [values, all] = await Promise.all([local().get([...keys]), keysOf(local() as unknown as KeyedArea)]);
  const more = all.filter(isFollowed);
  return more.length ? { ...values, ...(await local().get(more)) } : values;
}

/**
 * Reads `keys` in one call and follows every change to them. A read that a change overtakes
 * may be older than that change, so it is dropped and asked again: the page always ends on
 * the last value storage had, whatever `initial` guessed.
 */
export function useStorageSnapshot(
  keys: readonly string[],
  { initial, onShow, isFollowed }: Options = {},
): StorageSnapshot {
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
    void readSome(keys, isFollowed).then((read) => {
      if (changes.current === seen) show(read);
      else reread();
    });
  };

  // Before the first paint, not after it (as useEffect would): a page with nothing to show yet
  // waits on this read.
  useLayoutEffect(() => {
    const listener = (changed: Record<string, { newValue?: unknown }>, area: string) => {
      const ours = Object.keys(changed).filter((key) => keys.includes(key) || isFollowed?.(key));
      if (area !== 'local' || ours.length === 0) return;
      changes.current++;
      if (!current.current) return; // the first read is still out, and will be asked again
      const next = { ...current.current };
      for (const key of ours) {
        // A removal comes without a new value (or, in WXT's fake browser, with null, which reads as nothing too).
        const { newValue } = changed[key]!;
        if (newValue == null) delete next[key];
        else next[key] = newValue;
      }
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
    latest: () => current.current,
    showLocally: (key, value) => {
      const next = { ...current.current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      show(next);
    },
    reread,
  };
}
