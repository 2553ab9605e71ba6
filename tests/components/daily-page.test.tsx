import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as NewTab } from '@/entrypoints/newtab/App';
import notice from '@/entrypoints/notice';
import { App as Popup } from '@/entrypoints/popup/App';
import { checkInsIn } from '@/utils/first-frame/daily-values';
import { parseRequest, REFRESH_REQUEST } from '@/utils/storage/messages';
import { drawFirstFrame } from '@/utils/first-frame/first-frame';
import { readSnapshot, SNAPSHOT_KEY } from '@/utils/first-frame/page-snapshot';
import { isPendingKey } from '@/utils/storage/pending';
import { createSerialQueue } from '@/utils/storage/serially';
import type { SearchQuery } from '@/utils/browser/search';
import { settleClicks } from '@/utils/background/settle-clicks';
import { dismissSetAsideNotice } from '@/utils/storage/storage';
import { whereabouts } from '@/utils/days/travel';
import { rotationOn, sampleTip } from './fixtures';
import { writeCopy } from '../support/copy';

/** The status regions that say something (the new tab keeps one silent, for the word after “not for us”). */
const speaking = () => screen.getAllByRole('status').filter((region) => region.textContent !== '');

const TODAY = '2026-11-25';
const YESTERDAY = '2026-11-24';
const stored = () => fakeBrowser.storage.local.get(null);
const checkin = () => screen.getByTestId('checkin');

/** What the first-frame script is given, as entrypoints/first-frame.ts gives it, with a spy on its saves. */
function firstFrameParts() {
  const save = vi.fn<(items: Record<string, unknown>) => Promise<void>>((items) =>
    fakeBrowser.storage.local.set(items),
  );
  const search = vi.fn<(query: SearchQuery) => Promise<void>>((query) => fakeBrowser.search.query(query));
  return { save, now: () => whereabouts(new Date()), nonce: () => 'first-frame', search };
}

beforeEach(() => {
  // The background's part, without its daily pass: it applies the clicks pages store, one pass at a time.
  const serially = createSerialQueue();
  fakeBrowser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some(isPendingKey)) void serially(settleClicks);
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseRequest(message);
    if (request?.type === 'closer:dismiss-notice') return dismissSetAsideNotice();
    return undefined;
  });
  // Half past three in the afternoon, local time: the pages read this clock.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date(2026, 10, 25, 15, 30));
});

afterEach(() => {
  vi.useRealTimers();
  for (const script of document.head.querySelectorAll('script')) script.remove();
});

describe.each([
  ['new tab', NewTab],
  ['popup', Popup],
])('the %s', (_, Page) => {
  it('shows today’s tip and streak from storage, and records and undoes today', async () => {
    await fakeBrowser.storage.local.set({
      rotation: rotationOn(TODAY),
      checkIns: { days: [YESTERDAY] },
      checkIns$: { v: 2 },
    });
    render(<Page />);
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));
    expect(screen.getByTestId('streak').textContent).toBe('1 day so far');
    const before = await stored();

    fireEvent.click(checkin());
    expect(checkin().getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () => expect((await stored()).checkIns).toMatchObject({ days: [YESTERDAY, TODAY] }));
    expect(screen.getByTestId('streak').textContent).toBe('2 days in a row');
    expect(screen.getByTestId('longest-streak').textContent).toBe('Longest run: 2 days');

    fireEvent.click(checkin());
    await waitFor(async () => expect(await stored()).toEqual(before));
    expect(checkin().getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps today’s tip among her favourites with its heart, with the words she saw, and lets it go', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
    render(<Page />);
    const heart = await screen.findByTestId('favourite');
    expect(heart.tagName).toBe('BUTTON');
    expect(heart.getAttribute('aria-pressed')).toBe('false');
    expect(heart.getAttribute('aria-label')).toBe('Keep this tip among your favourites');

    fireEvent.click(heart);
    expect(screen.getByTestId('favourite').getAttribute('aria-pressed')).toBe('true');
    await waitFor(async () =>
      expect((await stored()).favourites).toEqual({
        tips: [
          {
            id: sampleTip.id,
            headline: sampleTip.headline,
            body: sampleTip.body,
            theme: sampleTip.theme,
            keptOn: TODAY,
          },
        ],
      }),
    );
    // The background removes the click once it has applied it (just after writing the favourites).
    await waitFor(async () => expect(Object.keys(await stored()).filter(isPendingKey)).toEqual([]));

    fireEvent.click(screen.getByTestId('favourite'));
    expect(screen.getByTestId('favourite').getAttribute('aria-pressed')).toBe('false');
    await waitFor(async () => expect((await stored()).favourites).toEqual({ tips: [] }));
    expect(checkin().getAttribute('aria-pressed')).toBe('false');
  });

  it('follows a check-in made on another page', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
    render(<Page />);
    await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));
    await fakeBrowser.storage.local.set({ checkIns: { days: [TODAY] } });
    await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByTestId('streak').textContent).toBe('1 day so far');
  });

  it('asks the background for today’s tip when it has none, and shows it when it lands', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Page />);
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith(REFRESH_REQUEST));
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY) });
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
  });

  it('asks again every two seconds while no tip for today comes (a background that missed the first word)', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Page />);
    await waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(1));
    await vi.advanceTimersByTimeAsync(2_100);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY) });
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    await vi.advanceTimersByTimeAsync(4_500);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('keeps showing the tip with a calm word when her check-ins cannot be read', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: 'garbled' });
    render(<Page />);
    // The notice is a script of its own, loaded for her alone, as the page's app loads it.
    await waitFor(() => expect(document.head.querySelector('script[src="/notice.js"]')).not.toBeNull());
    await notice.main();
    await waitFor(() => expect(speaking()[0]?.textContent).toContain('kept a copy aside, untouched'));
    expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline);
    expect(screen.getByTestId('streak').textContent).toBe('0 days so far');

    fireEvent.click(checkin());
    await waitFor(async () => expect((await stored()).checkIns).toMatchObject({ days: [TODAY] }));
    expect(Object.values(await stored())).toContainEqual({ value: 'garbled', from: 'checkIns' });

    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    await waitFor(() =>
      expect(screen.queryAllByRole('status').filter((region) => region.textContent !== '')).toEqual([]),
    );
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
  expect(screen.getByTestId('streak').textContent).toBe('1 day so far');
  expect(sendMessage).toHaveBeenCalledWith(REFRESH_REQUEST);
});

