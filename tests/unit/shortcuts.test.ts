// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseShortcuts,
  SHORTCUTS_KEY,
  shortcutsShown,
  turnShortcutsOff,
  turnShortcutsOn,
  type ShortcutsApis,
} from '@/utils/browser/shortcuts';

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

describe('turning her most visited sites on and off', () => {
  function browserWith({ grants = true, granted = false, stored = {} as Record<string, unknown> } = {}) {
    const state = { granted, stored: { ...stored }, asked: 0 };
    const apis: ShortcutsApis = {
      permissions: {
        request: async () => {
          state.asked++;
          state.granted ||= grants;
          return state.granted;
        },
        remove: async () => {
          state.granted = false;
          return true;
        },
        contains: async () => state.granted,
      },
      storage: {
        local: {
          get: async (key) => ({ [key]: state.stored[key] }),
          set: async (items) => void Object.assign(state.stored, items),
        },
      },
    };
    return { apis, state };
  }

  it('on: the browser asks her, and her choice is kept once she says yes', async () => {
    const { apis, state } = browserWith();
    expect(await turnShortcutsOn(apis)).toBe(true);
    expect(state.asked).toBe(1);
    expect(state.stored[SHORTCUTS_KEY]).toEqual({ version: 1, show: true });
    expect(await shortcutsShown(apis)).toBe(true);
  });

  it('refused: nothing changes', async () => {
    const { apis, state } = browserWith({ grants: false, stored: { [SHORTCUTS_KEY]: { version: 1, show: false } } });
    expect(await turnShortcutsOn(apis)).toBe(false);
    expect(state.stored[SHORTCUTS_KEY]).toEqual({ version: 1, show: false });
    expect(await shortcutsShown(apis)).toBe(false);
  });

  it('off: her choice is kept, and the permission given back', async () => {
    const { apis, state } = browserWith({ granted: true, stored: { [SHORTCUTS_KEY]: { version: 1, show: true } } });
    await turnShortcutsOff(apis);
    expect(state.granted).toBe(false);
    expect(state.stored[SHORTCUTS_KEY]).toEqual({ version: 1, show: false });
    expect(await shortcutsShown(apis)).toBe(false);
  });

  it('chosen, but the permission taken back in the browser’s settings: not shown', async () => {
    const { apis } = browserWith({ granted: false, stored: { [SHORTCUTS_KEY]: { version: 1, show: true } } });
    expect(await shortcutsShown(apis)).toBe(false);
  });

  it('storage that fails to answer: not shown, and no throw', async () => {
    const { apis } = browserWith({ granted: true });
    apis.storage.local.get = () => Promise.reject(new Error('gone'));
    expect(await shortcutsShown(apis)).toBe(false);
  });
});
