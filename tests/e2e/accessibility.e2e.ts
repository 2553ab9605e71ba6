import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, newProfileDir, type ChromiumWithCloser } from './chromium';
import { LIBRARY_WHOLE, readPageStateInPage } from './driver';

let closer: ChromiumWithCloser;

beforeAll(async () => {
  closer = (await launchChromium({
    profileDir: newProfileDir(),
    timeZone: 'Europe/Paris',
    install: true,
  })) as ChromiumWithCloser;
});
afterAll(() => closer?.close());

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it.each(['new tab', 'popup'])(
    'the %s has no accessibility violations, before and after checking in',
    async (name) => {
      const { page } = name === 'new tab' ? await closer.openNewTab() : await closer.openPopup();
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await expect.poll(async () => (await page.evaluate(readPageStateInPage)).pressed).not.toBeNull();
      // The new tab's search field is checked with the rest of the page.
      if (name === 'new tab') await page.getByTestId('search').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('checkin').click();
      await expect.poll(async () => (await page.evaluate(readPageStateInPage)).pressed).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('checkin').click();
      await expect.poll(async () => (await page.evaluate(readPageStateInPage)).pressed).toBe('false');
      await page.close();
    },
  );
});

describe.each(['light', 'dark'] as const)('the welcome page in %s mode', (colorScheme) => {
  it('has no accessibility violations, with one browser’s way to pin and with both', async () => {
    const page = await closer.context.newPage();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto(`${closer.origin}/welcome.html`);
    await page.waitForSelector('#welcome[data-testid="welcome"]');
    expect(await axeViolations(page)).toEqual([]);
    const toggle = page.getByRole('button', { name: /See where to click/ });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

it('the welcome page works from the keyboard alone, with a visible focus ring', async () => {
  const page = await closer.context.newPage();
  await page.goto(`${closer.origin}/welcome.html`);
  await page.waitForSelector('#welcome[data-testid="welcome"]');
  const focused = () =>
    page.evaluate(() => ({
      name: document.activeElement?.textContent,
      expanded: document.activeElement?.getAttribute('aria-expanded'),
      pressed: document.activeElement?.getAttribute('aria-pressed'),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
  /** Tabs forward to the control named `name`, every stop on the way with a visible focus ring. */
  async function tabTo(name: string) {
    for (let stop = 0; stop < 20; stop++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      expect(now.outline, `the focus ring on "${now.name}"`).toBe('solid');
      if (now.name === name) return now;
    }
    throw new Error(`Tab never reached "${name}"`);
  }
  // The two questions first: each answered with Enter.
  await tabTo('13 to 19');
  await page.keyboard.press('Enter');
  await expect.poll(focused).toMatchObject({ pressed: 'true' });
  await tabTo('We show it');
  await page.keyboard.press('Enter');
  await expect.poll(focused).toMatchObject({ pressed: 'true' });
  // Then her first tip's button, under the questions as it is on screen; then how to pin the icon, and her sites.
  await tabTo('Open today’s tip');
  expect(await tabTo('Using Firefox? See where to click')).toMatchObject({ expanded: 'false' });
  await page.keyboard.press('Enter');
  await expect.poll(focused).toMatchObject({ expanded: 'true' });
  await tabTo('Show my most visited sites');
  // Back to the button, and Enter opens her first tip.
  for (let stop = 0; stop < 20 && (await focused()).name !== 'Open today’s tip'; stop++)
    await page.keyboard.press('Shift+Tab');
  const opened = closer.context.waitForEvent('page');
  await page.keyboard.press('Enter');
  await opened;
  await page.close();
});

it('works from the keyboard alone, with a visible focus ring', async () => {
  const { page } = await closer.openNewTab();
  await expect.poll(async () => (await page.evaluate(readPageStateInPage)).pressed).toBe('false');
  const focused = () =>
    page.evaluate(() => ({
      name:
        document.activeElement === document.body
          ? 'nothing'
          : (document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent),
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
  // Nothing takes the focus from the address bar; the links to her library and settings come
  // first (once the app has added them), then the search field.
  await page.waitForSelector('.masthead a');
  expect((await focused()).name).toBe('nothing');
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ name: 'Your library', outline: 'solid' });
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ name: 'Settings', outline: 'solid' });
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ name: 'search', outline: 'solid' });
  // In reading order: the heart on the tip's first line, "Another tip for today" and "Not for
  // us" under it, then the check-in. The heart keeps her tip with Space, and lets it go with Enter.
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ name: 'favourite', outline: 'solid' });
  await page.keyboard.press('Space');
  await expect.poll(async () => (await page.evaluate(readPageStateInPage)).favourite).toBe('true');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await page.evaluate(readPageStateInPage)).favourite).toBe('false');
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ name: 'another-tip', outline: 'solid' });
  // "Not for us" next: Enter sets the tip aside, the undo comes next in order, and undoing
  // brings her back to "Not for us", with the tip back.
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ name: 'not-for-us', outline: 'solid' });
  const tip = (await page.evaluate(readPageStateInPage)).tip;
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await page.evaluate(readPageStateInPage)).tip).not.toBe(tip);
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ name: 'undo-not-for-us', outline: 'solid' });
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await page.evaluate(readPageStateInPage)).tip).toBe(tip);
  expect(await focused()).toEqual({ name: 'not-for-us', outline: 'solid' });
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ name: 'checkin', outline: 'solid' });
  await page.keyboard.press('Space');
  await expect.poll(async () => (await page.evaluate(readPageStateInPage)).pressed).toBe('true');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await page.evaluate(readPageStateInPage)).pressed).toBe('false');
});

