import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_BUILD, launchChromium, newProfileDir } from '../../tests/e2e/chromium';
import { blankBadgeExtension } from './blank-extensions';

/** From launch to the badge showing the stored streak, over real restarts. */
export async function badgeAfterRestart(restarts: number, timeZone: string): Promise<Record<string, number[]>> {
  const work = mkdtempSync(path.join(tmpdir(), 'closer-bench-'));
  const candidates = { Closer: CHROME_BUILD, 'blank badge': blankBadgeExtension(work) };
  const profiles = Object.fromEntries(Object.keys(candidates).map((name) => [name, newProfileDir()]));
  for (const [name, extensionDir] of Object.entries(candidates)) {
    const first = await launchChromium({ profileDir: profiles[name]!, timeZone, install: true, extensionDir });
    if (name === 'Closer') await (await first.openNewTab()).clickCheckIn(); // a streak to show
    await new Promise((resolve) => setTimeout(resolve, 500));
    await first.close();
  }
  const times: Record<string, number[]> = { Closer: [], 'blank badge': [] };
  for (let i = 0; i < restarts; i++)
    for (const [name, extensionDir] of Object.entries(candidates)) {
      const started = performance.now();
      const browser = await launchChromium({ profileDir: profiles[name]!, timeZone, install: false, extensionDir });
      const inspector = await browser.inspector();
      await inspector.waitForFunction(async () => (await chrome.action.getBadgeText({})) !== '', null, { polling: 5 });
      times[name]!.push(performance.now() - started);
      await browser.close();
    }
  return times;
}
