import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as NewTab } from '@/entrypoints/newtab/App';
import { App as Popup } from '@/entrypoints/popup/App';
import { drawFirstFrame } from '@/utils/first-frame/first-frame';
import { readSnapshot, SNAPSHOT_KEY } from '@/utils/first-frame/page-snapshot';
import type { SearchQuery } from '@/utils/browser/search';
import { whereabouts } from '@/utils/days/travel';
import { rotationOn, sampleTip } from './fixtures';

const TODAY = '2026-11-25';

const searchField = () => screen.getByTestId<HTMLInputElement>('search');
const type = (text: string) => fireEvent.input(searchField(), { target: { value: text } });
const submit = () => fireEvent.submit(searchField().form!);

/** The browser's own search, which Closer hands her words to. */
const spyOnSearch = () => vi.spyOn(fakeBrowser.search, 'query').mockResolvedValue(undefined);

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
    await new Promise((resolve) => setTimeout(resolve, 50)); // storage has answered
    expect(searchField().value).toBe('science fair ideas');

    submit();
    expect(query).toHaveBeenCalledExactlyOnceWith({ text: 'science fair ideas', disposition: 'CURRENT_TAB' });
    // What she typed is never kept in the copy for the next page.
    expect(localStorage.getItem(SNAPSHOT_KEY)).not.toContain('science fair');
  });
});
