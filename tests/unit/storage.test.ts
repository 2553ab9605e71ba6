// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CheckIns } from '@/utils/days/check-ins';
import type { Day } from '@/utils/days/day';
import { library } from '@/utils/tips/library';
import { parseSetAside } from '@/utils/storage/set-aside';
import { checkInsItem, dismissSetAsideNotice, keepAside, rotationItem, setAsideItem } from '@/utils/storage/storage';
import { rotationFor } from '@/utils/tips/tip-rotation';
import { saveCheckIn } from '../support/clicks';

const local = fakeBrowser.storage.local;
const TODAY: Day = '2026-03-10';

/** Keys Closer doesn't own: another version's, another feature's, or a near miss of ours. */
const UNKNOWN = {
  preferences: { theme: 'dark' },
  checkIns2: { days: ['2020-01-01'] },
  'unreadable.other.abc': { value: 1, from: 'other' },
  count: 7,
};

/** Everything in the local area, as stored. */
const stored = (): Promise<Record<string, unknown>> => local.get(null);
const storedValue = async (key: string): Promise<unknown> => (await local.get(key))[key];
/** The keys under which values read from `from` were kept aside. */
const asideKeys = async (from: string) =>
  Object.keys(await stored()).filter((key) => key.startsWith(`unreadable.${from}.`));

/** Values that aren't readable check-ins, and the days still readable in them. */
const JUNK: [string, unknown, Day[]][] = [
  ['a string', 'junk', []],
  ['a number', 42, []],
  ['days that are not a list', { days: 'x' }, []],
  ['a list with a stray entry', { days: ['2026-01-01', 'junk'] }, ['2026-01-01']],
];

describe('a click, stored and then settled', () => {
  it.each<[string, CheckIns | undefined, Day, 'record' | 'undo', Day[]]>([
    ['records today on a fresh install', undefined, TODAY, 'record', [TODAY]],
    ['records today after yesterday', { days: ['2026-03-09'] }, TODAY, 'record', ['2026-03-09', TODAY]],
    ['records a day already recorded once', { days: [TODAY] }, TODAY, 'record', [TODAY]],
    [
      'keeps the days sorted',
      { days: ['2026-03-09', '2026-03-11'] },
      TODAY,
      'record',
      ['2026-03-09', TODAY, '2026-03-11'],
    ],
    ['undoes today, keeping yesterday', { days: ['2026-03-09', TODAY] }, TODAY, 'undo', ['2026-03-09']],
    ['undoes a day never recorded', { days: ['2026-03-09'] }, TODAY, 'undo', ['2026-03-09']],
    ['undoes on a fresh install', undefined, TODAY, 'undo', []],
  ])('%s, and returns what it wrote', async (_, before, day, intent, days) => {
    if (before) await local.set({ checkIns: before });

    const written = await saveCheckIn(day, intent);

    expect(written.days).toEqual(days);
    // Nothing is written where nothing changed (an undo on a fresh install).
    const checkIns = (await storedValue('checkIns')) as CheckIns | undefined;
    expect(checkIns ?? { days: [] }).toEqual(written);
    expect(Object.keys(await stored()).filter((key) => key.startsWith('pending.'))).toEqual([]);
  });

  it('leaves today recorded exactly once after two concurrent records', async () => {
    await local.set({ checkIns: { days: ['2026-03-09'] } });

    const results = await Promise.all([saveCheckIn(TODAY, 'record'), saveCheckIn(TODAY, 'record')]);

    expect(results.map((result) => result.days)).toEqual([
      ['2026-03-09', TODAY],
      ['2026-03-09', TODAY],
    ]);
    expect((await storedValue('checkIns')) as CheckIns).toMatchObject({ days: ['2026-03-09', TODAY] });
  });

  it.each<[string, CheckIns]>([
    ['nothing recorded', { days: [] }],
    ['days before today', { days: ['2026-03-08', '2026-03-09'] }],
    ['days on both sides of today', { days: ['2026-03-01', '2026-03-09', '2026-03-11'] }],
  ])('restores exactly the previous value on record then undo (%s)', async (_, before) => {
    await local.set({ checkIns: before });

    await saveCheckIn(TODAY, 'record');
    expect(await storedValue('checkIns')).not.toEqual(before);
    await saveCheckIn(TODAY, 'undo');

    expect(await storedValue('checkIns')).toEqual(before);
  });

  it('never touches keys it does not own', async () => {
    await local.set({ ...UNKNOWN, checkIns: { days: ['2026-03-09'] } });

    await saveCheckIn(TODAY, 'record');
    await saveCheckIn('2026-03-09', 'undo');

    expect(await stored()).toMatchObject(UNKNOWN);
    expect(await asideKeys('checkIns')).toEqual([]);
    expect(await storedValue('setAside')).toBeUndefined();
  });
});

