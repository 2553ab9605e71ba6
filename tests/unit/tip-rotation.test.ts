// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import tips from '@/assets/tips/en.json';
import { addDays, type Day } from '@/utils/days/day';
import { parseRotation } from '@/utils/tips/parse-rotation';
import { anotherTip, EVERY_TIP, rotationFor, type Fit, type Rotation } from '@/utils/tips/tip-rotation';
import { AGES, THEMES, type Age, type Tip } from '@/utils/tips/tips';

const LIBRARY = tips as Tip[];
const START: Day = '2026-11-25';

/** A small made-up library: `tip-0` … `tip-(n-1)`. */
function syntheticLibrary(size: number): Tip[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `tip-${i}`,
    headline: `Tip number ${i}`,
    body: `Do small thing ${i} today. It helps.`,
    theme: THEMES[i % THEMES.length]!,
    ages: [AGES[i % AGES.length]!],
    way: 'either' as const,
    home: 'either' as const,
  }));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Rotations for each of `days`, in order, starting from `previous`. */
function walk(library: readonly Tip[], seed: number, days: readonly Day[], previous?: Rotation): Rotation[] {
  const rotations: Rotation[] = [];
  for (const day of days) {
    previous = rotationFor(previous, day, library, seed);
    rotations.push(previous);
  }
  return rotations;
}

/** `count` days from `start`, one at a time, or with the given gaps between them. */
function daysFrom(start: Day, count: number, gaps: readonly number[] = []): Day[] {
  if (count === 0) return [];
  const days = [start];
  for (let i = 1; i < count; i++) days.push(addDays(days[i - 1]!, gaps.length ? gaps[(i - 1) % gaps.length]! : 1));
  return days;
}

const ids = (rotations: readonly Rotation[]) => rotations.map((rotation) => rotation.tip.id);
const sortedIds = (library: readonly Tip[]) => library.map((tip) => tip.id).sort();
/** The order in which one full round shows the library. */
const firstRound = (library: readonly Tip[], seed: number) => ids(walk(library, seed, daysFrom(START, library.length)));

const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const sizeArb = fc.integer({ min: 2, max: 25 });
const gapsArb = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 });

