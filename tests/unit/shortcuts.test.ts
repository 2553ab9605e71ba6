// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShortcuts } from '@/utils/shortcuts';

describe('her stored choice of shortcuts', () => {
  it.each([
    [{ version: 1, show: true }, true],
    [{ version: 1, show: false }, false],
    [{ version: 1, show: true, later: 'a field a later version adds' }, true],
  ])('reads %j as shown: %s', (stored, show) => {
    expect(parseShortcuts(stored)).toEqual({ version: 1, show });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['true alone', true],
    ['a string', '{"version":1,"show":true}'],
    ['a number', 1],
    ['a list', [1, true]],
    ['no version', { show: true }],
    ['another version', { version: 2, show: true }],
    ['a version as text', { version: '1', show: true }],
    ['show as text', { version: 1, show: 'true' }],
    ['show as a number', { version: 1, show: 1 }],
    ['an empty object', {}],
  ])('reads %s as off, the choice she never made', (_, stored) => {
    expect(parseShortcuts(stored)).toEqual({ version: 1, show: false });
  });

  it('never throws, and is on only for exactly version 1 with show true (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (stored) => {
        const { show } = parseShortcuts(stored);
        const exact = typeof stored === 'object' && stored !== null && !Array.isArray(stored) && stored.version === 1;
        expect(show).toBe(exact && (stored as { show?: unknown }).show === true);
      }),
    );
  });
});
