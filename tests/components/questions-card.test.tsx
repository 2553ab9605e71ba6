import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as NewTab } from '@/entrypoints/newtab/App';
import { App as Popup } from '@/entrypoints/popup/App';
import questions from '@/entrypoints/questions';
import { DEFAULT_SETTINGS, parseSettings } from '@/utils/settings/settings';
import { rotationOn, sampleTip } from './fixtures';

/** The status regions that say something (the new tab keeps one silent, for the word after “not for us”). */
const speaking = () => screen.getAllByRole('status').filter((region) => region.textContent !== '');

const TODAY = '2026-11-25';
const storedSettings = async () => (await fakeBrowser.storage.local.get('settings')).settings;
const answer = (which: string) => fireEvent.click(screen.getByTestId(`answer-${which}`));

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date(2026, 10, 25, 15, 30));
});

afterEach(() => {
  vi.useRealTimers();
});

/** The new tab, with questions.js run as the new tab's app loads it. */
async function openNewTab() {
  render(<NewTab />);
  await screen.findByTestId('tip-title');
  await questions.main();
}

/** Storage as an update from a version without settings leaves it (the background's defaults, not yet asked). */
const afterUpdate = () =>
  fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] }, settings: DEFAULT_SETTINGS });

describe('the two questions on the new tab, after an update', () => {
  it('are a card above today’s tip, answered in two clicks, each saved at once; then a thank-you in their place', async () => {
    await afterUpdate();
    await openNewTab();
    const card = await screen.findByTestId('questions');
    // Today's tip is there with them, after them: never hidden by them.
    const tip = screen.getByTestId('tip-title');
    expect(tip.textContent).toBe(sampleTip.headline);
    expect(card.compareDocumentPosition(tip) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    answer('teen');
    await waitFor(async () =>
      expect(await storedSettings()).toMatchObject({ sons: [{ birthYear: 2010 }], asked: false }),
    );
    expect(screen.getByTestId('answer-teen').getAttribute('aria-pressed')).toBe('true');
    // One answer given: the card stays for the other.
    expect(screen.getByTestId('questions')).toBeTruthy();

    // From the keyboard: her focus is on the answer that closes the card.
    screen.getByTestId('answer-deeds').focus();
    answer('deeds');
    await waitFor(async () =>
      expect(parseSettings(await storedSettings(), 2026)).toMatchObject({
        sons: [{ birthYear: 2010 }],
        way: 'deeds',
        asked: true,
      }),
    );
    await waitFor(() => expect(screen.queryByTestId('questions')).toBeNull());
    expect(speaking()[0]?.textContent).toContain('Thank you');
    expect(document.activeElement).toBe(speaking()[0]);
    expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline);
  });

  it('go with “Not now”, which keeps every tip and asks no more', async () => {
    await afterUpdate();
    await openNewTab();
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(async () => expect(await storedSettings()).toEqual({ ...DEFAULT_SETTINGS, asked: true }));
    await waitFor(() => expect(screen.queryByTestId('questions')).toBeNull());
    expect(speaking()[0]?.textContent).toContain('every tip comes your way');
  });

  it('close when she answers them on another page', async () => {
    await afterUpdate();
    await openNewTab();
    await screen.findByTestId('questions');
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, way: 'words', asked: true } });
    await waitFor(() => expect(screen.queryByTestId('questions')).toBeNull());
  });

  it.each<[string, unknown]>([
    ['a fresh install (no settings: the welcome page asks)', undefined],
    ['settings she answered', { ...DEFAULT_SETTINGS, asked: true }],
  ])('are not asked after %s', async (_, settings) => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] }, settings });
    await openNewTab();
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    expect(screen.queryByTestId('questions')).toBeNull();
  });

  it('are not in the popup, which stays small', async () => {
    await afterUpdate();
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    expect(screen.queryByTestId('questions')).toBeNull();
  });
});