describe('rotationFor', () => {
  describe('the first time', () => {
    it('starts round 0 with one tip of the library, for today, under the given seed', () => {
      const rotation = rotationFor(undefined, START, LIBRARY, 42);
      expect(rotation).toEqual({
        day: START,
        tip: expect.any(Object),
        seen: [rotation.tip.id],
        round: 0,
        seed: 42,
        passed: [],
      });
      expect(LIBRARY).toContainEqual(rotation.tip);
    });

    it('writes a value that parseRotation reads back, also after a trip through JSON', () => {
      fc.assert(
        fc.property(seedArb, fc.integer({ min: 1, max: 200 }), (seed, count) => {
          const rotations = walk(LIBRARY, seed, daysFrom(START, count, [1, 1, 3]));
          const last = rotations[rotations.length - 1]!;
          expect(parseRotation(last)).toBe(last);
          expect(parseRotation(JSON.parse(JSON.stringify(last)))).toEqual(last);
        }),
        { numRuns: 10 },
      );
    });
  });

  describe('is a pure function of its inputs', () => {
    it('gives equal results for equal inputs and changes none of them', () => {
      fc.assert(
        fc.property(sizeArb, seedArb, gapsArb, fc.integer({ min: 1, max: 60 }), (size, seed, gaps, count) => {
          const library = deepFreeze(syntheticLibrary(size));
          const days = daysFrom(START, count, gaps);
          const first = walk(library, seed, days).map(deepFreeze);
          const second = walk(library, seed, days);
          expect(second).toEqual(first);
          // Recomputing any step from a frozen previous value (as another page would) agrees.
          first.forEach((rotation, i) => {
            if (i > 0) expect(rotationFor(first[i - 1], days[i]!, library, seed)).toEqual(rotation);
          });
        }),
        { numRuns: 50 },
      );
    });

    it('returns the very same value when asked again on the same day (so nothing is rewritten)', () => {
      fc.assert(
        fc.property(seedArb, gapsArb, fc.integer({ min: 1, max: 200 }), (seed, gaps, count) => {
          const rotations = walk(LIBRARY, seed, daysFrom(START, count, gaps));
          const last = rotations[rotations.length - 1]!;
          expect(rotationFor(last, last.day, LIBRARY, seed)).toBe(last);
          // A fresh copy of the same library (as after a restart) changes nothing either.
          expect(rotationFor(last, last.day, structuredClone(LIBRARY), seed)).toBe(last);
          // Idempotent: applying it to its own result changes nothing.
          const next = rotationFor(last, addDays(last.day, 1), LIBRARY, seed);
          expect(rotationFor(next, next.day, LIBRARY, seed)).toBe(next);
        }),
        { numRuns: 15 },
      );
    });

    it('keeps the seed drawn the first time, whatever seed it is given later', () => {
      const first = rotationFor(undefined, START, LIBRARY, 7);
      const later = walk(LIBRARY, 999, daysFrom(addDays(START, 1), 200), first);
      expect(later.every((rotation) => rotation.seed === 7)).toBe(true);
      expect(ids([first, ...later])).toEqual(ids(walk(LIBRARY, 7, daysFrom(START, 201))));
    });
  });

  describe('each day', () => {
    it('shows the same tip all day and a different tip the next day', () => {
      fc.assert(
        fc.property(sizeArb, seedArb, gapsArb, fc.integer({ min: 2, max: 80 }), (size, seed, gaps, count) => {
          const library = syntheticLibrary(size);
          const rotations = walk(library, seed, daysFrom(START, count, gaps));
          rotations.forEach((rotation, i) => {
            expect(rotationFor(rotation, rotation.day, library, seed)).toBe(rotation);
            if (i > 0 && rotation.tip.id === rotations[i - 1]!.tip.id)
              expect.fail(`${rotation.day} repeats ${rotation.tip.id}`);
          });
        }),
        { numRuns: 60 },
      );
    });

    it('keeps its bookkeeping straight: today’s tip is in `seen`, `seen` has no repeats, `day` is today', () => {
      fc.assert(
        fc.property(sizeArb, seedArb, gapsArb, fc.integer({ min: 1, max: 80 }), (size, seed, gaps, count) => {
          const library = syntheticLibrary(size);
          const days = daysFrom(START, count, gaps);
          const wrong = walk(library, seed, days).filter(
            (rotation, i) =>
              rotation.day !== days[i] ||
              rotation.seen[rotation.seen.length - 1] !== rotation.tip.id ||
              new Set(rotation.seen).size !== rotation.seen.length ||
              rotation.round !== Math.floor(i / size) ||
              rotation.seen.length !== (i % size) + 1,
          );
          expect(wrong).toEqual([]);
        }),
        { numRuns: 100 },
      );
    });
  });

  describe('rounds', () => {
    it.each([1, 2, 3])('shows each of the real library’s tips exactly once in round %i, one day at a time', (round) => {
      const rotations = walk(LIBRARY, 12345, daysFrom(START, 3 * LIBRARY.length));
      const shown = ids(rotations.slice((round - 1) * LIBRARY.length, round * LIBRARY.length));
      expect([...shown].sort()).toEqual(sortedIds(LIBRARY));
    });

    it('shows every tip of the real library once before any repeats, with random gaps between visits', () => {
      fc.assert(
        fc.property(seedArb, gapsArb, (seed, gaps) => {
          const shown = ids(walk(LIBRARY, seed, daysFrom(START, 2 * LIBRARY.length, gaps)));
          expect(shown.slice(0, LIBRARY.length).sort()).toEqual(sortedIds(LIBRARY));
          expect(shown.slice(LIBRARY.length).sort()).toEqual(sortedIds(LIBRARY));
        }),
        { numRuns: 8 },
      );
    });

    it('shows every tip of a small library once per round, round after round, with or without gaps', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 30 }),
          seedArb,
          fc.oneof(fc.constant([1]), gapsArb),
          (size, seed, gaps) => {
            const library = syntheticLibrary(size);
            const shown = ids(walk(library, seed, daysFrom(START, 4 * size, gaps)));
            for (let round = 0; round < 4; round++) {
              expect(shown.slice(round * size, (round + 1) * size).sort()).toEqual(sortedIds(library));
            }
          },
        ),
        { numRuns: 100 },
      );
    });

    it('never opens a new round with the tip that closed the last one', () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 30 }), seedArb, (size, seed) => {
          const library = syntheticLibrary(size);
          const rotations = walk(library, seed, daysFrom(START, 6 * size));
          for (let round = 1; round < 6; round++) {
            const opening = rotations[round * size]!;
            expect(opening.round).toBe(round);
            expect(opening.seen).toEqual([opening.tip.id]);
            expect(opening.tip.id).not.toBe(rotations[round * size - 1]!.tip.id);
          }
        }),
        { numRuns: 100 },
      );
    });

    it('shuffles each round afresh', () => {
      const differing = [1, 2, 3, 4, 5].filter((seed) => {
        const shown = ids(walk(LIBRARY, seed, daysFrom(START, 2 * LIBRARY.length)));
        return shown.slice(1, LIBRARY.length).join() !== shown.slice(LIBRARY.length + 1).join();
      });
      expect(differing).toHaveLength(5);
    });

    it('with a single tip, shows it every day and counts a round a day', () => {
      const library = syntheticLibrary(1);
      const rotations = walk(library, 5, daysFrom(START, 5));
      expect(ids(rotations)).toEqual(['tip-0', 'tip-0', 'tip-0', 'tip-0', 'tip-0']);
      expect(rotations.map((rotation) => rotation.round)).toEqual([0, 1, 2, 3, 4]);
      expect(rotations.every((rotation) => rotation.seen.length === 1)).toBe(true);
    });
  });

  describe('seeds', () => {
    it('give different mothers different orders', () => {
      const seeds = Array.from({ length: 25 }, (_, i) => i * 7919 + 1);
      const orders = seeds.map((seed) => firstRound(LIBRARY, seed).join());
      expect(new Set(orders).size).toBe(seeds.length);
      // Most pairs don't even open with the same tip (about 1 in 132 would by chance).
      let sameOpening = 0;
      let pairs = 0;
      for (let a = 0; a < orders.length; a++) {
        for (let b = a + 1; b < orders.length; b++) {
          pairs++;
          if (orders[a]!.split(',')[0] === orders[b]!.split(',')[0]) sameOpening++;
        }
      }
      expect(sameOpening / pairs).toBeLessThan(0.05);
    });

    it('give different orders for random pairs of seeds, small libraries included', () => {
      fc.assert(
        fc.property(seedArb, seedArb, fc.integer({ min: 8, max: 30 }), (a, b, size) => {
          fc.pre(a !== b);
          const library = syntheticLibrary(size);
          // Two orders of 8+ tips agree by chance less than once in 40,000.
          expect(firstRound(library, a)).not.toEqual(firstRound(library, b));
        }),
        { numRuns: 100 },
      );
    });

    it('spread the opening tip over the whole library', () => {
      const counts = new Map<string, number>();
      for (let seed = 0; seed < 2000; seed++) {
        const { id } = rotationFor(undefined, START, LIBRARY, seed).tip;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const expected = 2000 / LIBRARY.length;
      expect(counts.size).toBeGreaterThan(LIBRARY.length * 0.9);
      expect(Math.max(...counts.values())).toBeLessThan(expected * 3);
    });
  });

  describe('when the clock moves back', () => {
    it('keeps the current tip and does not advance until the date passes the tip’s day', () => {
      // Up to two dates back: a journey across the date line, or a clock put right after a day ahead.
      fc.assert(
        fc.property(seedArb, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 2 }), (seed, count, back) => {
          const rotations = walk(LIBRARY, seed, daysFrom(START, count));
          const current = rotations[rotations.length - 1]!;
          const earlier = addDays(current.day, -back);
          expect(rotationFor(current, earlier, LIBRARY, seed)).toBe(current);
          // Walking forward again from the earlier date shows nothing new until the date passes current.day…
          const detour = walk(LIBRARY, seed, daysFrom(earlier, back + 1), current);
          expect(detour.every((rotation) => rotation === current)).toBe(true);
          // …and the next day brings exactly the tip it would have brought without the detour.
          const tomorrow = addDays(current.day, 1);
          expect(rotationFor(detour[detour.length - 1], tomorrow, LIBRARY, seed)).toEqual(
            rotationFor(current, tomorrow, LIBRARY, seed),
          );
        }),
        { numRuns: 20 },
      );
    });
  });

  describe('when the stored day is further ahead than any journey explains (a clock that was wrong)', () => {
    it('takes the next tip of the round today, losing nothing, and goes on day by day', () => {
      fc.assert(
        fc.property(
          seedArb,
          fc.integer({ min: 1, max: 200 }),
          fc.integer({ min: 3, max: 400_000 }),
          (seed, count, ahead) => {
            const rotations = walk(LIBRARY, seed, daysFrom(START, count));
            const current = rotations[rotations.length - 1]!;
            const wrong = rotationFor(current, addDays(current.day, Math.min(ahead, 2_900_000 - 1)), LIBRARY, seed);
            const today = addDays(current.day, 1);
            fc.pre(wrong.day > addDays(today, 2));
            const put = rotationFor(wrong, today, LIBRARY, seed);
            expect(put.day).toBe(today);
            expect(put.tip.id).not.toBe(wrong.tip.id);
            // Nothing lost from the round: what was seen stays seen (or a new round began with all seen).
            if (put.round === wrong.round) expect(put.seen).toEqual([...wrong.seen, put.tip.id]);
            else expect(wrong.seen).toHaveLength(LIBRARY.length);
            // The same day again keeps it; the next day moves on.
            expect(rotationFor(put, today, LIBRARY, seed)).toBe(put);
            expect(rotationFor(put, addDays(today, 1), LIBRARY, seed).day).toBe(addDays(today, 1));
          },
        ),
        { numRuns: 30 },
      );
    });

    it.each([
      ['9999-12-31', '2026-11-25'],
      ['2028-01-01', '2026-12-01'],
      ['2026-11-28', '2026-11-25'],
    ])('a rotation stored for %s is put right on %s', (stored, today) => {
      const current = { ...walk(LIBRARY, 5, daysFrom(START, 3))[2]!, day: stored };
      expect(rotationFor(current, today, LIBRARY, 5).day).toBe(today);
    });

    it.each([
      ['2026-11-27', '2026-11-25'],
      ['2026-11-26', '2026-11-25'],
    ])('a rotation stored for %s (within two dates) is kept on %s', (stored, today) => {
      const current = { ...walk(LIBRARY, 5, daysFrom(START, 3))[2]!, day: stored };
      expect(rotationFor(current, today, LIBRARY, 5)).toBe(current);
    });
  });

  describe('when the library changes in an update', () => {
    it('replaces a removed tip the same day with one not yet seen this round', () => {
      fc.assert(
        fc.property(seedArb, fc.integer({ min: 1, max: LIBRARY.length - 1 }), (seed, count) => {
          const rotations = walk(LIBRARY, seed, daysFrom(START, count));
          const current = rotations[rotations.length - 1]!;
          const smaller = LIBRARY.filter((tip) => tip.id !== current.tip.id);
          const replaced = rotationFor(current, current.day, smaller, seed);
          expect(smaller).toContainEqual(replaced.tip);
          expect(current.seen).not.toContain(replaced.tip.id);
          expect(replaced).toMatchObject({ day: current.day, round: current.round, seed: current.seed });
          expect(replaced.seen).toEqual([...current.seen, replaced.tip.id]);
          // The rest of the round still shows every remaining tip exactly once.
          const rest = walk(
            smaller,
            seed,
            daysFrom(addDays(current.day, 1), LIBRARY.length - 1 - replaced.seen.length + 1),
            replaced,
          );
          const round = [...ids(rotations).slice(0, -1), replaced.tip.id, ...ids(rest)];
          expect(round.filter((id) => id !== current.tip.id).sort()).toEqual(sortedIds(smaller));
        }),
        { numRuns: 20 },
      );
    });

    it('replaces a removed tip that was the last one of a round by opening the next round', () => {
      const library = syntheticLibrary(6);
      const rotations = walk(library, 3, daysFrom(START, 6));
      const last = rotations[5]!;
      const smaller = library.filter((tip) => tip.id !== last.tip.id);
      const replaced = rotationFor(last, last.day, smaller, 3);
      expect(smaller).toContainEqual(replaced.tip);
      expect(replaced.round).toBe(1);
      expect(replaced.seen).toEqual([replaced.tip.id]);
    });

    // BUG (utils/tips/tip-rotation.ts): with the clock set back and today's tip removed by an
    // update, the replacement is dated with the earlier date, so the rotation's day moves
    // back; once the clock is right again, a second new tip comes that same real day.
    it('replaces a removed tip while the clock is set back without moving the rotation’s day back', () => {
      const rotations = walk(LIBRARY, 11, daysFrom(START, 10));
      const current = rotations[9]!;
      const smaller = LIBRARY.filter((tip) => tip.id !== current.tip.id);
      const replaced = rotationFor(current, addDays(current.day, -2), smaller, 11);
      expect(smaller).toContainEqual(replaced.tip);
      expect(replaced.day).toBe(current.day);
      // Back on the right date, the replacement stays.
      expect(rotationFor(replaced, current.day, smaller, 11).tip).toEqual(replaced.tip);
    });

    it('shows an edited tip’s new words the same day, without advancing', () => {
      const edits: Array<(tip: Tip) => Tip> = [
        (tip) => ({ ...tip, headline: `${tip.headline}!` }),
        (tip) => ({ ...tip, body: `${tip.body} Then smile.` }),
        (tip) => ({ ...tip, theme: tip.theme === 'play' ? 'listen' : 'play' }),
        (tip) => ({
          ...tip,
          ages: [...tip.ages].reverse().concat(tip.ages.length === AGES.length ? [] : (['grown'] as Age[])),
        }),
      ];
      fc.assert(
        fc.property(seedArb, fc.integer({ min: 1, max: 150 }), fc.constantFrom(...edits), (seed, count, edit) => {
          const rotations = walk(LIBRARY, seed, daysFrom(START, count));
          const current = rotations[rotations.length - 1]!;
          const edited = edit(current.tip);
          fc.pre(JSON.stringify(edited) !== JSON.stringify(current.tip));
          const library = LIBRARY.map((tip) => (tip.id === edited.id ? edited : tip));
          const refreshed = rotationFor(current, current.day, library, seed);
          expect(refreshed).toEqual({ ...current, tip: edited });
          expect(rotationFor(refreshed, refreshed.day, library, seed)).toBe(refreshed);
          // Also when the clock is set back.
          expect(rotationFor(current, addDays(current.day, -1), library, seed)).toEqual({ ...current, tip: edited });
        }),
        { numRuns: 20 },
      );
    });

    it('brings tips added mid-round into the same round', () => {
      const library = syntheticLibrary(5);
      const rotations = walk(library, 9, daysFrom(START, 2));
      const bigger = [...library, ...syntheticLibrary(8).slice(5)];
      const rest = walk(bigger, 9, daysFrom(addDays(START, 2), 6), rotations[1]);
      const round = [...ids(rotations), ...ids(rest)];
      expect([...round].sort()).toEqual(sortedIds(bigger));
      expect(rest.every((rotation) => rotation.round === 0)).toBe(true);
    });
  });
});

