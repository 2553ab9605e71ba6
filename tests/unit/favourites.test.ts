import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFavourite, isFavourite, NO_FAVOURITES, parseFavourites, type Favourites } from '@/utils/tips/favourites';

const tip = (id: string, headline = `Headline ${id}`) => ({ id, headline, body: `Body of ${id}.`, theme: 'listen' });
const DAY = '2026-12-04';

describe('her favourites', () => {
  it('reads nothing stored as none, and a stored list as it is, fields of a later version kept', () => {
    expect(parseFavourites(undefined)).toEqual(NO_FAVOURITES);
    expect(parseFavourites(null)).toEqual(NO_FAVOURITES);
    const stored = { tips: [{ ...tip('a'), keptOn: DAY }], later: { x: 1 } };
    expect(parseFavourites(stored)).toEqual(stored);
  });

  it.each([
    ['not an object', 'favourites'],
    ['no list', { tip: [] }],
    ['a tip without words', { tips: [{ id: 'a', keptOn: DAY }] }],
    ['a tip without its day', { tips: [tip('a')] }],
    ['an impossible day', { tips: [{ ...tip('a'), keptOn: '2026-02-30' }] }],
    [
      'the same tip twice',
      {
        tips: [
          { ...tip('a'), keptOn: DAY },
          { ...tip('a'), keptOn: DAY },
        ],
      },
    ],
    ['an empty headline', { tips: [{ ...tip('a', ''), keptOn: DAY }] }],
  ])('cannot read a list with %s', (_, raw) => {
    expect(parseFavourites(raw)).toBeUndefined();
  });

  it('keeps a tip first, with the words she saw and the day, and lets it go', () => {
    const older = applyFavourite(NO_FAVOURITES, tip('a'), 'keep', '2026-12-01');
    const both = applyFavourite(older, tip('b', 'The words she saw'), 'keep', DAY);
    expect(both.tips).toEqual([
      { ...tip('b', 'The words she saw'), keptOn: DAY },
      { ...tip('a'), keptOn: '2026-12-01' },
    ]);
    expect(isFavourite(both, 'a')).toBe(true);
    const left = applyFavourite(both, tip('a'), 'let-go', DAY);
    expect(left.tips.map(({ id }) => id)).toEqual(['b']);
    expect(isFavourite(left, 'a')).toBe(false);
  });

  it('changes nothing for a keep of a kept tip (its first words and day stay) or a let-go of one not kept', () => {
    const kept = applyFavourite(NO_FAVOURITES, tip('a'), 'keep', '2026-12-01');
    expect(applyFavourite(kept, tip('a', 'Reworded since'), 'keep', DAY)).toBe(kept);
    expect(applyFavourite(kept, tip('z'), 'let-go', DAY)).toBe(kept);
  });

  it('after any clicks, holds each tip once, readable, and a tip is kept exactly when its last click kept it', () => {
    const click = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      intent: fc.constantFrom('keep' as const, 'let-go' as const),
    });
    fc.assert(
      fc.property(fc.array(click, { maxLength: 30 }), (clicks) => {
        const after = clicks.reduce<Favourites>(
          (list, { id, intent }) => applyFavourite(list, tip(id), intent, DAY),
          NO_FAVOURITES,
        );
        expect(parseFavourites(JSON.parse(JSON.stringify(after)))).toEqual(after);
        for (const id of ['a', 'b', 'c']) {
          const last = clicks.filter((c) => c.id === id).at(-1);
          expect(isFavourite(after, id)).toBe(last?.intent === 'keep');
        }
      }),
    );
  });
});