describe('a click over an unreadable value', () => {
  it.each(JUNK)('keeps %s aside verbatim, lists it, and keeps the readable days', async (_, junk, readable) => {
    await local.set({ ...UNKNOWN, checkIns: junk });

    const written = await saveCheckIn(TODAY, 'record');

    const keys = await asideKeys('checkIns');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^unreadable\.checkIns\.[0-9a-z]+$/);
    expect(await storedValue(keys[0]!)).toEqual({ value: junk, from: 'checkIns' });
    expect(await storedValue('setAside')).toEqual(keys);
    expect(written.days).toEqual([...readable, TODAY]);
    expect(await storedValue('checkIns')).toEqual(written);
    expect(await stored()).toMatchObject(UNKNOWN);
  });

  it('keeps one copy when two saves find the same junk at once', async () => {
    await local.set({ checkIns: 'junk' });

    await Promise.all([saveCheckIn(TODAY, 'record'), saveCheckIn(TODAY, 'record')]);

    const keys = await asideKeys('checkIns');
    expect(keys).toHaveLength(1);
    expect(await storedValue('setAside')).toEqual(keys);
    expect(await storedValue('checkIns')).toMatchObject({ days: [TODAY] });
  });
});

describe('keepAside', () => {
  it('keeps the same junk once, listed once', async () => {
    await keepAside(checkInsItem, { days: 'x' });
    const set = vi.spyOn(local, 'set');
    await keepAside(checkInsItem, { days: 'x' });

    const keys = await asideKeys('checkIns');
    expect(keys).toHaveLength(1);
    expect(await storedValue('setAside')).toEqual(keys);
    // Pages watch the list: an unchanged list isn't written again.
    expect(set.mock.calls.flatMap(([items]) => Object.keys(items))).not.toContain('setAside');
  });

  it('keeps different junk under two keys, both listed in the order found', async () => {
    await keepAside(checkInsItem, 'junk');
    const [first] = await asideKeys('checkIns');
    await keepAside(checkInsItem, 42);

    const keys = await asideKeys('checkIns');
    expect(keys).toHaveLength(2);
    const second = keys.find((key) => key !== first);
    expect(await storedValue('setAside')).toEqual([first, second]);
    expect(await storedValue(first!)).toEqual({ value: 'junk', from: 'checkIns' });
    expect(await storedValue(second!)).toEqual({ value: 42, from: 'checkIns' });
  });

  it.each<[string, unknown, unknown]>([
    ['a string and the number it spells', '42', 42],
    ['an object and the same object in a list', { days: [] }, [{ days: [] }]],
  ])('tells apart %s', async (_, one, other) => {
    await keepAside(checkInsItem, one);
    await keepAside(checkInsItem, other);

    expect(await asideKeys('checkIns')).toHaveLength(2);
  });

  it('derives the key from the value alone, so two contexts agree on it', async () => {
    await keepAside(checkInsItem, { days: ['2026-01-01', 'junk'] });
    const [before] = await asideKeys('checkIns');
    fakeBrowser.reset();

    await local.set({ unrelated: true });
    await keepAside(checkInsItem, { days: ['2026-01-01', 'junk'] });

    expect(await asideKeys('checkIns')).toEqual([before]);
  });

  it('names the key and the record after the item it came from', async () => {
    await keepAside(rotationItem, 'not a rotation');

    const keys = await asideKeys('rotation');
    expect(keys).toHaveLength(1);
    expect(await storedValue(keys[0]!)).toEqual({ value: 'not a rotation', from: 'rotation' });
    expect(await storedValue('setAside')).toEqual(keys);
  });

  it.each<[string, unknown]>([
    ['a string', 'unreadable.checkIns.a'],
    ['a list with a stray entry', ['unreadable.checkIns.a', 7]],
  ])('keeps an unreadable list (%s) aside too, and lists both', async (_, list) => {
    await local.set({ setAside: list });

    await keepAside(checkInsItem, 'junk');

    const [listKey] = await asideKeys('setAside');
    expect(await storedValue(listKey!)).toEqual({ value: list, from: 'setAside' });
    expect(await storedValue('setAside')).toEqual([listKey, ...(await asideKeys('checkIns'))]);
  });

  it('adds to the keys already listed', async () => {
    await local.set({ setAside: ['unreadable.rotation.earlier'] });

    await keepAside(checkInsItem, 'junk');

    expect(await storedValue('setAside')).toEqual(['unreadable.rotation.earlier', ...(await asideKeys('checkIns'))]);
  });
});