describe('tips that fit her', () => {
  const library = syntheticLibrary(24);
  /** Fits the tips whose number is even (a stand-in for her settings). */
  const evens: Fit = { fits: (tip) => Number(tip.id.slice(4)) % 2 === 0, weight: () => 1 };
  const walkFitting = (fit: Fit, days: readonly Day[], seed = 5, start?: Rotation) => {
    const rotations: Rotation[] = [];
    let previous = start;
    for (const day of days) rotations.push((previous = rotationFor(previous, day, library, seed, fit)));
    return rotations;
  };

  it('shows only fitting tips, each once a round, whatever the seed (property)', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const shown = ids(walkFitting(evens, daysFrom(START, 12), seed));
        expect(new Set(shown).size).toBe(12);
        expect(shown.every((id) => evens.fits(library.find((tip) => tip.id === id)!))).toBe(true);
      }),
    );
  });

  it('keeps today’s tip when a setting changes and it still fits', () => {
    const [today] = walkFitting(EVERY_TIP, [START]);
    const stillFits: Fit = { fits: (tip) => tip.id === today!.tip.id || evens.fits(tip), weight: () => 1 };
    expect(rotationFor(today, START, library, 5, stillFits)).toBe(today);
  });

  it('replaces today’s tip at once, the same day, when it no longer fits, and loses nothing of the round', () => {
    const rotations = walkFitting(EVERY_TIP, daysFrom(START, 5));
    const today = rotations[4]!;
    const notIt: Fit = { fits: (tip) => tip.id !== today.tip.id, weight: () => 1 };
    const replaced = rotationFor(today, today.day, library, 5, notIt);
    expect(replaced.day).toBe(today.day);
    expect(replaced.tip.id).not.toBe(today.tip.id);
    expect(replaced.seen).toEqual([...today.seen, replaced.tip.id]);
    expect(replaced.round).toBe(today.round);
  });

  it('never shows nothing: with no fitting tip, every tip is in the round', () => {
    const none: Fit = { fits: () => false, weight: () => 1 };
    expect(new Set(ids(walkFitting(none, daysFrom(START, 24)))).size).toBe(24);
  });

  it('brings the themes she wants more of earlier in a round', () => {
    const playFirst: Fit = { fits: () => true, weight: (tip) => (tip.theme === 'play' ? 0.25 : 1) };
    const positions = (fit: Fit) =>
      ids(walkFitting(fit, daysFrom(START, 24), 11))
        .map((id, index) => [library.find((tip) => tip.id === id)!.theme, index] as const)
        .filter(([theme]) => theme === 'play')
        .map(([, index]) => index);
    const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(average(positions(playFirst))).toBeLessThan(average(positions(EVERY_TIP)));
  });
});

