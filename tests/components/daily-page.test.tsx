import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as NewTab } from '@/entrypoints/newtab/App';
import { App as Popup } from '@/entrypoints/popup/App';
import { parseRequest, REFRESH_REQUEST } from '@/utils/messages';
import { dismissSetAsideNotice, saveCheckIn } from '@/utils/storage';
import { rotationOn, sampleTip } from './fixtures';

const TODAY = '2026-11-25';
const YESTERDAY = '2026-11-24';
const stored = () => fakeBrowser.storage.local.get(null);
const checkin = () => screen.getByTestId('checkin');

beforeEach(() => {
  // The background's part, without its daily pass: it writes what the pages ask.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseRequest(message);
    if (request?.type === 'closer:check-in') return saveCheckIn(request.day, request.intent);
    if (request?.type === 'closer:dismiss-notice') return dismissSetAsideNotice();
    return undefined;
  });
  // Half past three in the afternoon, local time: the pages read this clock.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date(2026, 10, 25, 15, 30));
});

afterEach(() => {
  vi.useRealTimers();
});

describe.each([
  ['new tab', NewTab],
  ['popup', Popup],
])('the %s', (_, Page) => {
  it('shows today’s tip and streak from storage, and records and undoes today', async () => {
    await fakeBrowser.storage.local.set({
      rotation: rotationOn(TODAY),
      checkIns: { days: [YESTERDAY] },
      checkIns$: { v: 1 },
    });
    render(<Page />);
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));
    expect(screen.getByTestId('streak').textContent).toBe('1 day in a row');
    const before = await stored();

    fireEvent.click(checkin());
    expect(checkin().getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () => expect((await stored()).checkIns).toEqual({ days: [YESTERDAY, TODAY] }));
    expect(screen.getByTestId('streak').textContent).toBe('2 days in a row');
    expect(screen.getByTestId('longest-streak').textContent).toBe('Longest run: 2 days');

    fireEvent.click(checkin());
    await waitFor(async () => expect(await stored()).toEqual(before));
    expect(checkin().getAttribute('aria-pressed')).toBe('false');
  });

  it('follows a check-in made on another page', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
    render(<Page />);
    await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));
    await fakeBrowser.storage.local.set({ checkIns: { days: [TODAY] } });
    await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByTestId('streak').textContent).toBe('1 day in a row');
  });

  it('asks the background for today’s tip when it has none, and shows it when it lands', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Page />);
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith(REFRESH_REQUEST));
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY) });
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
  });

  it('keeps showing the tip with a calm word when her check-ins cannot be read', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: 'garbled' });
    render(<Page />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('kept it aside, untouched'));
    expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline);
    expect(screen.getByTestId('streak').textContent).toBe('0 days in a row');

    fireEvent.click(checkin());
    await waitFor(async () => expect((await stored()).checkIns).toEqual({ days: [TODAY] }));
    expect(Object.values(await stored())).toContainEqual({ value: 'garbled', from: 'checkIns' });

    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });
});

it('turns to the new day at local midnight without a reload', async () => {
  vi.setSystemTime(new Date(2026, 10, 25, 23, 59, 58));
  const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [TODAY] } });
  render(<NewTab />);
  await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('true'));
  expect(sendMessage).not.toHaveBeenCalled();

  await vi.advanceTimersByTimeAsync(3_000);
  await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));
  expect(screen.getByTestId('streak').textContent).toBe('1 day in a row');
  expect(sendMessage).toHaveBeenCalledWith(REFRESH_REQUEST);
});
