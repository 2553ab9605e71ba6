import { render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as NewTab } from '@/entrypoints/newtab/App';
import { App as Popup } from '@/entrypoints/popup/App';
import { rotationOn, sampleTip } from './fixtures';

// Half past three in the afternoon in the tests' zone (UTC-11): already the 26th in UTC.
const TODAY = '2026-11-25';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 15, 30));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('today’s tip on each page', () => {
  it.each([
    ['new tab', true, NewTab],
    ['popup', false, Popup],
  ])('the %s shows the headline, and the body: %s', async (_, withBody, Page) => {
    await fakeBrowser.storage.local.set({ rotation: rotationOn(TODAY), checkIns: { days: [] } });
    const { container } = render(<Page />);
    await waitFor(() => expect(screen.getByTestId('tip-title').textContent).toBe(sampleTip.headline));
    expect(container.querySelector('.tip-theme')?.textContent).toBe('Today’s small step\u00a0· Listen');
    expect(container.querySelector('.tip-body')?.textContent).toBe(withBody ? sampleTip.body : undefined);
    expect(container.textContent?.includes(sampleTip.body)).toBe(withBody);
  });
});
