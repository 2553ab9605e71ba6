/**
 * Makes the README's screenshots from the real Chrome build: `npm run screenshots`.
 * A mother four days into a streak (her longest run was nine days), today still open.
 */
import { launchChromium, newProfileDir, type ChromiumWithCloser } from '../tests/e2e/chromium';
import { zonedDay } from '../tests/e2e/zoned-time';

const TIME_ZONE = 'Europe/London';
const OUT = 'docs';

const offsets = [-14, -13, -12, -11, -10, -9, -8, -7, -6, /* a day off */ -4, -3, -2, -1];
const days = offsets.map((offset) => zonedDay(TIME_ZONE, offset));
const closer = (await launchChromium({
  profileDir: newProfileDir(),
  timeZone: TIME_ZONE,
  install: true,
})) as ChromiumWithCloser;
try {
  await closer.writeStorage({ checkIns: { days } });

  for (const scheme of ['light', 'dark'] as const) {
    const { page: newTab } = await closer.openNewTab();
    await newTab.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await newTab.setViewportSize({ width: 1280, height: 800 });
    await newTab.waitForFunction(() => document.querySelector('[data-testid="streak"]')?.textContent);
    await newTab.screenshot({ path: `${OUT}/newtab-${scheme}.png` });
    await newTab.close();
  }

  const { page: popup } = await closer.openPopup();
  await popup.emulateMedia({ reducedMotion: 'reduce' });
  await popup.setViewportSize({ width: 352, height: 380 });
  await popup.getByTestId('checkin').click();
  await popup.waitForSelector('[data-testid="checkin"][aria-pressed="true"]');
  await popup.screenshot({ path: `${OUT}/popup.png` });
  console.log(`Screenshots written to ${OUT}/`);
} finally {
  await closer.close();
}
