// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import tips from '@/assets/tips/en.json';
import { parseRotation, rotationV1ToV2, shownRotation } from '@/utils/tips/parse-rotation';
import { rotationFor, type Rotation } from '@/utils/tips/tip-rotation';
import { AGES, THEMES, TIP_HOMES, TIP_WAYS, type Tip } from '@/utils/tips/tips';

const LIBRARY = tips as Tip[];

const TIP: Tip = {
  id: 'listen-car-ride-quiet',
  headline: 'Let the car ride stay quiet',
  body: 'On a drive today, keep the radio low. If he starts a story, let it run to the end.',
  theme: 'listen',
  ages: ['school', 'teen'],
  way: 'words',
  home: 'either',
};

const VALID: Rotation = { day: '2026-11-25', tip: TIP, seen: ['tip-a', TIP.id], round: 2, seed: 123456, passed: [] };

/** VALID with one field replaced (or removed, with `undefined`). */
function withField(field: keyof Rotation, value: unknown): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...VALID, [field]: value };
  if (value === undefined) delete raw[field];
  return raw;
}

function withTipField(field: keyof Tip, value: unknown): Record<string, unknown> {
  const tip: Record<string, unknown> = { ...TIP, [field]: value };
  if (value === undefined) delete tip[field];
  return { ...VALID, tip };
}

const tipArb: fc.Arbitrary<Tip> = fc.record({
  id: fc.string({ minLength: 1 }),
  headline: fc.string(),
  body: fc.string(),
  theme: fc.constantFrom(...THEMES),
  ages: fc.subarray([...AGES]),
  way: fc.constantFrom(...TIP_WAYS),
  home: fc.constantFrom(...TIP_HOMES),
});

const rotationArb: fc.Arbitrary<Rotation> = fc.record({
  day: fc.integer({ min: 0, max: 47482 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10)),
  tip: tipArb,
  seen: fc.array(fc.string()),
  round: fc.nat(),
  seed: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  passed: fc.array(fc.string()),
});