it('the check-in moment moves only when she welcomes motion', async () => {
  const { page } = await closer.openNewTab();
  const durations = () =>
    page.evaluate(() =>
      ['.checkin-mark', '.checkin-button'].map(
        (part) => getComputedStyle(document.querySelector(part)!).transitionDuration,
      ),
    );
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await durations()).toEqual(['0.42s', '0.42s']);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await durations()).toEqual(['0s', '0s']);
  await page.close();
});

describe.each(['light', 'dark'] as const)('the settings page in %s mode', (colorScheme) => {
  it('has no accessibility violations, with a refused value’s message showing too', async () => {
    const page = await closer.context.newPage();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto(`${closer.origin}/options.html`);
    await page.waitForSelector('#son-birth-year');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#son-birth-year', '2999');
    await page.press('#son-birth-year', 'Tab');
    await page.waitForSelector('.status.problem');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

it('the settings page works from the keyboard alone, with a visible focus ring', async () => {
  const page = await closer.context.newPage();
  await page.goto(`${closer.origin}/options.html`);
  await page.waitForSelector('#son-birth-year');
  const focused = () =>
    page.evaluate(() => ({
      id: document.activeElement?.id,
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
  // The masthead's links first (back to today's tip, her library), as on her other pages; then
  // her language (each language named in itself, so she finds hers in any), then her son.
  await page.waitForSelector('.masthead a');
  for (const href of ['/newtab.html', '/library.html']) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
  }
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ id: 'language', outline: 'solid' });
  await page.keyboard.press('Tab');
  expect(await focused()).toEqual({ id: 'son-birth-year', outline: 'solid' });
  await page.keyboard.type('2001');
  for (const id of ['son-age', 'son-name', 'son-away']) {
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ id, outline: 'solid' });
  }
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // Add another son
  // Into her way: the focus lands on the checked choice; the arrows move it, and choose.
  await page.keyboard.press('Tab');
  expect((await focused()).id).toMatch(/^way-/);
  for (let step = 0; step < 3 && (await focused()).id !== 'way-deeds'; step++) await page.keyboard.press('ArrowDown');
  expect(await focused()).toEqual({ id: 'way-deeds', outline: 'solid' });
  await expect
    .poll(async () => (await closer.readStorage()).settings)
    .toMatchObject({ sons: [{ birthYear: 2001, away: true }], way: 'deeds' });
  await page.close();
});

describe.each(['light', 'dark'] as const)(
  'the two questions on the new tab, after an update, in %s mode',
  (colorScheme) => {
    it('have no accessibility violations, open and answered, and work from the keyboard', async () => {
      // What an update from a version without settings leaves (tests/background/background.test.ts).
      await closer.writeStorage({
        settings: { version: 1, sons: [], way: 'both', moreThemes: [], fewerThemes: [], asked: false },
      });
      const { page } = await closer.openNewTab();
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.getByTestId('questions').waitFor();
      await page.getByTestId('search').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('answer-school').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('answer-words').focus();
      await page.keyboard.press('Space');
      await page.getByText(/^Thank you\./).waitFor(); // the thank-you, not a tip that says it
      // Her focus is on the thank-you that took the card's place, not lost to the page.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  },
);

describe.each(['light', 'dark'] as const)('her library in %s mode', (colorScheme) => {
  it('has no accessibility violations: its lists, a theme opened, a search, and a tip open whole', async () => {
    const page = await closer.context.newPage();
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto(`${closer.origin}/library.html`);
    await page.waitForSelector('#set-aside-title');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#every-tip summary').first().click();
    await page.getByTestId('library-search').fill('walk');
    await page.locator('#every-tip .tip-link').first().click();
    await page.getByTestId('tip-dialog').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.close();
  });
});

it('her library works from the keyboard alone, with a visible focus ring', async () => {
  const page = await closer.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${closer.origin}/library.html`);
  await page.waitForSelector('#set-aside-title');
  const focused = () =>
    page.evaluate(() => ({
      text: document.activeElement?.textContent,
      testid: document.activeElement?.getAttribute('data-testid') ?? null,
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
  // Into "Every tip": its search field, a theme opened with Enter, its first tip opened with Enter.
  await page.getByTestId('library-search').focus();
  await page.keyboard.type('walk');
  expect(await focused()).toMatchObject({ testid: 'library-search', outline: 'solid' });
  await page.keyboard.press('Tab');
  expect(await focused()).toMatchObject({ testid: 'fits-him', outline: 'solid' });
  await page.keyboard.press('Tab');
  expect((await focused()).outline).toBe('solid'); // the first theme's summary (open: she searched)
  await page.keyboard.press('Tab');
  const link = await focused();
  expect(link.outline).toBe('solid');
  await page.keyboard.press('Enter');
  await page.getByTestId('tip-dialog').waitFor();
  expect(await page.locator('#dialog-title').textContent()).toBe(link.text);
  // In the dialog: the heart first, pressed with Space; Escape closes it, back to the tip she opened.
  await expect.poll(async () => (await focused()).testid).toBe('dialog-favourite');
  await page.keyboard.press('Space');
  await expect.poll(() => page.getByTestId('dialog-favourite').getAttribute('aria-pressed')).toBe('true');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('tip-dialog').isVisible()).toBe(false);
  expect((await focused()).text).toBe(link.text);
  await expect.poll(() => page.locator('#favourites').textContent()).toContain(link.text);
  await page.close();
});

describe.sequential.each(['ja', 'ru'])('with the browser in %s', (language) => {
  let speaking: ChromiumWithCloser;
  beforeAll(async () => {
    speaking = (await launchChromium({
      profileDir: newProfileDir(),
      timeZone: 'Asia/Tokyo',
      install: true,
      language,
    })) as ChromiumWithCloser;
  });
  afterAll(() => speaking?.close());

  it.each(['light', 'dark'] as const)(
    'the new tab, the popup, the settings and her library have no accessibility violations (%s)',
    async (colorScheme) => {
      const pages = [
        (await speaking.openNewTab()).page,
        (await speaking.openPopup()).page,
        (await speaking.openPage('options.html', '#settings h1')).page,
        (await speaking.openPage('library.html', LIBRARY_WHOLE)).page,
      ];
      for (const page of pages) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      }
    },
  );
});
