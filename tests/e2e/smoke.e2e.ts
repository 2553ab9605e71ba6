import { it, expect } from 'vitest';
import { launchChromium, newProfileDir } from '/work/main/tests/e2e/chromium';
it('smoke', async () => {
  const b = await launchChromium({ profileDir: newProfileDir(), timeZone: 'America/New_York', loadExtension: true });
  const tab = await b.openNewTab();
  await tab.waitForFunction(() => document.querySelector('[data-testid=tip-title]')?.textContent?.length);
  await tab.screenshot({ path: '/tmp/newtab.png' });
  const insp = await b.inspector();
  console.log(await b.readBadge(insp), JSON.stringify(await b.readStorage(insp)).slice(0, 300));
  const pop = await b.openPopup();
  await pop.setViewportSize({ width: 360, height: 420 });
  await pop.getByTestId('checkin').click();
  await tab.waitForSelector('[data-testid=checkin][aria-pressed=true]');
  await pop.screenshot({ path: '/tmp/popup.png' });
  await new Promise(r => setTimeout(r, 300));
  console.log(await b.readBadge(insp));
  await b.close();
}, 60000);
