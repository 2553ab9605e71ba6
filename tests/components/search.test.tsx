import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as NewTab } from '@/entrypoints/newtab/App';
import { App as Popup } from '@/entrypoints/popup/App';
import { drawFirstFrame } from '@/utils/first-frame';
import { readSnapshot, SNAPSHOT_KEY } from '@/utils/page-snapshot';
import type { SearchQuery } from '@/utils/search';
import { SHORTCUTS_KEY } from '@/utils/shortcuts';
import { whereabouts } from '@/utils/travel';
import { rotationOn, sampleTip } from './fixtures';

const TODAY = '2026-11-25';
const SHOW = 'Show my most visited sites';
const HIDE = 'Hide my most visited sites';
const TOP_SITES = [
  { url: 'https://www.example.com/', title: 'Morning News' },
  { url: 'https://school.example.org/timetable', title: '' },
  { url: 'chrome://settings/', title: 'Settings' },
];

const searchField = () => screen.getByTestId<HTMLInputElement>('search');
const type = (text: string) => fireEvent.input(searchField(), { target: { value: text } });
const submit = () => fireEvent.submit(searchField().form!);
const stored = () => fakeBrowser.storage.local.get(null);

/** The browser's own search, which Closer hands her words to. */
const spyOnSearch = () => vi.spyOn(fakeBrowser.search, 'query').mockResolvedValue(undefined);

/** The permission's answer when she asks, what the browser holds now, and her top sites. */
function fakePermission({ answer, granted = false }: { answer: boolean; granted?: boolean }) {
  const get = vi.fn<() => Promise<Array<{ url: string; title: string }>>>(() => Promise.resolve(TOP_SITES));
  // The fake browser has no topSites: the real one has it only while the permission is granted.
  Object.assign(fakeBrowser, { topSites: { get } });
  return {
    request: vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(answer),
    contains: vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted),
    remove: vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true),
    get,
  };
}

beforeEach(async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 15, 30));
  await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the search field on the new tab', () => {
  it('searches with her browser’s own search, in this tab, when she presses Enter', async () => {
    const query = spyOnSearch();
    render(<NewTab />);
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    type('  how to talk to a teenager ');
    submit();
    expect(query).toHaveBeenCalledExactlyOnceWith({ text: 'how to talk to a teenager', disposition: 'CURRENT_TAB' });
  });

  it.each(['', '   '])('does nothing for an empty field (%j)', (text) => {
    const query = spyOnSearch();
    render(<NewTab />);
    type(text);
    expect(submit()).toBe(false); // default prevented: the page does not reload either
    expect(query).not.toHaveBeenCalled();
  });

  it('is a labelled search field in a search form, and does not take the focus', () => {
    render(<NewTab />);
    expect(screen.getByRole('search').contains(searchField())).toBe(true);
    expect(screen.getByRole('searchbox', { name: 'Search the web' })).toBe(searchField());
    expect(searchField().hasAttribute('autofocus')).toBe(false);
    expect(document.activeElement).not.toBe(searchField());
  });

  it('is there before storage answers, and not on the popup', async () => {
    const { unmount } = render(<NewTab />);
    expect(searchField()).toBeTruthy(); // no waiting
    unmount();
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    expect(screen.queryByTestId('search')).toBeNull();
  });

  it('keeps what she typed before the app took over, in the same field, and searches it', async () => {
    const query = spyOnSearch();
    const first = render(<NewTab />);
    await waitFor(() => expect(readSnapshot(localStorage)?.drawn.newtab).toHaveLength(2));
    first.unmount();

    const root = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'app' }));
    const takeOver = drawFirstFrame({
      page: 'newtab',
      root,
      store: localStorage,
      today: TODAY,
      save: (items) => fakeBrowser.storage.local.set(items),
      now: () => whereabouts(new Date()),
      nonce: () => 'first-frame',
      search: (q: SearchQuery) => fakeBrowser.search.query(q),
    });
    const drawnField = root.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    drawnField.focus();
    fireEvent.input(drawnField, { target: { value: 'science fair ideas' } });

    takeOver!();
    render(<NewTab />, { container: root });
    expect(searchField()).toBe(drawnField);
    expect(searchField().value).toBe('science fair ideas');
    expect(document.activeElement).toBe(drawnField);
    await waitFor(() => expect(screen.getByRole('button', { name: SHOW })).toBeTruthy());
    expect(searchField().value).toBe('science fair ideas');

    submit();
    expect(query).toHaveBeenCalledExactlyOnceWith({ text: 'science fair ideas', disposition: 'CURRENT_TAB' });
    // What she typed is never kept in the copy for the next page.
    expect(localStorage.getItem(SNAPSHOT_KEY)).not.toContain('science fair');
  });
});

