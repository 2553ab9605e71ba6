// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addDays, type Day } from '@/utils/days/day';
import { parseRotation } from '@/utils/tips/parse-rotation';

/*
 * Storage as release 0.1.0 itself wrote it (tests/fixtures/storage-v0.1.0), read by this
 * version: nothing of hers may be lost on update.
 */
const FIXTURES = path.resolve('tests/fixtures/storage-v0.1.0');
const dumps = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8'))] as const);

const local = fakeBrowser.storage.local;

/** A moment on `day`, local time. */
function on(day: Day, hour = 12): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour);
}

beforeEach(() => {
  // WXT's storage runs an item's migrations when the item is defined: define them afresh each time.
  vi.resetModules();
});

it('has a dump of each kind saved from the release', () => {
  expect(dumps.map(([file]) => file).sort()).toEqual([
    'after-junk.json',
    'end-of-round.json',
    'fresh.json',
    'mid-round.json',
  ]);
});

// Each case imports the storage items and the tip library afresh, which takes seconds on a busy machine.
describe.each(dumps)('updating from 0.1.0 with %s', { timeout: 30_000 }, (_, dump: Record<string, unknown>) => {
  const before = dump as { checkIns?: { days: Day[] }; rotation: { day: Day; seen: string[]; tip: { id: string } } };

  async function updateOn(day: Day) {
    await local.set(structuredClone(dump));
    const { refreshDay } = await import('@/utils/background/refresh-day');
    await refreshDay(on(day));
    return local.get(null);
  }

  it('keeps every day she recorded, every tip she has seen, and today’s tip, the same day', async () => {
    const after = await updateOn(before.rotation.day);

    expect((after.checkIns as { days?: Day[] } | undefined)?.days ?? []).toEqual(before.checkIns?.days ?? []);
    // Version 2 of the rotation: the same day, tip, round and seed, nothing passed on yet.
    const rotation = parseRotation(after.rotation)!;
    expect({ ...rotation, tip: rotation.tip.id }).toEqual({
      ...before.rotation,
      tip: before.rotation.tip.id,
      passed: [],
    });
    expect(after.rotation$).toEqual({ v: 2 });
    // Her past tips start from the one tip storage knew, on its day; nothing else is new.
    expect(after.pastTips).toEqual({ days: { [before.rotation.day]: before.rotation.tip.id } });
    for (const key of ['favourites', 'notForUs', 'momentOfWeek']) expect(after[key]).toBeUndefined();
    expect(after.checkIns$).toEqual(before.checkIns ? { v: 2 } : undefined);
    // Whatever was kept aside by the release stays, as it was.
    for (const [key, value] of Object.entries(dump))
      if (key.startsWith('unreadable.')) expect(after[key]).toEqual(value);
  });

  it('goes on to the next tip of the round the next day, losing nothing', async () => {
    const after = await updateOn(addDays(before.rotation.day, 1));

    const rotation = parseRotation(after.rotation)!;
    expect(rotation.tip.id).not.toBe((dump.rotation as { tip: { id: string } }).tip.id);
    // The day the release knew stays in her past tips, beside today.
    expect(after.pastTips).toEqual({
      days: { [before.rotation.day]: before.rotation.tip.id, [rotation.day]: rotation.tip.id },
    });
    if (rotation.round === (dump.rotation as { round: number }).round)
      expect(rotation.seen).toEqual([...before.rotation.seen, rotation.tip.id]);
    else expect(before.rotation.seen.length).toBeGreaterThan(100);
  });
});