/**
 * A page's HTML less what only its app draws, never its first frame: the new tab's row of
 * shortcuts (its links would need `href`), in a place of fixed height drawn empty.
 */
function drawnPart(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  copy.querySelector('.shortcuts')?.replaceChildren();
  return copy.innerHTML;
}

describe.each([
  ['new tab', NewTab, 'newtab'],
  ['popup', Popup, 'popup'],
] as const)('the %s, opened after another page', (_, Page, page) => {
  /** The page's root as its HTML has it. */
  function appRoot(): HTMLElement {
    const root = document.createElement('div');
    root.id = 'app';
    root.dataset.page = page;
    return document.body.appendChild(root);
  }

  it('is drawn by the first-frame script as the last one drew it, and the app takes it over unchanged', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [YESTERDAY] } });
    const first = render(<Page />, { container: appRoot() });
    await waitFor(() => expect(readSnapshot(localStorage)?.drawn[page]).toBeDefined());
    const drawnByApp = drawnPart(first.container);
    first.unmount();
    first.container.remove();

    const root = appRoot();
    const parts = firstFrameParts();
    const takeOver = drawFirstFrame({ page, root, store: localStorage, today: TODAY, ...parts });
    expect(root.innerHTML).toBe(drawnByApp);
    const title = root.querySelector('[data-testid="tip-title"]');
    const button = root.querySelector('[data-testid="checkin"]');
    const search = root.querySelector('[data-testid="search"]');
    expect(search !== null).toBe(page === 'newtab');

    takeOver!();
    render(<Page />, { container: root });
    expect(drawnPart(root)).toBe(drawnByApp);
    expect(root.querySelector('[data-testid="tip-title"]')).toBe(title); // the same nodes, not new ones
    expect(checkin()).toBe(button);
    expect(root.querySelector('[data-testid="search"]')).toBe(search);
    fireEvent.click(checkin());
    await waitFor(async () => expect((await stored()).checkIns).toMatchObject({ days: [YESTERDAY, TODAY] }));
    expect(parts.save).not.toHaveBeenCalled();
  });

  it('takes over a click made before it loaded', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [YESTERDAY] } });
    const first = render(<Page />, { container: appRoot() });
    await waitFor(() => expect(readSnapshot(localStorage)?.drawn[page]).toBeDefined());
    first.unmount();
    first.container.remove();

    const root = appRoot();
    const takeOver = drawFirstFrame({
      page,
      root,
      store: localStorage,
      today: TODAY,
      ...firstFrameParts(),
    });
    fireEvent.click(root.querySelector('[data-testid="checkin"]')!);
    takeOver!();
    render(<Page />, { container: root });
    expect(checkin().getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('streak').textContent).toBe('2 days in a row');
    await waitFor(async () => expect((await stored()).checkIns).toMatchObject({ days: [YESTERDAY, TODAY] }));
    expect(checkin().getAttribute('aria-pressed')).toBe('true');
    // The drawings the page keeps after its paint land here, not in the next test's copy.
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('keeps no drawing while today’s tip is not settled, or after a failed save', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(YESTERDAY), checkIns: { days: [] } });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    render(<Page />, { container: appRoot() });
    await waitFor(() => expect(readSnapshot(localStorage)).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readSnapshot(localStorage)?.drawn).toEqual({});
  });

  const lastShown = () => JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null') as { values: object } | null;

  it('draws today’s tip and check-in in its very first render, from what the last page showed', async () => {
    writeCopy(localStorage, { rotation: rotationOn(TODAY), checkIns: { days: [YESTERDAY, TODAY] } });
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [YESTERDAY, TODAY] } });
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    render(<Page />);
    // No waiting: storage has not answered yet.
    expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline);
    expect(checkin().getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('streak').textContent).toBe('2 days in a row');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('shows storage’s word once it answers, when the copy was behind', async () => {
    writeCopy(localStorage, { rotation: rotationOn(TODAY), checkIns: { days: [] } });
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [TODAY] } });
    render(<Page />);
    expect(checkin().getAttribute('aria-pressed')).toBe('false');
    await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('true'));
    expect(lastShown()?.values).toMatchObject({ checkIns: { days: [TODAY] } });
  });

  it('does not show another day’s copy: it waits for storage and today’s tip', async () => {
    const yesterdaysTip = { ...sampleTip, id: 'play-yesterday', headline: 'Yesterday’s tip' };
    writeCopy(localStorage, { rotation: rotationOn(YESTERDAY, yesterdaysTip), checkIns: { days: [] } });
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
    render(<Page />);
    expect(screen.queryByTestId('tip-title')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, values: { rotation: rotationOn(TODAY) } })],
    ['a junk rotation', JSON.stringify({ version: 1, values: { rotation: { day: TODAY, tip: 'x' } } })],
  ])('ignores a copy that is %s, and replaces it with what it shows', async (__, raw) => {
    localStorage.setItem(SNAPSHOT_KEY, raw);
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
    render(<Page />);
    expect(screen.queryByTestId('tip-title')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    expect(lastShown()?.values).toMatchObject({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
  });

  it('leaves a click’s result for the next page at once, before the background has answered', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
    render(<Page />);
    await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockReturnValue(new Promise(() => undefined));
    fireEvent.click(checkin());
    expect(checkInsIn(lastShown()!.values as Record<string, unknown>).days).toEqual([TODAY]);
  });

  it('keeps working where localStorage refuses (site data blocked)', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
    render(<Page />);
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    fireEvent.click(checkin());
    await waitFor(async () => expect((await stored()).checkIns).toMatchObject({ days: [TODAY] }));
  });
});

