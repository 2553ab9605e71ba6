/**
 * Makes the README's screenshots and the stores' pictures from the real Chrome build:
 * `npm run screenshots`. A mother four days into a streak (her longest run was nine days).
 * - docs/: the new tab (light, dark), the popup, the welcome page's two questions and the
 *   settings page, as they are.
 * - docs/store/: 1280×800 screenshots, each with a short caption (the new tab, light and dark;
 *   the popup at twice its size from a sharp capture, under a toolbar with the real badge),
 *   and Chrome's 440×280 promo tile. The frames use Closer's own tokens.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, newProfileDir, type ChromiumWithCloser } from '../tests/e2e/chromium';
import { chooseFileInPage, inPage } from '../tests/e2e/in-page';
import { zonedDay } from '../tests/e2e/zoned-time';

const TIME_ZONE = 'Europe/London';
const OUT = 'docs';
const STORE = `${OUT}/store`;
/** The sharp capture of the popup, a step on the way to the store's picture. */
const SHARP_POPUP = path.join(mkdtempSync(path.join(tmpdir(), 'closer-screenshots-')), 'popup@2x.png');
const TOKENS = readFileSync('assets/styles/tokens.css', 'utf8');
const ICON = readFileSync('assets/icon/closer.svg', 'utf8');

const offsets = [-14, -13, -12, -11, -10, -9, -8, -7, -6, /* a day off */ -4, -3, -2, -1];
const days = offsets.map((offset) => zonedDay(TIME_ZONE, offset));

const png = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

/** A page of Closer's paper and type, `width`×`height`, holding `body`. */
async function framed(closer: ChromiumWithCloser, width: number, height: number, body: string, file: string) {
  const page = await closer.context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setContent(`<style>${TOKENS}
    body { margin: 0; height: 100vh; overflow: hidden; background: var(--paper); color: var(--ink);
           font: 16px/1.45 var(--font-ui); }
    h1 { margin: 0; font: 600 40px/1.15 var(--font-display); }
    p { margin: 0; color: var(--muted); font-size: 21px; }
  </style><body>${body}</body>`);
  await page.screenshot({ path: file });
  await page.close();
}

/** A screenshot with its caption above it, shrunk to fit 1280×800 (never enlarged). */
function captioned(caption: string, detail: string, image: string, imageWidth: number) {
  return `<div style="height:100%;display:grid;grid-template-rows:auto 1fr;gap:24px;padding:40px 64px 0;box-sizing:border-box">
      <div style="display:grid;gap:8px;text-align:center"><h1>${caption}</h1><p>${detail}</p></div>
      <div style="display:grid;justify-items:center;align-items:start;min-height:0">
        <img src="${image}" style="width:${imageWidth}px;border-radius:14px 14px 0 0;border:1px solid var(--line);border-bottom:0">
      </div></div>`;
}

async function ready(page: Page) {
  await page.waitForFunction(() => document.querySelector('[data-testid="streak"]')?.textContent);
}

/** The popup at its real size, as the browser opens it: 22rem wide, as tall as what it shows (its line about the day and the links at its foot included). */
async function popupSized(page: Page): Promise<number> {
  await page.setViewportSize({ width: 352, height: 430 });
  await ready(page);
  await page.waitForSelector('body > .page-links a');
  // Checked in, the popup asks for her line about the day: measured with it.
  if (await page.$('[data-testid="checkin"][aria-pressed="true"]')) await page.waitForSelector('.note-line');
  const height = Math.ceil(await page.evaluate(() => document.body.getBoundingClientRect().height));
  await page.setViewportSize({ width: 352, height });
  console.log(`popup ${await page.evaluate(() => document.documentElement.lang)}: ${height} px tall`);
  return height;
}

