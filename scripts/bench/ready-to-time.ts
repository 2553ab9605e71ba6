import type { BrowserContext } from 'playwright-core';
import type { ChromiumWithCloser } from '../../tests/e2e/chromium';

/** Runs `probe` in every page of `context` before the page's own scripts. */
export async function probeEveryPage(context: BrowserContext, probe: () => void): Promise<void> {
  // esbuild's keepNames wraps inner functions in __name(): give the page one.
  await context.addInitScript({ content: `var __name = (f) => f; (${probe.toString()})();` });
}

/**
 * After an install: a first new tab, so the background settles today's tip and the worker is
 * warm, then the welcome page every install opens closed, or Closer's browser would carry one
 * more page than the others through every load.
 */
export async function settleAfterInstall(closer: ChromiumWithCloser): Promise<void> {
  await (await closer.openNewTab()).close();
  for (const page of closer.context.pages()) if (page.url().endsWith('/welcome.html')) await page.close();
}
