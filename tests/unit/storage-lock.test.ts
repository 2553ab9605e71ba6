import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshDay } from '@/utils/refresh-day';
import { saveCheckIn } from '@/utils/storage';
import { withStorageLock } from '@/utils/storage-lock';

/** Web Locks as a browser grants them: one holder per name at a time, in the order asked. */
function fakeLockManager() {
  const tails = new Map<string, Promise<unknown>>();
  let held = 0;
  let mostHeldAtOnce = 0;
  return {
    get mostHeldAtOnce() {
      return mostHeldAtOnce;
    },
    request(name: string, task: () => Promise<unknown>) {
      const run = (tails.get(name) ?? Promise.resolve()).then(async () => {
        mostHeldAtOnce = Math.max(mostHeldAtOnce, ++held);
        try {
          return await task();
        } finally {
          held--;
        }
      });
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

it('runs the task directly where Web Locks are missing', async () => {
  vi.stubGlobal('navigator', {});
  await expect(withStorageLock(async () => 'done')).resolves.toBe('done');
});

it('keeps both days when two contexts record different days at the same moment', async () => {
  const locks = fakeLockManager();
  vi.stubGlobal('navigator', { locks });
  await Promise.all([saveCheckIn('2026-03-09', 'record'), saveCheckIn('2026-03-10', 'record')]);
  expect(await fakeBrowser.storage.local.get('checkIns')).toEqual({ checkIns: { days: ['2026-03-09', '2026-03-10'] } });
  expect(locks.mostHeldAtOnce).toBe(1);
});

it('never lets the background’s pass and a click interleave', async () => {
  const locks = fakeLockManager();
  vi.stubGlobal('navigator', { locks });
  await fakeBrowser.storage.local.set({ checkIns: 'junk' });
  await Promise.all([
    refreshDay(new Date(2026, 2, 10, 12), () => 7),
    saveCheckIn('2026-03-10', 'record'),
    refreshDay(new Date(2026, 2, 10, 12), () => 7),
  ]);
  expect((await fakeBrowser.storage.local.get('checkIns')).checkIns).toEqual({ days: ['2026-03-10'] });
  expect(locks.mostHeldAtOnce).toBe(1);
});