describe('her most visited sites, only if she turns them on', () => {
  it('asks for the permission when she clicks, then shows her sites as links and remembers her choice', async () => {
    const permission = fakePermission({ answer: true });
    render(<NewTab />);
    fireEvent.click(await screen.findByRole('button', { name: SHOW }));
    // Asked within her click: both browsers show their prompt only there.
    expect(permission.request).toHaveBeenCalledExactlyOnceWith({ permissions: ['topSites'] });

    const links = await screen.findAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['EMorning News', 'https://www.example.com/'],
      ['Sschool.example.org', 'https://school.example.org/timetable'],
    ]);
    expect(screen.getByRole('link', { name: 'Morning News' })).toBeTruthy(); // the letter tile is not read out
    expect(screen.getByRole('navigation', { name: 'Your most visited sites' })).toBeTruthy();
    expect((await stored())[SHORTCUTS_KEY]).toEqual({ version: 1, show: true });
    expect(screen.getByRole('button', { name: HIDE })).toBeTruthy();
  });

  it('changes nothing when the permission is refused, and says so quietly', async () => {
    const permission = fakePermission({ answer: false });
    render(<NewTab />);
    fireEvent.click(await screen.findByRole('button', { name: SHOW }));
    await waitFor(() => expect(screen.getByText('Nothing changed: your sites stay hidden.')).toBeTruthy());
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.getByRole('button', { name: SHOW })).toBeTruthy();
    expect(permission.get).not.toHaveBeenCalled();
    expect((await stored())[SHORTCUTS_KEY]).toBeUndefined();
  });

  it('changes nothing when the browser refuses to ask (an error)', async () => {
    const permission = fakePermission({ answer: true });
    permission.request.mockRejectedValue(new Error('permissions.request may only be called from a user input handler'));
    render(<NewTab />);
    fireEvent.click(await screen.findByRole('button', { name: SHOW }));
    await waitFor(() => expect(screen.getByText('Nothing changed: your sites stay hidden.')).toBeTruthy());
    expect((await stored())[SHORTCUTS_KEY]).toBeUndefined();
  });

  it('turns off again: the links go, the choice is stored and the permission given back', async () => {
    await fakeBrowser.storage.local.set({ [SHORTCUTS_KEY]: { version: 1, show: true } });
    const permission = fakePermission({ answer: true, granted: true });
    render(<NewTab />);
    await screen.findByRole('link', { name: 'Morning News' });
    expect(permission.request).not.toHaveBeenCalled(); // on from before: no asking again

    fireEvent.click(screen.getByRole('button', { name: HIDE }));
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(permission.remove).toHaveBeenCalledExactlyOnceWith({ permissions: ['topSites'] });
    await waitFor(async () => expect((await stored())[SHORTCUTS_KEY]).toEqual({ version: 1, show: false }));
    expect(screen.getByRole('button', { name: SHOW })).toBeTruthy();
  });

  it('is off when the permission was taken back in the browser’s settings', async () => {
    await fakeBrowser.storage.local.set({ [SHORTCUTS_KEY]: { version: 1, show: true } });
    const permission = fakePermission({ answer: true, granted: false });
    render(<NewTab />);
    await screen.findByRole('button', { name: SHOW });
    expect(permission.get).not.toHaveBeenCalled();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it.each([
    ['junk', 'garbled'],
    ['another version', { version: 2, show: true }],
  ])('is off, asking nothing, when the stored choice is %s', async (_, value) => {
    await fakeBrowser.storage.local.set({ [SHORTCUTS_KEY]: value });
    const permission = fakePermission({ answer: true, granted: true });
    render(<NewTab />);
    await screen.findByRole('button', { name: SHOW });
    expect(permission.contains).not.toHaveBeenCalled();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('says where her sites will be when the browser has none yet', async () => {
    const permission = fakePermission({ answer: true });
    permission.get.mockResolvedValue([]);
    render(<NewTab />);
    fireEvent.click(await screen.findByRole('button', { name: SHOW }));
    expect(await screen.findByText('Your most visited sites will appear here as you browse.')).toBeTruthy();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('never puts her sites in the drawing kept for the next page’s first frame', async () => {
    await fakeBrowser.storage.local.set({ [SHORTCUTS_KEY]: { version: 1, show: true } });
    fakePermission({ answer: true, granted: true });
    render(<NewTab />);
    await screen.findByRole('link', { name: 'Morning News' });
    await waitFor(() => expect(readSnapshot(localStorage)?.drawn.newtab).toHaveLength(2));
    const copy = localStorage.getItem(SNAPSHOT_KEY)!;
    expect(copy).toContain('"data-testid":"search"');
    expect(copy).not.toContain('example');
    expect(copy).not.toContain(SHOW);
  });
});