it('after a click in the popup, the next new tab’s first frame draws the clicked day', async () => {
  await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [YESTERDAY] } });
  const appRoot = (page: string) => {
    const root = document.createElement('div');
    root.id = 'app';
    root.dataset.page = page;
    return document.body.appendChild(root);
  };
  const newTab = render(<NewTab />, { container: appRoot('newtab') });
  await waitFor(() => expect(readSnapshot(localStorage)?.drawn.newtab).toHaveLength(2));
  newTab.unmount();
  newTab.container.remove();

  const popup = render(<Popup />, { container: appRoot('popup') });
  await waitFor(() => expect(checkin().getAttribute('aria-pressed')).toBe('false'));
  fireEvent.click(checkin());
  popup.unmount(); // closed at once
  popup.container.remove();

  const root = appRoot('newtab');
  expect(
    drawFirstFrame({
      page: 'newtab',
      root,
      store: localStorage,
      today: TODAY,
      ...firstFrameParts(),
    }),
  ).toBeDefined();
  expect(root.querySelector('[data-testid="checkin"]')?.getAttribute('aria-pressed')).toBe('true');
  expect(root.querySelector('[data-testid="streak"]')?.textContent).toBe('2 days in a row');
});

describe('the new tab alone', () => {
  it('sets today’s tip aside with “not for us”, offers to undo it, and undoes it', async () => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
    // Within the page: a first frame drawn by an earlier test may still be in the document.
    const page = within(render(<NewTab />).container as HTMLElement);
    fireEvent.click(await page.findByTestId('not-for-us'));
    const words = { id: sampleTip.id, headline: sampleTip.headline, body: sampleTip.body, theme: sampleTip.theme };
    await waitFor(async () => expect((await stored()).notForUs).toEqual({ tips: [{ ...words, setAsideOn: TODAY }] }));
    expect(speaking()[0]?.textContent).toContain('won’t come again');

    fireEvent.click(page.getByTestId('undo-not-for-us'));
    await waitFor(async () => expect((await stored()).notForUs).toEqual({ tips: [] }));
    expect(speaking()).toEqual([]);
    expect(Object.keys(await stored()).filter(isPendingKey)).toEqual([]);
  });
});