const closer = (await launchChromium({
  profileDir: newProfileDir(),
  timeZone: TIME_ZONE,
  install: true,
})) as ChromiumWithCloser;
try {
  await closer.writeStorage({ checkIns: { days } });
  mkdirSync(STORE, { recursive: true });

  for (const scheme of ['light', 'dark'] as const) {
    const { page: newTab } = await closer.openNewTab();
    await newTab.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await newTab.setViewportSize({ width: 1280, height: 800 });
    await ready(newTab);
    await newTab.screenshot({ path: `${OUT}/newtab-${scheme}.png` });
    await newTab.close();
  }
  await framed(
    closer,
    1280,
    800,
    captioned(
      'One small step toward your son, on every new tab',
      'A warm, concrete idea for today, and a gentle count of the days you connected.',
      png(`${OUT}/newtab-light.png`),
      1000,
    ),
    `${STORE}/1-new-tab-light.png`,
  );
  await framed(
    closer,
    1280,
    800,
    captioned(
      'Calm by day and by night',
      'It follows your system’s light or dark setting. Nothing you do leaves your browser.',
      png(`${OUT}/newtab-dark.png`),
      1000,
    ),
    `${STORE}/2-new-tab-dark.png`,
  );

  // The popup, checked in: for the README as it is, and captured at twice the pixels for the store.
  const { page: popup } = await closer.openPopup();
  await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await popupSized(popup);
  await popup.getByTestId('checkin').click();
  await popup.waitForSelector('[data-testid="checkin"][aria-pressed="true"]');
  await popup.waitForTimeout(500);
  // Measured again once checked in: her line about the day has come in under the count.
  const popupHeight = await popupSized(popup);
  await popup.screenshot({ path: `${OUT}/popup.png` });
  const cdp = await closer.context.newCDPSession(popup);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 352,
    height: popupHeight,
    deviceScaleFactor: 2,
    mobile: false,
  });
  // Straight from the protocol: Playwright's own screenshot would put its 1x metrics back first.
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  writeFileSync(SHARP_POPUP, Buffer.from(data, 'base64'));
  await popup.close();

  // The badge as Closer set it, on a toolbar drawn in Closer's colours.
  const badge = await closer.readBadge();
  const [r, g, b] = badge.color;
  await framed(
    closer,
    1280,
    800,
    `<div style="height:100%;display:grid;grid-template-columns:1fr 704px;align-items:center;gap:56px;padding:0 64px">
      <div style="display:grid;gap:16px"><h1>Did we connect today?</h1>
        <p>One click in the toolbar when you have had your moment together. The badge keeps a gentle count of your days in a row, and never scolds.</p></div>
      <div style="position:relative;align-self:start;margin-top:64px">
        <div style="display:flex;align-items:center;gap:14px;height:56px;padding:0 16px;border-radius:14px;background:var(--card);border:1px solid var(--line)">
          <div style="flex:1;height:34px;border-radius:17px;background:var(--paper)"></div>
          <div title="${badge.title}" style="position:relative;width:32px;height:32px">${ICON.replace('<svg ', '<svg width="32" height="32" ')}
            <span style="position:absolute;right:-8px;bottom:-6px;min-width:18px;padding:0 4px;border-radius:9px;background:rgb(${r} ${g} ${b});color:#fff;font:700 12px/18px var(--font-ui);text-align:center">${badge.text}</span>
          </div>
        </div>
        <img src="${png(SHARP_POPUP)}" style="position:absolute;right:0;top:72px;width:${Math.round(352 * Math.min(1.5, 600 / popupHeight))}px;border-radius:12px;border:1px solid var(--line)">
      </div></div>`,
    `${STORE}/3-popup.png`,
  );

  // For the README: the first new tab after an update (the two questions, as a card above
  // today's tip), then the welcome page's questions, answered, and the settings page.
  await closer.writeStorage({
    settings: { version: 1, sons: [], way: 'both', moreThemes: [], fewerThemes: [], asked: false },
  });
  const { page: updated } = await closer.openNewTab();
  await updated.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await updated.setViewportSize({ width: 1280, height: 900 });
  await updated.getByTestId('questions').waitFor();
  await updated.screenshot({ path: `${OUT}/newtab-questions.png` });
  await updated.getByRole('button', { name: 'Not now' }).click();
  await updated.close();
  const welcome = await closer.context.newPage();
  await welcome.setViewportSize({ width: 1280, height: 900 });
  await welcome.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await welcome.goto(`${closer.origin}/welcome.html`);
  await welcome.getByRole('button', { name: '13 to 19' }).click();
  await welcome.getByRole('button', { name: 'We show it' }).click();
  await welcome.getByText(/^Thank you\./).waitFor();
  await welcome.screenshot({ path: `${OUT}/welcome.png` });
  await welcome.close();
  const settings = await closer.context.newPage();
  await settings.setViewportSize({ width: 1280, height: 1000 });
  await settings.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await settings.goto(`${closer.origin}/options.html`);
  await settings.fill('#son-name', 'Daniel');
  await settings.press('#son-name', 'Tab');
  await settings.getByText('Saved.', { exact: true }).waitFor();
  await settings.screenshot({ path: `${OUT}/settings.png` });
  await settings.close();

  // "Not for us" on the new tab, its undo offered; then her library, a tip open whole, and the shelf.
  const { page: setAside } = await closer.openNewTab();
  await setAside.setViewportSize({ width: 1280, height: 800 });
  await setAside.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await ready(setAside);
  await setAside.getByTestId('favourite').click();
  await setAside.getByTestId('not-for-us').click();
  await setAside.getByTestId('undo-not-for-us').waitFor();
  await setAside.mouse.move(0, 0);
  await setAside.screenshot({ path: `${OUT}/newtab-not-for-us.png` });
  await setAside.close();
  const library = await closer.context.newPage();
  await library.setViewportSize({ width: 1280, height: 1000 });
  await library.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await library.goto(`${closer.origin}/library.html`);
  await library.waitForSelector('#set-aside-title');
  await library.screenshot({ path: `${OUT}/library.png` });
  await library.locator('#shelf details[data-moment="hard-times"] summary').click();
  await library.locator('#shelf').scrollIntoViewIfNeeded();
  await library.screenshot({ path: `${OUT}/library-shelf.png` });
  await library.locator('#shelf details[data-moment="hard-times"] .tip-link').first().click();
  await library.getByTestId('tip-dialog').waitFor();
  await library.screenshot({ path: `${OUT}/library-tip.png` });
  await library.close();
  await daysAndBackup(closer);

  // Chrome's small promo tile.
  await framed(
    closer,
    440,
    280,
    `<div style="height:100%;display:grid;align-content:center;gap:14px;padding:0 36px;position:relative;overflow:hidden">
      <div style="position:absolute;width:210px;height:210px;border-radius:50%;background:var(--motif-large);right:-60px;top:-50px"></div>
      <div style="position:absolute;width:120px;height:120px;border-radius:50%;background:var(--motif-small);right:-30px;top:120px"></div>
      <div style="position:relative;display:flex;align-items:center;gap:14px">${ICON.replace('<svg ', '<svg width="56" height="56" ')}
        <span style="font:600 40px/1 var(--font-display)">Closer</span></div>
      <p style="position:relative;font-size:20px;color:var(--ink);max-width:17em">One small step a day to grow close to your son.</p>
    </div>`,
    `${STORE}/promo-440x280.png`,
  );
  console.log(`Screenshots written to ${OUT}/ and ${STORE}/`);
} finally {
  await closer.close();
}

