import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as Welcome } from '@/entrypoints/welcome/App';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

describe('the welcome page', () => {
  it('says what Closer is, how to pin it, and that nothing leaves the browser, in its root `welcome`', () => {
    const { container } = render(<Welcome family="chrome" year={2026} />);
    const root = container.querySelector('#welcome');
    expect(root?.getAttribute('data-testid')).toBe('welcome');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Closer');
    expect(
      screen
        .getAllByRole('listitem')
        .slice(0, 3)
        .map((line) => line.textContent),
    ).toEqual([
      'Every new tab brings one small tip: something to do or notice with your son today.',
      'When you two connect, click Closer’s icon in the toolbar to say so.',
      'The icon keeps a gentle count of your days in a row. It never scolds.',
    ]);
    expect(screen.getByRole('heading', { name: 'Keep your run in sight' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Yours alone' })).toBeTruthy();
    expect(screen.getByText(/^Nothing leaves your browser\./)).toBeTruthy();
    expect(screen.getByText(/^Nothing to set up\./)).toBeTruthy();
  });

  it.each([
    ['chrome', 'In Chrome', ['Click the puzzle piece at the top right.', 'Click the pin beside Closer.'], 'In Firefox'],
    [
      'firefox',
      'In Firefox',
      [
        'Click the extensions button, the puzzle piece at the top right.',
        'Click the gear beside Closer.',
        'Click “Pin to Toolbar”.',
      ],
      'In Chrome',
    ],
  ] as const)('in %s, shows its own way to pin first, with a picture and steps', (family, own, steps, other) => {
    const { container } = render(<Welcome family={family} year={2026} />);
    const guide = screen.getByRole('region', { name: own });
    expect(guide.querySelector('svg')).toBeTruthy();
    expect([...guide.querySelectorAll('ol > li')].map((step) => step.textContent)).toEqual(steps);
    expect(screen.queryByRole('heading', { name: other })).toBeNull();
    expect(container.querySelectorAll('svg.pin-picture')).toHaveLength(2);
  });

  it.each([
    ['chrome', 'Using Firefox? See where to click', 'In Firefox'],
    ['firefox', 'Using Chrome? See where to click', 'In Chrome'],
  ] as const)('in %s, a toggle shows and hides the other browser’s way', (family, toggleName, other) => {
    render(<Welcome family={family} year={2026} />);
    const toggle = screen.getByRole('button', { name: toggleName });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { name: other })).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('heading', { name: other })).toBeNull();
  });

  it('opens a new tab, which is Closer’s, for today’s tip, and stores nothing', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    render(<Welcome family="chrome" year={2026} />);
    const button = screen.getByRole('button', { name: 'Open today’s tip' });
    expect(button.tagName).toBe('BUTTON');

    fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: /See where to click/ }));

    expect(create).toHaveBeenCalledExactlyOnceWith({});
    expect(set).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
  });
});

describe('her most visited sites, offered on the welcome page', () => {
  it('turned on: the browser asks her within the click, her choice is kept, and the button turns to hide them', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    render(<Welcome family="chrome" year={2026} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show my most visited sites' }));
    expect(request).toHaveBeenCalledWith({ permissions: ['topSites'] });
    expect(await screen.findByText(/^Done: they are on your new tab/)).toBeTruthy();
    expect(await fakeBrowser.storage.local.get('shortcuts')).toEqual({ shortcuts: { version: 1, show: true } });
    expect(screen.getByRole('button', { name: 'Hide my most visited sites' })).toBeTruthy();
  });

  it('refused: nothing changes, and a quiet line says so', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    render(<Welcome family="firefox" year={2026} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show my most visited sites' }));
    expect(await screen.findByText('Nothing changed: your sites stay hidden.')).toBeTruthy();
    expect(await fakeBrowser.storage.local.get('shortcuts')).toEqual({});
  });

  it('already on (she came back to the page): it offers to hide them, and hiding gives the permission back', async () => {
    await fakeBrowser.storage.local.set({ shortcuts: { version: 1, show: true } });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    render(<Welcome family="chrome" year={2026} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Hide my most visited sites' }));
    expect(await screen.findByRole('button', { name: 'Show my most visited sites' })).toBeTruthy();
    expect(remove).toHaveBeenCalledWith({ permissions: ['topSites'] });
    expect(await fakeBrowser.storage.local.get('shortcuts')).toEqual({ shortcuts: { version: 1, show: false } });
  });
});

describe('the two questions on the welcome page', () => {
  const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

  it('are answered in two clicks, each saved at once: his age and her way', async () => {
    render(<Welcome family="chrome" year={2026} />);
    fireEvent.click(await screen.findByRole('button', { name: '13 to 19' }));
    await expect.poll(stored).toMatchObject({ sons: [{ birthYear: 2010 }], way: 'both', asked: true });
    fireEvent.click(screen.getByRole('button', { name: 'We show it' }));
    await expect.poll(stored).toMatchObject({ sons: [{ birthYear: 2010 }], way: 'deeds', asked: true });
    expect(await screen.findByText(/^Thank you\. Today’s tip already fits/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '13 to 19' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull();
  });

  it('"Not now" keeps every tip and every way, and they are not asked again', async () => {
    render(<Welcome family="firefox" year={2026} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await expect.poll(stored).toEqual({ ...DEFAULT_SETTINGS, asked: true });
    expect(await screen.findByText(/^That’s fine: every tip comes your way\./)).toBeTruthy();
  });
});