describe('parseRotation', () => {
  it.each([null, undefined])('reads %s as no rotation yet (null)', (raw) => {
    expect(parseRotation(raw)).toBeNull();
  });

  it('reads a valid rotation as itself', () => {
    expect(parseRotation(VALID)).toBe(VALID);
  });

  it.each<[string, Record<string, unknown>]>([
    ['round 0', withField('round', 0)],
    ['seed 0', withField('seed', 0)],
    ['the largest safe seed', withField('seed', Number.MAX_SAFE_INTEGER)],
    ['a negative seed', withField('seed', -5)],
    ['nothing seen', withField('seen', [])],
    ['a leap day', withField('day', '2024-02-29')],
    ['every theme', withTipField('theme', 'quiet-closeness')],
    ['every age', withTipField('ages', [...AGES])],
  ])('accepts %s', (_, raw) => {
    expect(parseRotation(raw)).toBe(raw);
  });

  it('reads every rotation that rotationFor writes, straight and through JSON', () => {
    let rotation: Rotation | undefined;
    let day = '2026-11-25';
    for (let i = 0; i < 2 * LIBRARY.length + 3; i++) {
      rotation = rotationFor(rotation, day, LIBRARY, 987654321);
      expect(parseRotation(rotation)).toBe(rotation);
      expect(parseRotation(JSON.parse(JSON.stringify(rotation)))).toEqual(rotation);
      day = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
    }
  });

  it.each<[string, unknown]>([
    ['a string', 'rotation'],
    ['a number', 7],
    ['a boolean', true],
    ['an array', [VALID]],
    ['an empty object', {}],
    ['a function', () => VALID],
    ['no day', withField('day', undefined)],
    ['an impossible day', withField('day', '2026-02-30')],
    ['a day as a number', withField('day', 20261125)],
    ['a day as a Date', withField('day', new Date(Date.UTC(2026, 10, 25)))],
    ['a date and time', withField('day', '2026-11-25T00:00:00Z')],
    ['no tip', withField('tip', undefined)],
    ['a null tip', withField('tip', null)],
    ['a tip as a string', withField('tip', 'listen-car-ride-quiet')],
    ['a tip as an array', withField('tip', [TIP])],
    ['a tip without id', withTipField('id', undefined)],
    ['a numeric tip id', withTipField('id', 7)],
    ['a tip without headline', withTipField('headline', undefined)],
    ['a tip without body', withTipField('body', undefined)],
    ['a body as an array', withTipField('body', ['Listen.'])],
    ['an unknown theme', withTipField('theme', 'cook')],
    ['no theme', withTipField('theme', undefined)],
    ['an unknown age', withTipField('ages', ['school', 'baby'])],
    ['ages as a string', withTipField('ages', 'teen')],
    ['no ages', withTipField('ages', undefined)],
    ['no seen', withField('seen', undefined)],
    ['seen as a string', withField('seen', 'tip-a')],
    ['a number in seen', withField('seen', ['tip-a', 3])],
    ['null in seen', withField('seen', [null])],
    ['no round', withField('round', undefined)],
    ['a negative round', withField('round', -1)],
    ['a fractional round', withField('round', 1.5)],
    ['a round as a string', withField('round', '2')],
    ['a NaN round', withField('round', Number.NaN)],
    ['an infinite round', withField('round', Number.POSITIVE_INFINITY)],
    ['an unsafe round', withField('round', 2 ** 53)],
    ['no seed', withField('seed', undefined)],
    ['a fractional seed', withField('seed', 0.5)],
    ['a seed as a string', withField('seed', '123456')],
    ['a NaN seed', withField('seed', Number.NaN)],
    ['an unsafe seed', withField('seed', 2 ** 60)],
    ['a bigint seed', withField('seed', 123456n)],
  ])('rejects %s', (_, raw) => {
    expect(parseRotation(raw)).toBeUndefined();
  });

  it('accepts every well-formed rotation, as the same object', () => {
    fc.assert(
      fc.property(rotationArb, (rotation) => {
        expect(parseRotation(rotation)).toBe(rotation);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a well-formed rotation as soon as one field is broken', () => {
    const brokenField = fc.oneof(
      fc.record({
        field: fc.constant('day'),
        value: fc.oneof(fc.constant('2026-13-01'), fc.integer(), fc.constant(undefined)),
      }),
      fc.record({
        field: fc.constant('tip'),
        value: fc.oneof(fc.constant(null), fc.string(), fc.record({ id: fc.string() })),
      }),
      fc.record({ field: fc.constant('seen'), value: fc.oneof(fc.string(), fc.array(fc.integer(), { minLength: 1 })) }),
      fc.record({
        field: fc.constant('round'),
        value: fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.string()),
      }),
      fc.record({
        field: fc.constant('seed'),
        value: fc.oneof(fc.double({ noInteger: true }), fc.string(), fc.constant(undefined)),
      }),
    );
    fc.assert(
      fc.property(rotationArb, brokenField, (rotation, { field, value }) => {
        const raw: Record<string, unknown> = { ...rotation, [field]: value };
        if (value === undefined) delete raw[field];
        expect(parseRotation(raw)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('reads anything at all as null (only for nothing), undefined, or the value itself', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
          rotationArb,
        ),
        (raw) => {
          const parsed = parseRotation(raw);
          if (raw === null || raw === undefined) expect(parsed).toBeNull();
          else if (parsed !== undefined) expect(parsed).toBe(raw);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never changes the value it reads', () => {
    const raw = structuredClone(VALID);
    parseRotation(Object.freeze(raw));
    expect(raw).toEqual(VALID);
  });
});

describe('parseRotation and holes in its lists', () => {
  /** An array of `length` with only `entries` set: every other index is a hole, not `undefined`. */
  function sparse(length: number, entries: Record<number, string>): string[] {
    const array: string[] = [];
    array.length = length;
    for (const [index, value] of Object.entries(entries)) array[Number(index)] = value;
    return array;
  }

  const hasHole = (array: unknown[]) => Object.keys(array).length < array.length;

  it.each<[string, string[]]>([
    ['a hole first', sparse(2, { 1: 'teen' })],
    ['a hole between', sparse(3, { 0: 'school', 2: 'teen' })],
    ['a hole last', sparse(2, { 0: 'school' })],
    ['nothing but a hole', sparse(1, {})],
    ['nothing but holes', sparse(4, {})],
  ])('rejects ages with %s', (_, ages) => {
    expect(hasHole(ages)).toBe(true);
    expect(parseRotation(withTipField('ages', ages))).toBeUndefined();
  });

  it.each<[string, string[]]>([
    ['a hole first', sparse(2, { 1: TIP.id })],
    ['a hole between', sparse(3, { 0: 'tip-a', 2: TIP.id })],
    ['a hole last', sparse(2, { 0: 'tip-a' })],
    ['nothing but a hole', sparse(1, {})],
    ['nothing but holes', sparse(4, {})],
  ])('rejects seen with %s', (_, seen) => {
    expect(hasHole(seen)).toBe(true);
    expect(parseRotation(withField('seen', seen))).toBeUndefined();
  });

  it('rejects a rotation whose ages or seen have holes anywhere (property)', () => {
    const withHoles = <T>(values: fc.Arbitrary<T>) =>
      fc.sparseArray(values, { maxLength: 8 }).filter((array) => hasHole(array as unknown[]));
    fc.assert(
      fc.property(
        rotationArb,
        fc.oneof(
          withHoles(fc.constantFrom(...AGES)).map((ages) => ({ field: 'ages' as const, list: ages })),
          withHoles(fc.string()).map((seen) => ({ field: 'seen' as const, list: seen })),
        ),
        (rotation, { field, list }) => {
          const raw =
            field === 'ages' ? { ...rotation, tip: { ...rotation.tip, ages: list } } : { ...rotation, seen: list };
          expect(parseRotation(raw)).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('still reads lists without holes, however long', () => {
    const ages = [...AGES, ...AGES];
    const seen = Array.from({ length: 300 }, (_, i) => `tip-${i}`);
    expect(parseRotation({ ...VALID, seen, tip: { ...TIP, ages } })).toEqual({ ...VALID, seen, tip: { ...TIP, ages } });
  });
});

describe('a version 1 rotation, as version 2', () => {
  const v1 = {
    day: '2026-11-25',
    tip: { id: 'x', headline: 'H', body: 'B.', theme: 'play', ages: ['teen'] },
    seen: ['x'],
    round: 3,
    seed: 9,
  };

  it('passes nothing on yet, and reads its tip as fitting everyone until the library’s own is taken', () => {
    const v2 = rotationV1ToV2(structuredClone(v1));
    expect(v2).toEqual({ ...v1, tip: { ...v1.tip, way: 'either', home: 'either' }, passed: [] });
    expect(parseRotation(v2)).toEqual(v2);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'junk'],
    ['a list', [1, 2]],
  ])('leaves %s exactly as it is, for the background to keep aside', (_, junk) => {
    expect(rotationV1ToV2(junk)).toBe(junk);
  });
});

describe('today’s tip as a page reads it', () => {
  it('reads a rotation the background reads, as it is', () => {
    expect(shownRotation(VALID)).toBe(VALID);
    expect(shownRotation(undefined)).toBeNull();
  });

  it('draws a tip whose tags only the background checks (it keeps such a rotation aside and writes a new one)', () => {
    expect(shownRotation(withTipField('theme', 'a-theme-from-later'))).toBeDefined();
    expect(shownRotation(withField('seen', 42))).toBeDefined();
  });

  it.each([
    ['a number', 42],
    ['text', 'rotation'],
    ['no day', withField('day', undefined)],
    ['a day that is no date', withField('day', '2026-13-01')],
    ['no tip', withField('tip', undefined)],
    ['a tip with no headline', withTipField('headline', undefined)],
    ['a tip whose body is not text', withTipField('body', 7)],
  ])('can’t read %s', (_, raw) => {
    expect(shownRotation(raw)).toBeUndefined();
  });
});