// For the README: the new tab and the popup in Japanese and in Russian, each in a browser that speaks it.
for (const language of ['ja', 'ru']) {
  const speaking = (await launchChromium({
    profileDir: newProfileDir(),
    timeZone: language === 'ja' ? 'Asia/Tokyo' : 'Europe/Moscow',
    install: true,
    language,
  })) as ChromiumWithCloser;
  try {
    await speaking.writeStorage({ checkIns: { days } });
    const { page: newTab } = await speaking.openNewTab();
    await newTab.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await newTab.setViewportSize({ width: 1280, height: 800 });
    await ready(newTab);
    await newTab.screenshot({ path: `${OUT}/newtab-${language}.png` });
    await newTab.close();
    const { page: popup } = await speaking.openPopup();
    await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await popupSized(popup);
    await popup.getByTestId('checkin').click();
    await popup.waitForSelector('[data-testid="checkin"][aria-pressed="true"]');
    await popup.waitForTimeout(500);
    await popupSized(popup);
    await popup.screenshot({ path: `${OUT}/popup-${language}.png` });
    await popup.close();
  } finally {
    await speaking.close();
  }
}
console.log(`Japanese and Russian screenshots written to ${OUT}/`);

/**
 * Her days in her library (six weeks of check-ins with a few missed, a week he was away, lines
 * about some days, one chosen), and Settings' backup with a file's preview open.
 */
async function daysAndBackup(browser: ChromiumWithCloser) {
  const day = (n: number) => zonedDay(TIME_ZONE, n);
  const missed = new Set([-3, -9, -10, -26, -33]);
  const away = Array.from({ length: 7 }, (_, n) => -20 + n);
  const connected = Array.from({ length: 42 }, (_, n) => -41 + n).filter((n) => !missed.has(n) && !away.includes(n));
  const notes = {
    [day(-1)]: 'We fixed his bike and he let me hold the wrench.',
    [day(-6)]: 'Cocoa after football.',
    [day(-14)]: 'He called on his own, just to talk.',
  };
  await browser.writeStorage({
    checkIns: { days: connected.map(day) },
    away: { spans: [{ from: day(-20), to: day(-14) }] },
    notes: { days: notes },
  });
  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1280, height: 1100 });
  await library.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await library.goto(`${browser.origin}/library.html`);
  await library.waitForSelector('#days-title');
  await library.locator(`#days button[data-day="${day(-1)}"]`).click();
  await library.locator('#days').screenshot({ path: `${OUT}/library-days.png` });
  await library.close();

  const settings = await browser.context.newPage();
  await settings.setViewportSize({ width: 1280, height: 1000 });
  await settings.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await settings.goto(`${browser.origin}/options.html`);
  const file = {
    format: 'closer-backup',
    version: 1,
    exported: new Date().toISOString(),
    items: {
      checkIns: { days: [-52, -51, -50, -48, -47, -3].map(day) },
      notes: { days: { [day(-50)]: 'Pancakes, his recipe.', [day(-1)]: 'A walk by the river.' } },
    },
  };
  await settings.getByTestId('import-file').waitFor({ state: 'attached' });
  await settings.evaluate(
    inPage(chooseFileInPage, '[data-testid="import-file"]', 'closer-backup.json', JSON.stringify(file)),
  );
  await settings.getByTestId('import-preview').waitFor();
  await settings.getByTestId('import-preview').scrollIntoViewIfNeeded();
  await settings.locator('.backup').screenshot({ path: `${OUT}/settings-backup.png` });
  await settings.close();
}
