import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as SettingsPage } from '@/entrypoints/options/App';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

const YEAR = 2026;
const stored = async () => (await fakeBrowser.storage.local.get('settings')).settings;

/** Types `value` into `input` and leaves the field, as she does. */
function type(input: HTMLElement, value: string) {
  fireEvent.input(input, { target: { value } });
  fireEvent.change(input, { target: { value } });
}

async function openPage() {
  const view = render(<SettingsPage year={YEAR} />);
  await screen.findByRole('heading', { name: 'Closer settings' });
  return view;
}

describe('the settings page', () => {
  it('has the fields the acceptance contract names, labelled', async () => {
    await openPage();
    expect(screen.getByLabelText('Year he was born').id).toBe('son-birth-year');
    expect((screen.getByLabelText('Year he was born') as HTMLInputElement).type).toBe('number');
    expect(screen.getByLabelText('He is grown up and lives away from home').id).toBe('son-away');
    expect(screen.getAllByRole('radio', { name: /^(In words|In deeds|Both)/ }).map((radio) => radio.id)).toEqual([
      'way-words',
      'way-deeds',
      'way-both',
    ]);
    expect((screen.getByLabelText(/^Both/) as HTMLInputElement).checked).toBe(true);
  });

  it('saves each change as she makes it: his birth year, his name, her way, a theme', async () => {
    await openPage();
    type(screen.getByLabelText('Year he was born'), '2010');
    expect(await screen.findByText('Saved.')).toBeTruthy();
    type(screen.getByLabelText('His first name (if you like)'), 'Daniel');
    fireEvent.click(screen.getByLabelText(/^In deeds/));
    fireEvent.click(within(screen.getByRole('group', { name: 'Listen' })).getByRole('radio', { name: 'More' }));
    await expect.poll(stored).toMatchObject({
      version: 1,
      sons: [{ birthYear: 2010, name: 'Daniel' }],
      way: 'deeds',
      moreThemes: ['listen'],
      asked: true,
    });
    expect((screen.getByLabelText('Or his age today') as HTMLInputElement).value).toBe('16');
  });

  it('derives his birth year from his age today', async () => {
    await openPage();
    type(screen.getByLabelText('Or his age today'), '30');
    await expect.poll(stored).toMatchObject({ sons: [{ birthYear: 1996 }] });
    fireEvent.click(screen.getByLabelText('He is grown up and lives away from home'));
    await expect.poll(stored).toMatchObject({ sons: [{ birthYear: 1996, away: true }] });
  });

  it.each([
    ['2031', 'That year hasn’t come yet. Please check his birth year.'],
    ['1890', 'Please enter a year from 1920 on.'],
  ])('refuses the birth year %s with a clear message, and changes nothing', async (typed, message) => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, sons: [{ birthYear: 2012 }], asked: true },
    });
    await openPage();
    type(await screen.findByDisplayValue('2012'), typed);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, sons: [{ birthYear: 2012 }], asked: true });
  });

  it('refuses a name over 40 characters, and changes nothing', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, sons: [{ birthYear: 2012 }], asked: true },
    });
    await openPage();
    type(screen.getByLabelText('His first name (if you like)'), 'x'.repeat(41));
    expect(await screen.findByText('Please keep his name to 40 characters.')).toBeTruthy();
    expect(((await stored()) as { sons: unknown }).sons).toEqual([{ birthYear: 2012 }]);
  });

  it('takes a second son, and forgets him again', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, sons: [{ birthYear: 2012 }], asked: true },
    });
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add another son' }));
    const years = screen.getAllByLabelText('Year he was born');
    expect(years).toHaveLength(2);
    type(years[1]!, '2019');
    await expect.poll(stored).toMatchObject({ sons: [{ birthYear: 2012 }, { birthYear: 2019 }] });
    fireEvent.click(screen.getByRole('button', { name: 'Forget this son' }));
    await expect.poll(stored).toMatchObject({ sons: [{ birthYear: 2012 }] });
  });

  it('shows the defaults when what is stored can’t be read, and writes nothing until she changes something', async () => {
    await fakeBrowser.storage.local.set({ settings: 'junk' });
    await openPage();
    expect((screen.getByLabelText(/^Both/) as HTMLInputElement).checked).toBe(true);
    expect(await stored()).toBe('junk');
  });
});
