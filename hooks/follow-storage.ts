import { keysOf, type KeyedArea } from '@/utils/storage/keys-of';
import { browser } from '@/utils/browser/native-browser';

/** Some keys of `storage.local` as the page knows them, followed as they change. */
export interface StorageSnapshot {
  /** The values as last shown, even before the page has drawn them (two clicks in one task). */
  latest: () => Record<string, unknown> | undefined;
  /** Shows a value before storage has it (a click's result); storage's own word follows. */
  showLocally: (key: string, value: unknown) => void;
  /** Reads the keys afresh, keeping any change that arrives meanwhile. */
  reread: () => void;
  /** Stops following (the page is gone). */
  stop: () => void;
}

interface Options {
  /** Values to show until storage answers (what the last page showed), if any. */
  initial?: Record<string, unknown> | undefined;
  /** Told every set of values the page goes on to show. */
  onShow: (values: Record<string, unknown>) => void;
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
 * Reads `keys` in one call and follows every change to them, telling `onShow` each set of
 * values to show. A read that a change overtakes may be older than that change, so it is
 * dropped and asked again: the page always ends on the last value storage had, whatever
 * `initial` guessed.
 */
export function followStorage(keys: readonly string[], { initial, onShow, isFollowed }: Options): StorageSnapshot {
  let current = initial;
  let changes = 0;
  const show = (next: Record<string, unknown>) => {
    current = next;
    onShow(next);
  };

  const reread = () => {
    const seen = changes;
    void readSome(keys, isFollowed).then((read) => {
      if (changes === seen) show(read);
      else reread();
    });
  };

  const listener = (changed: Record<string, { newValue?: unknown }>, area: string) => {
    const ours = Object.keys(changed).filter((key) => keys.includes(key) || isFollowed?.(key));
    if (area !== 'local' || ours.length === 0) return;
    changes++;
    if (!current) return; // the first read is still out, and will be asked again
    const next = { ...current };
    for (const key of ours) {
      // A removal comes without a new value (or, in WXT's fake browser, with null, which reads as nothing too).
      const { newValue } = changed[key]!;
      if (newValue == null) delete next[key];
      else next[key] = newValue;
    }
    show(next);
  };
  browser.storage.onChanged.addListener(listener);
  // Back in view, read afresh: a page out of view may hear of a change late, or (Firefox's
  // background tab, under load) not at all, and she sees it the moment she looks.
  const inView = () => document.hidden || reread();
  document.addEventListener('visibilitychange', inView);
  reread();

  return {
    latest: () => current,
    showLocally: (key, value) => {
      const next = { ...current };
      if (value === undefined) delete next[key];
      else next[key] = value;
      show(next);
    },
    reread,
    stop: () => {
      browser.storage.onChanged.removeListener(listener);
      document.removeEventListener('visibilitychange', inView);
    },
  };
}
