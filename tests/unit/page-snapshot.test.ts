// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSnapshot, SNAPSHOT_KEY, writeDrawn, writeSnapshot, type Drawn } from '@/utils/first-frame/page-snapshot';

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

/** A part of a generated copy, and whether it is what Closer writes. `ABSENT` leaves it out. */
interface Part {
  value: unknown;
  ok: boolean;
}
const ABSENT = Symbol('absent');

/** Mostly `good`; one time in five, one of `bad` (or the part left out). */
const partOf = (good: fc.Arbitrary<unknown>, bad: unknown[]): fc.Arbitrary<Part> =>
  fc.oneof(
    { weight: 4, arbitrary: good.map((value) => ({ value, ok: true })) },
    { weight: 1, arbitrary: fc.constantFrom(...bad, ABSENT).map((value) => ({ value, ok: false })) },
  );

const drawingArb = fc.record({
  day: fc.string({ maxLength: 10 }),
  key: fc.integer(),
  nodes: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 2 }),
});
/** What each page drew: mostly drawings, with junk Closer never writes mixed in. */
const drawingsArb = fc.array(
  partOf(drawingArb, [
    null,
    7,
    'x',
    [],
    {},
    { day: 7, key: 1, nodes: [] },
    { day: 'd', key: '1', nodes: [] },
    { day: 'd', key: 1, nodes: 'x' },
    { day: 'd', key: 1 },
  ]),
  { maxLength: 4 },
);
/** One page's entry in `drawn`: mostly a list, now and then missing or not a list. */
const pageDrawingsArb = fc.oneof(
  { weight: 4, arbitrary: drawingsArb },
  { weight: 1, arbitrary: fc.constantFrom(ABSENT, 'x', {}, 7) },
);
/** The copy's `drawn`, and what reading it must give: the pages' drawings, and nothing else. */
const drawnArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        newtab: pageDrawingsArb,
        popup: pageDrawingsArb,
        stray: fc.constantFrom(ABSENT, 'x'.repeat(100), { newtab: [] }, [{ day: 'd', key: 1, nodes: [] }]),
      })
      .map((pages) => {
        const value: Record<string, unknown> = {};
        const expected: Record<string, unknown> = {};
        let pruned = pages.stray !== ABSENT;
        for (const [page, drawings] of Object.entries(pages)) {
          if (drawings === ABSENT) continue;
          if (!Array.isArray(drawings) || page === 'stray') {
            value[page] = drawings;
            pruned = true;
            continue;
          }
          value[page] = (drawings as Part[]).map((drawing) => drawing.value);
          expected[page] = (drawings as Part[]).filter((drawing) => drawing.ok).map((drawing) => drawing.value);
          if ((drawings as Part[]).some((drawing) => !drawing.ok)) pruned = true;
        }
        return { value, expected, pruned };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(ABSENT, null, [], [{ day: 'd', key: 1, nodes: [] }], 'newtab', 7)
      .map((value) => ({ value, expected: {}, pruned: value !== ABSENT })),
  },
);

/** A copy as Closer writes it with any part wrong now and then, as text: now and then garbled. */
const nearValidCopies = fc
  .record({
    version: partOf(fc.constant(2), [1, 3, '2', 2.5, null, true, 0]),
    values: partOf(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), [
      null,
      [],
      [VALUES],
      'checkIns',
      7,
      true,
    ]),
    key: partOf(
      fc.oneof(
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      ),
      ['7', null, true, [7], {}],
    ),
    drawn: drawnArb,
    garble: fc.oneof(
      { weight: 8, arbitrary: fc.constant('none') },
      { weight: 1, arbitrary: fc.constantFrom('cut short', 'in a list', 'as a string') },
    ),
    cut: fc.nat(),
  })
  .map(({ version, values, key, drawn, garble, cut }) => {
    const copy: Record<string, unknown> = {};
    for (const [name, value] of Object.entries({
      version: version.value,
      values: values.value,
      key: key.value,
      drawn: drawn.value,
    }))
      if (value !== ABSENT) copy[name] = value;
    const json = JSON.stringify(copy);
    const raw =
      garble === 'cut short'
        ? json.slice(0, cut % json.length)
        : garble === 'in a list'
          ? `[${json}]`
          : garble === 'as a string'
            ? JSON.stringify(json)
            : json;
    return { raw, garbled: garble !== 'none', version, values, key, drawn };
  });

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

  // A thousand runs: under a second alone, several on a busy machine.
  it(
    'never throws, and reads a near-valid copy exactly when every part is right (property)',
    { timeout: 30_000 },
    () => {
      const count = { runs: 0, read: 0, kept: 0, pruned: 0, onlyVersion: 0, onlyValues: 0, onlyKey: 0, garbled: 0 };
      fc.assert(
        fc.property(nearValidCopies, ({ raw, garbled, version, values, key, drawn }) => {
          const read = readSnapshot(memoryStore({ [SNAPSHOT_KEY]: raw }));
          const wrong = [version, values, key].filter((part) => !part.ok).length;
          count.runs++;
          if (garbled) count.garbled++;
          if (!garbled && wrong === 1) {
            if (!version.ok) count.onlyVersion++;
            if (!values.ok) count.onlyValues++;
            if (!key.ok) count.onlyKey++;
          }
          expect(read === undefined).toBe(garbled || wrong > 0);
          if (!read) return;
          count.read++;
          if (drawn.pruned) count.pruned++;
          if (Object.values(drawn.expected).some((drawings) => (drawings as unknown[]).length > 0)) count.kept++;
          // As JSON gives it back (-0 as 0, say).
          const expected = { version: 2, values: values.value, key: key.value, drawn: drawn.expected };
          expect(read).toEqual(JSON.parse(JSON.stringify(expected)));
        }),
        { numRuns: 1000 },
      );
      // The shape checks were reached, each deciding alone; many copies were read, with drawings
      // kept and junk pruned.
      expect(count.runs).toBe(1000);
      expect(count.read / count.runs).toBeGreaterThan(0.3);
      expect(count.kept / count.runs).toBeGreaterThan(0.15);
      expect(count.pruned / count.runs).toBeGreaterThan(0.2);
      expect(count.onlyVersion / count.runs).toBeGreaterThan(0.04);
      expect(count.onlyValues / count.runs).toBeGreaterThan(0.04);
      expect(count.onlyKey / count.runs).toBeGreaterThan(0.04);
      expect(count.garbled / count.runs).toBeGreaterThan(0.04);
    },
  );

  it('never throws on any text at all stored under its key (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        expect(() => readSnapshot(memoryStore({ [SNAPSHOT_KEY]: raw }))).not.toThrow();
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
