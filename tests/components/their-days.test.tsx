import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import tipsFile from '@/assets/tips/en.json';
import { App } from '@/entrypoints/library/App';
import { addDays, type Day } from '@/utils/days/day';
import { isPendingKey, parsePending, type PendingClick } from '@/utils/storage/pending';

/*
 * Their days, on her library page: where she stands above the calendar, a day she forgot
 * recorded from the calendar, her line about a day, and "he's away" — each stored as a click
 * for the background, and shown at once.
 */
const TODAY: Day = '2026-12-04';
const back = (n: number) => addDays(TODAY, -n);

async function storedClicks(): Promise<PendingClick[]> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.keys(all)
    .filter(isPendingKey)
    .sort()
    .map((key) => parsePending(all[key])!);
}

async function openDays(values: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(values);
  render(<App year={2026} language="en" />);
  await screen.findByRole('heading', { level: 2, name: 'Your days' });
  return document.getElementById('days')!;
}

const dayButton = (day: Day) => document.querySelector<HTMLButtonElement>(`button[data-day="${day}"]`)!;

beforeEach(() => {
  fakeBrowser.reset();
  // The page reads this clock, in the zone vitest.config.ts sets.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 4, 15, 30));
  vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.resolve(new Response(JSON.stringify(tipsFile))));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('their days on the library page', () => {
  it('shows the streak, the longest run and "of the last 30" above a calendar of this month', async () => {
    const days = [back(40), back(39), back(38), back(37), back(3), back(2), back(1)];
    const section = await openDays({ checkIns: { days } });
    expect(within(section).getByTestId('days-streak').textContent).toBe('3 days in a row');
    expect(within(section).getByTestId('days-longest').textContent).toBe('Longest run: 4 days');
    expect(within(section).getByTestId('last-thirty').textContent).toBe('3 of the last 30 days');
    expect(dayButton('2026-12-01')).toBeTruthy();
    expect(dayButton('2026-12-31')).toBeTruthy();
  });

  it('counts no zeros twice: the longest run only when it says more than the current one', async () => {
    const fresh = await openDays({});
    expect(within(fresh).getByTestId('days-streak').textContent).toBe('0 days so far');
    expect(within(fresh).queryByTestId('days-longest')).toBeNull();
    expect(within(fresh).getByTestId('days-counts').textContent).not.toMatch(/Longest/);
  });

  it('leaves the longest run out while the current run is the longest', async () => {
    const section = await openDays({ checkIns: { days: [back(2), back(1), TODAY] } });
    expect(within(section).getByTestId('days-streak').textContent).toBe('3 days in a row');
    expect(within(section).queryByTestId('days-longest')).toBeNull();
  });

  it('records yesterday, forgotten, from the calendar: stored for the background, and the streak follows at once', async () => {
    const section = await openDays({ checkIns: { days: [back(3), back(2), TODAY] } });
    fireEvent.click(dayButton(back(1)));
    fireEvent.click(within(section).getByTestId('day-connected'));
    await waitFor(async () =>
      expect(await storedClicks()).toEqual([
        expect.objectContaining({ type: 'check-in', day: back(1), intent: 'record' }),
      ]),
    );
    await waitFor(() => expect(within(section).getByTestId('days-streak').textContent).toBe('4 days in a row'));
  });

  it('asks first before changing a day more than a week ago', async () => {
    const section = await openDays({ checkIns: { days: [TODAY] } });
    fireEvent.click(within(section).getByTestId('calendar-prev'));
    await waitFor(() => expect(dayButton(back(8))).toBeTruthy());
    fireEvent.click(dayButton(back(8)));
    fireEvent.click(within(section).getByTestId('day-connected'));
    expect(await storedClicks()).toEqual([]);
    fireEvent.click(within(section).getByTestId('day-confirm'));
    await waitFor(async () =>
      expect(await storedClicks()).toEqual([expect.objectContaining({ type: 'check-in', day: back(8) })]),
    );
  });

  it('keeps her line about a day as she types it, over what the page last saw there', async () => {
    const section = await openDays({ checkIns: { days: [TODAY] }, notes: { days: { [TODAY]: 'Cards' } } });
    const field = (await within(section).findByTestId('day-note')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'Cards and cocoa' } });
    await waitFor(async () =>
      expect(await storedClicks()).toEqual([
        expect.objectContaining({ type: 'note', on: TODAY, text: 'Cards and cocoa', was: 'Cards' }),
      ]),
    );
  });

  it('marks him away from a day ahead, and offers to call it off', async () => {
    const section = await openDays({});
    fireEvent.input(within(section).getByTestId('away-from'), { target: { value: '2026-12-20' } });
    fireEvent.input(within(section).getByTestId('away-to'), { target: { value: '2026-12-27' } });
    fireEvent.click(within(section).getByTestId('away-start'));
    await waitFor(async () =>
      expect(await storedClicks()).toEqual([
        expect.objectContaining({ type: 'away', intent: 'start', from: '2026-12-20', to: '2026-12-27' }),
      ]),
    );
    // The background's word: the span is stored.
    await fakeBrowser.storage.local.set({ away: { spans: [{ from: '2026-12-20', to: '2026-12-27' }] } });
    await waitFor(() => expect(within(section).getByTestId('away-now').textContent).toContain('December 20'));
    expect(within(section).getByTestId('away-end').textContent).toBe('Call it off');
  });

  it('says what is wrong with a span that ends before it begins, and stores nothing', async () => {
    const section = await openDays({});
    fireEvent.input(within(section).getByTestId('away-to'), { target: { value: back(3) } });
    fireEvent.click(within(section).getByTestId('away-start'));
    expect(within(section).getByTestId('away-problem').textContent).toBe('The last day can’t come before the first.');
    expect(await storedClicks()).toEqual([]);
  });
});
