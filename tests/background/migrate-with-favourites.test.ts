// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshDay } from '@/utils/background/refresh-day';

/*
 * Storage as the release with the heart wrote it (tests/fixtures/storage-with-favourites),
 * read by this version: her favourites, her days, today's tip and a click still waiting are
 * all kept; her past tips start from what storage knew.
 */
const dump = JSON.parse(
  readFileSync('tests/fixtures/storage-with-favourites/two-days-one-heart-waiting.json', 'utf8'),
) as Record<string, unknown> & {
  rotation: { day: string; tip: { id: string; headline: string } };
  favourites: { tips: Array<{ id: string }> };
};
const zoneBefore = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Madrid';
});
afterAll(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

it('keeps her favourites, applies the heart that was waiting, and keeps her days and today’s tip', async () => {
  await fakeBrowser.storage.local.set(structuredClone(dump));
  await refreshDay(new Date(2026, 11, 2, 18));
  const after = await fakeBrowser.storage.local.get(null);

  expect(after.checkIns).toEqual(dump.checkIns);
  expect(after.rotation).toEqual(dump.rotation);
  const kept = (after.favourites as { tips: Array<{ id: string; keptOn: string }> }).tips;
  expect(kept.map(({ id, keptOn }) => [id, keptOn])).toEqual([
    [dump.rotation.tip.id, '2026-12-02'],
    [dump.favourites.tips[0]!.id, '2026-12-01'],
  ]);
  expect(Object.keys(after).filter((key) => key.startsWith('pending.') || key.startsWith('unreadable.'))).toEqual([]);
  expect(after.pastTips).toEqual({ days: { '2026-12-02': dump.rotation.tip.id } });
});
