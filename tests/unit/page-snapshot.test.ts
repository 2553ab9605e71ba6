// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSnapshot, SNAPSHOT_KEY, writeDrawn, writeSnapshot, type Drawn } from '@/utils/page-snapshot';

/** A `localStorage` stand-in: a map, as the browser's is. */
function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
  };
}

const refusing = {
  getItem: (): string | null => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};

const VALUES = { checkIns: { days: ['2026-11-24'] }, rotation: { day: '2026-11-25' }, setAside: [] };

describe('the copy of what the pages last showed', () => {
  it('gives back what was written', () => {
    const store = memoryStore();
    writeSnapshot(store, VALUES, 7);
    expect(readSnapshot(store)?.values).toEqual(VALUES);
  });

  it('gives back any JSON values as written (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (values) => {
        const store = memoryStore();
        writeSnapshot(store, values, 7);
        expect(readSnapshot(store)?.values).toEqual(JSON.parse(JSON.stringify(values)));
      }),
    );
  });

  it('the last write wins', () => {
    const store = memoryStore();
    writeSnapshot(store, { checkIns: { days: [] } }, 7);
    writeSnapshot(store, VALUES, 7);
    expect(readSnapshot(store)?.values).toEqual(VALUES);
  });

  it.each([
    ['nothing yet', undefined],
    ['not JSON', '{"version":1,'],
    ['JSON null', 'null'],
    ['a number', '7'],
    ['a string', '"hello"'],
    ['an array', '[1,2]'],
    ['no version', JSON.stringify({ values: VALUES })],
    ['an older version (1, which had no key)', JSON.stringify({ version: 1, values: VALUES, key: 7 })],
    ['another version', JSON.stringify({ version: 3, values: VALUES, key: 7 })],
    ['version as text', JSON.stringify({ version: '2', values: VALUES, key: 7 })],
    ['no values', JSON.stringify({ version: 2, key: 7 })],
    ['values null', JSON.stringify({ version: 2, values: null, key: 7 })],
    ['values an array', JSON.stringify({ version: 2, values: [VALUES], key: 7 })],
    ['values a string', JSON.stringify({ version: 2, values: 'checkIns', key: 7 })],
    ['no key', JSON.stringify({ version: 2, values: VALUES })],
    ['a key as text', JSON.stringify({ version: 2, values: VALUES, key: '7' })],
  ])('is not used when it holds %s', (_, raw) => {
    const store = memoryStore(raw === undefined ? {} : { [SNAPSHOT_KEY]: raw });
    expect(readSnapshot(store)).toBeUndefined();
  });

  it('never throws on any text stored under its key (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const read = readSnapshot(memoryStore({ [SNAPSHOT_KEY]: raw }));
        if (read === undefined) return;
        expect(typeof read.values === 'object' && !Array.isArray(read.values)).toBe(true);
        expect(typeof read.drawn === 'object' && !Array.isArray(read.drawn)).toBe(true);
      }),
    );
  });

  it('is simply absent where localStorage refuses or is missing, and writing there does nothing', () => {
    expect(readSnapshot(refusing)).toBeUndefined();
    expect(() => writeSnapshot(refusing, VALUES, 7)).not.toThrow();
    expect(readSnapshot(undefined)).toBeUndefined();
    expect(() => writeSnapshot(undefined, VALUES, 7)).not.toThrow();
  });

  it('touches no other key of localStorage', () => {
    const store = memoryStore({ other: 'kept' });
    writeSnapshot(store, VALUES, 7);
    expect([...store.items.keys()].sort()).toEqual([SNAPSHOT_KEY, 'other'].sort());
    expect(store.items.get('other')).toBe('kept');
  });

  describe('what each page drew', () => {
    const DRAWN: Drawn = { day: '2026-11-25', key: 42, nodes: [['p', { class: 'tip-theme' }, ['Listen']]] };
    const OTHER: Drawn = { ...DRAWN, key: 43 };

    it('is kept per page, each page’s drawings replacing its own', () => {
      const store = memoryStore();
      writeSnapshot(store, VALUES, 7);
      writeDrawn(store, 'newtab', [DRAWN, OTHER]);
      writeDrawn(store, 'popup', [DRAWN]);
      writeDrawn(store, 'newtab', [OTHER]);
      expect(readSnapshot(store)?.drawn).toEqual({ newtab: [OTHER], popup: [DRAWN] });
    });

    it('stays when the values change: each drawing names the values it is of', () => {
      const store = memoryStore();
      writeSnapshot(store, VALUES, 7);
      writeDrawn(store, 'newtab', [DRAWN]);
      writeSnapshot(store, { ...VALUES, checkIns: { days: ['2026-11-24', '2026-11-25'] } }, 7);
      expect(readSnapshot(store)?.drawn).toEqual({ newtab: [DRAWN] });
    });

    it('is not kept without a copy of the values to go with it', () => {
      const empty = memoryStore();
      writeDrawn(empty, 'popup', [DRAWN]);
      expect(empty.items.size).toBe(0);
    });

    it.each([
      ['missing', undefined],
      ['an array', [DRAWN]],
      ['a string', 'newtab'],
    ])('reads as nothing drawn when it is %s', (_, drawn) => {
      const store = memoryStore({ [SNAPSHOT_KEY]: JSON.stringify({ version: 2, values: VALUES, key: 7, drawn }) });
      expect(readSnapshot(store)).toEqual({ version: 2, values: VALUES, key: 7, drawn: {} });
    });
  });

  it('keeps only what Closer’s pages drew: anything else in the copy is pruned on the next write', () => {
    const DRAWN: Drawn = { day: '2026-11-25', key: 42, nodes: [['p', {}, ['Listen']]] };
    const big = 'x'.repeat(1_000_000);
    const drawn = { newtab: [DRAWN, { junk: true }, 7], popup: [DRAWN], stray: big, __proto__x: [DRAWN] };
    const store = memoryStore({ [SNAPSHOT_KEY]: JSON.stringify({ version: 2, values: VALUES, key: 7, drawn }) });
    expect(readSnapshot(store)?.drawn).toEqual({ newtab: [DRAWN], popup: [DRAWN] });
    writeSnapshot(store, VALUES, 8);
    expect(store.items.get(SNAPSHOT_KEY)!.length).toBeLessThan(10_000);
    expect(readSnapshot(store)?.drawn).toEqual({ newtab: [DRAWN], popup: [DRAWN] });
  });
});
