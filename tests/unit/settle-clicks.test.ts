// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkInsIn } from '@/utils/first-frame/daily-values';
import { settleClicks } from '@/utils/background/settle-clicks';
import { storeClick, storedClick, storedHeartClick } from '../support/clicks';

const local = fakeBrowser.storage.local;
const TODAY = '2026-03-10';
const YESTERDAY = '2026-03-09';
const stored = (): Promise<Record<string, unknown>> => local.get(null);
const pendingKeys = async () => Object.keys(await stored()).filter((key) => key.startsWith('pending.'));

/** A storage area as full as Chrome's is at 10 MB: a write over `room` bytes is refused, as Chrome refuses it. */
function fillStorage(room = 100_000) {
  const set = local.set.bind(local);
  return vi.spyOn(local, 'set').mockImplementation(async (items) => {
    if (JSON.stringify(items).length > room) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
}

describe('the background’s pass over her check-ins', () => {
  it('applies stored clicks in the order they were made, and removes them', async () => {
    const clicks = [storedClick(TODAY, 'record'), storedClick(YESTERDAY, 'record'), storedClick(TODAY, 'undo')];
    await local.set({ checkIns: { days: [] }, ...Object.fromEntries(clicks) });

    expect((await settleClicks()).checkIns.days).toEqual([YESTERDAY]);
    expect(await pendingKeys()).toEqual([]);
  });

  it('keeps fields it does not know next to the days (a later version may have written them)', async () => {
    await local.set({ checkIns: { days: [YESTERDAY], note: 'keep me', v3: { a: [1] } } });
    await storeClick(TODAY, 'record');

    await settleClicks();

    expect((await stored()).checkIns).toMatchObject({ days: [YESTERDAY, TODAY], note: 'keep me', v3: { a: [1] } });
  });

  it('salvages a bare list of days, kept aside', async () => {
    await local.set({ checkIns: [YESTERDAY, '2026-03-08'] });

    expect((await settleClicks()).checkIns.days).toEqual(['2026-03-08', YESTERDAY]);
    expect(Object.values(await stored())).toContainEqual({ value: [YESTERDAY, '2026-03-08'], from: 'checkIns' });
  });

  it('keeps an unreadable click aside and removes it; the readable ones still count', async () => {
    const [key] = storedClick(TODAY, 'record');
    await local.set({ [key]: { type: 'check-in', day: 'soon', intent: 'toggle' } });
    await storeClick(YESTERDAY, 'record');

    expect((await settleClicks()).checkIns.days).toEqual([YESTERDAY]);
    expect(await pendingKeys()).toEqual([]);
    expect(Object.values(await stored())).toContainEqual({
      value: { type: 'check-in', day: 'soon', intent: 'toggle' },
      from: key,
    });
  });
});

describe('when storage is too full to keep a copy aside', () => {
  const huge = { days: [YESTERDAY, 'x'.repeat(200_000)] };

  it('leaves the unreadable value where it is, says so, and keeps her clicks as her check-ins', async () => {
    await local.set({ checkIns: huge });
    fillStorage();
    await storeClick(TODAY, 'record');

    const { checkIns } = await settleClicks();

    expect(checkIns.days).toEqual([YESTERDAY, TODAY]);
    const after = await stored();
    expect(after.checkIns).toEqual(huge);
    expect(after.leftInPlace).toEqual(['checkIns']);
    expect(after.setAside).toBeUndefined();
    expect(Object.keys(after).filter((key) => key.startsWith('unreadable.'))).toEqual([]);
    // The click stays stored: with the value beside it, it is her check-in, as the pages count it.
    expect(await pendingKeys()).toHaveLength(1);
    expect(checkInsIn(after).days).toEqual([YESTERDAY, TODAY]);
  });

  it('takes it all in once there is room again', async () => {
    await local.set({ checkIns: huge });
    const full = fillStorage();
    await storeClick(TODAY, 'record');
    await settleClicks();

    full.mockRestore();
    await settleClicks();

    const after = await stored();
    expect(after.checkIns).toMatchObject({ days: [YESTERDAY, TODAY] });
    expect(Object.values(after)).toContainEqual({ value: huge, from: 'checkIns' });
    expect(after.leftInPlace).toEqual([]);
    expect(await pendingKeys()).toEqual([]);
  });
});

describe('the background’s pass over the hearts she clicked', () => {
  const tip = {
    id: 'listen-03',
    headline: 'Ask about his day at bedtime',
    body: 'The words she saw.',
    theme: 'listen',
  };

  it('keeps the tip with the words she saw, lets it go again, and removes the clicks', async () => {
    await local.set(Object.fromEntries([storedHeartClick(TODAY, tip, 'keep')]));
    await settleClicks();
    expect((await stored()).favourites).toEqual({ tips: [{ ...tip, keptOn: TODAY }] });
    expect(await pendingKeys()).toEqual([]);

    await local.set(Object.fromEntries([storedHeartClick(TODAY, tip, 'let-go')]));
    await settleClicks();
    expect((await stored()).favourites).toEqual({ tips: [] });
    expect(await pendingKeys()).toEqual([]);
  });

  it('applies hearts and check-ins stored together, each to its own list', async () => {
    await local.set(Object.fromEntries([storedClick(TODAY, 'record'), storedHeartClick(TODAY, tip, 'keep')]));
    expect((await settleClicks()).checkIns.days).toEqual([TODAY]);
    expect((await stored()).favourites).toMatchObject({ tips: [{ id: tip.id }] });
  });

  it('keeps unreadable favourites aside, whole, before a new list starts with her click', async () => {
    const junk = { tips: 'not a list' };
    await local.set({ favourites: junk, ...Object.fromEntries([storedHeartClick(TODAY, tip, 'keep')]) });
    await settleClicks();
    const all = await stored();
    expect(all.favourites).toEqual({ tips: [{ ...tip, keptOn: TODAY }] });
    const asideKey = (all.setAside as string[]).find((key) => key.startsWith('unreadable.favourites.'));
    expect(all[asideKey!]).toEqual({ value: junk, from: 'favourites' });
  });

  it('leaves unreadable favourites and the hearts where they are when there is no room to keep them aside', async () => {
    const junk = { tips: [{ id: 1 }], filler: 'x'.repeat(2000) };
    await local.set({ favourites: junk, ...Object.fromEntries([storedHeartClick(TODAY, tip, 'keep')]) });
    const full = fillStorage(1000);
    await settleClicks();
    full.mockRestore();
    expect((await stored()).favourites).toEqual(junk);
    expect(await pendingKeys()).toHaveLength(1);
  });
});
