/**
 * Makes the README's screenshots and the stores' (1280×800, in docs/store/) from the real
 * Chrome build: `npm run screenshots`.
 * A mother four days into a streak (her longest run was nine days), today still open.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
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

  mkdirSync(`${OUT}/store`, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    const { page: newTab } = await closer.openNewTab();
    await newTab.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await newTab.setViewportSize({ width: 1280, height: 800 });
    await newTab.waitForFunction(() => document.querySelector('[data-testid="streak"]')?.textContent);
    await newTab.screenshot({ path: `${OUT}/newtab-${scheme}.png` });
    copyFileSync(`${OUT}/newtab-${scheme}.png`, `${OUT}/store/${scheme === 'light' ? 1 : 2}-new-tab-${scheme}.png`);
    await newTab.close();
  }

  const { page: popup } = await closer.openPopup();
  await popup.emulateMedia({ reducedMotion: 'reduce' });
  await popup.setViewportSize({ width: 352, height: 380 });
  await popup.getByTestId('checkin').click();
  await popup.waitForSelector('[data-testid="checkin"][aria-pressed="true"]');
  await popup.screenshot({ path: `${OUT}/popup.png` });

  // The store wants 1280×800: the popup, framed on Closer's own paper with a line about it.
  const framed = await closer.context.newPage();
  await framed.setViewportSize({ width: 1280, height: 800 });
  const popupImage = readFileSync(`${OUT}/popup.png`).toString('base64');
  await framed.setContent(`
    <body style="margin:0;height:100vh;display:grid;grid-template-columns:1fr 1fr;align-items:center;
                 background:#f3e9dd;font-family:system-ui,'Noto Sans',sans-serif;color:#2d2420">
      <div style="padding:0 4rem 0 6rem">
        <p style="font-size:2.6rem;font-weight:700;line-height:1.2;margin:0 0 1rem">Did we connect today?</p>
        <p style="font-size:1.4rem;line-height:1.5;margin:0">One click in the toolbar. The badge keeps a gentle count of your days in a row.</p>
      </div>
      <img src="data:image/png;base64,${popupImage}" style="width:440px;border-radius:16px;
           box-shadow:0 20px 60px rgb(70 40 25 / 25%)">
    </body>`);
  await framed.screenshot({ path: `${OUT}/store/3-popup.png` });
  console.log(`Screenshots written to ${OUT}/ and ${OUT}/store/`);
} finally {
  await closer.close();
}