describe('another tip for today', () => {
  const library = syntheticLibrary(10);

  it('gives a different tip today, puts the one she passed on back in the round, and not again today', () => {
    const [today] = walk(library, 3, [START]);
    const other = anotherTip(today!, library);
    expect(other.day).toBe(START);
    expect(other.tip.id).not.toBe(today!.tip.id);
    expect(other.seen).toEqual([other.tip.id]);
    expect(other.passed).toEqual([today!.tip.id]);
    // Passed on again and again, today never comes back to a tip she passed on.
    let current = other;
    const shownToday = [today!.tip.id, other.tip.id];
    for (let i = 0; i < 8; i++) shownToday.push((current = anotherTip(current, library)).tip.id);
    expect(new Set(shownToday).size).toBe(10);
  });

  it('stays on every page all day: the same rotation for the rest of the day', () => {
    const [today] = walk(library, 3, [START]);
    const other = anotherTip(today!, library);
    expect(rotationFor(other, START, library, 3)).toBe(other);
  });

  it('the next day, what she passed on can come again in the round', () => {
    const [today] = walk(library, 3, [START]);
    const other = anotherTip(today!, library);
    const rest = walk(library, 3, daysFrom(addDays(START, 1), 9), other);
    expect(rest[0]!.passed).toEqual([]);
    expect(ids(rest)).toContain(today!.tip.id);
    expect(new Set([other.tip.id, ...ids(rest)]).size).toBe(10);
  });

  it('offers only fitting tips, and keeps today’s when no other fits', () => {
    const [today] = walk(library, 3, [START]);
    const onlyToday: Fit = { fits: (tip) => tip.id === today!.tip.id, weight: () => 1 };
    expect(anotherTip(today!, library, onlyToday)).toBe(today);
  });
});
