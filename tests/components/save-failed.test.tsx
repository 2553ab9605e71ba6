import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as Popup } from '@/entrypoints/popup/App';
import { checkInsIn } from '@/utils/first-frame/daily-values';
import { rotationOn } from './fixtures';

const TODAY = '2026-11-25';
const checkin = () => screen.getByTestId('checkin');
const alert = () => screen.queryByRole('alert');

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 15, 30));
});

it('says a click didn’t save only when the write truly failed, shows what storage has, and the advice records it', async () => {
  await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
  render(<Popup />);
  await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));
  expect(alert()).toBeNull();

  const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
  fireEvent.click(checkin());
  await waitFor(() => expect(alert()?.textContent).toBe('That didn’t save. Please click once more.'));
  // Storage has nothing new, and the page says the same: pressing again as told records today.
  await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));
  expect(checkInsIn(await fakeBrowser.storage.local.get(null)).days).toEqual([]);

  fireEvent.click(checkin());
  expect(set).toHaveBeenCalledTimes(2);
  await waitFor(() => expect(alert()).toBeNull());
  expect(checkin().getAttribute('aria-pressed')).toBe('true');
  expect(checkInsIn(await fakeBrowser.storage.local.get(null)).days).toEqual([TODAY]);
});

it('never says a click didn’t save when the write succeeded, whatever the background does', async () => {
  await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
  // A background that is asleep: messages to it fail.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
  render(<Popup />);
  await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));

  for (let i = 0; i < 4; i++) fireEvent.click(checkin());
  await new Promise((resolve) => setTimeout(resolve, 50));

  expect(alert()).toBeNull();
  expect(checkin().getAttribute('aria-pressed')).toBe('false');
  expect(checkInsIn(await fakeBrowser.storage.local.get(null)).days).toEqual([]);
});