describe('parseSetAside', () => {
  it.each<[string, unknown, string[] | undefined]>([
    [
      'a list of keys',
      ['unreadable.checkIns.a', 'unreadable.rotation.b'],
      ['unreadable.checkIns.a', 'unreadable.rotation.b'],
    ],
    ['an empty list', [], []],
    ['nothing stored', undefined, []],
    ['null', null, []],
    ['a string, as unreadable', 'unreadable.checkIns.a', undefined],
    ['an object, as unreadable', { 0: 'unreadable.checkIns.a' }, undefined],
    ['a list with stray entries, as unreadable', ['a', 1, null, 'c'], undefined],
  ])('reads %s', (_, raw, expected) => {
    expect(parseSetAside(raw)).toEqual(expected);
  });
});

describe('dismissSetAsideNotice', () => {
  it('removes the list but keeps the values set aside', async () => {
    await local.set({ ...UNKNOWN, checkIns: { days: ['2026-03-09', 'junk'] } });
    await saveCheckIn(TODAY, 'record');
    const [key] = await asideKeys('checkIns');

    await dismissSetAsideNotice();

    expect(await storedValue('setAside')).toBeUndefined();
    expect(await storedValue(key!)).toEqual({ value: { days: ['2026-03-09', 'junk'] }, from: 'checkIns' });
    expect(await storedValue('checkIns')).toMatchObject({ days: ['2026-03-09', TODAY] });
    expect(await stored()).toMatchObject(UNKNOWN);
  });

  it('does nothing else when there is no list', async () => {
    await local.set(UNKNOWN);

    await dismissSetAsideNotice();

    expect(await stored()).toEqual(UNKNOWN);
  });
});

describe('the stored items are versioned', () => {
  // WXT's storage decides when an item is defined whether its first write also records the
  // version, so each case defines the items afresh, on an empty store, as a new install does.
  beforeEach(() => {
    vi.resetModules();
  });

  it.each([
    ['checkIns', (items: typeof import('@/utils/storage/storage')) => items.checkInsItem.setValue({ days: [TODAY] })],
    [
      'rotation',
      (items: typeof import('@/utils/storage/storage')) =>
        items.rotationItem.setValue(rotationFor(undefined, TODAY, library, 1)),
    ],
    [
      'setAside',
      (items: typeof import('@/utils/storage/storage')) => items.setAsideItem.setValue(['unreadable.checkIns.a']),
    ],
    ['leftInPlace', (items: typeof import('@/utils/storage/storage')) => items.leftInPlaceItem.setValue(['checkIns'])],
  ])('%s records its version with its first value', async (key, write) => {
    const items = await import('@/utils/storage/storage');

    await write(items);

    expect(await storedValue(`${key}$`)).toEqual({ v: key === 'checkIns' || key === 'rotation' ? 2 : 1 });
  });

  it.each([
    ['checkIns', checkInsItem],
    ['rotation', rotationItem],
    ['setAside', setAsideItem],
  ])('%s is defined under its local key', (key, item) => {
    expect(item.key).toBe(`local:${key}`);
  });
});
