// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import tips from '@/assets/tips/en.json';
import { hashString } from '@/utils/tips/hash';

const MASK = 0xffff_ffffn;

/** An independent reference in BigInt arithmetic: 32-bit FNV-1a over UTF-16 code units, then murmur3's fmix32. */
function referenceHash(text: string): number {
  let hash = 0x811c9dc5n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x01000193n) & MASK;
  }
  return Number(fmix32(hash));
}

function fmix32(h: bigint): bigint {
  h ^= h >> 16n;
  h = (h * 0x85ebca6bn) & MASK;
  h ^= h >> 13n;
  h = (h * 0xc2b2ae35n) & MASK;
  h ^= h >> 16n;
  return h;
}

/** fmix32 backwards, to read the plain FNV-1a value out of a hash and compare it with published vectors. */
function unmix32(h: bigint): bigint {
  h ^= h >> 16n;
  h = (h * 0x7ed1b41dn) & MASK; // inverse of 0xc2b2ae35 modulo 2^32
  h ^= (h >> 13n) ^ (h >> 26n);
  h = (h * 0xa5cb9243n) & MASK; // inverse of 0x85ebca6b modulo 2^32
  h ^= h >> 16n;
  return h;
}

const popcount = (n: number) => {
  let count = 0;
  for (let x = n >>> 0; x; x &= x - 1) count++;
  return count;
};

describe('hashString', () => {
  it('the reference: the unmixing constants are modular inverses, and unmix32 undoes fmix32', () => {
    expect((0xc2b2ae35n * 0x7ed1b41dn) & MASK).toBe(1n);
    expect((0x85ebca6bn * 0xa5cb9243n) & MASK).toBe(1n);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (n) => {
        expect(unmix32(fmix32(BigInt(n)))).toBe(BigInt(n));
      }),
      { numRuns: 300 },
    );
  });

  // Published 32-bit FNV-1a test vectors (http://www.isthe.com/chongo/src/fnv/test_fnv.c).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['b', 0xe70c2de5],
    ['foo', 0xa9f37ed7],
    ['foobar', 0xbf9cf968],
  ])('is FNV-1a of %j followed by fmix32', (text, fnv) => {
    expect(unmix32(BigInt(hashString(text)))).toBe(BigInt(fnv));
    expect(hashString(text)).toBe(Number(fmix32(BigInt(fnv))));
  });

  it('agrees with the BigInt reference on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), maxLength: 30 }),
          fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 30 }),
        ),
        (text) => {
          expect(hashString(text)).toBe(referenceHash(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('hashes UTF-16 code units: an emoji is its two surrogates', () => {
    expect(hashString('😀')).toBe(hashString('\ud83d\ude00'));
    expect(hashString('😀')).toBe(referenceHash('\ud83d\ude00'));
  });

  it('is a stable unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const hash = hashString(text);
        expect(Number.isInteger(hash)).toBe(true);
        expect(hash).toBeGreaterThanOrEqual(0);
        expect(hash).toBeLessThanOrEqual(0xffff_ffff);
        expect(hashString(text)).toBe(hash);
      }),
      { numRuns: 500 },
    );
  });

  it('lands near-identical inputs far apart (about half of the 32 bits change)', () => {
    let flipped = 0;
    let samples = 0;
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 0xffff }),
        (text, at, delta) => {
          const i = at % text.length;
          const changed =
            text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) + delta) % 0x10000) + text.slice(i + 1);
          flipped += popcount(hashString(text) ^ hashString(changed));
          samples++;
        },
      ),
      { numRuns: 2000 },
    );
    expect(flipped / samples).toBeGreaterThan(14);
    expect(flipped / samples).toBeLessThan(18);
  });

  it('gives the tips of the real library distinct ranks for many seeds and rounds (no ties to break)', () => {
    const ids = (tips as Array<{ id: string }>).map((tip) => tip.id);
    const tied: string[] = [];
    for (let seed = 0; seed < 100; seed++) {
      for (let round = 0; round < 5; round++) {
        const ranks = ids.map((id) => hashString(`${seed}:${round}:${id}`));
        if (new Set(ranks).size !== ranks.length) tied.push(`${seed}:${round}`);
      }
    }
    expect(tied).toEqual([]);
  });

  it('spreads sequential inputs evenly over the 16 top-bit buckets', () => {
    const buckets = Array.from({ length: 16 }, () => 0);
    for (let i = 0; i < 16_000; i++) buckets[hashString(`7:0:tip-${i}`) >>> 28]!++;
    for (const count of buckets) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });
});
