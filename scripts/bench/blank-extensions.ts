import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A page with one heading and no script: the fastest an extension page can be. */
const blankPage = (title: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>${title}</title>
  </head>
  <body>
    <h1 elementtiming="tip-title">A blank page to compare with</h1>
  </body>
</html>
`;

export const BLANK_NEW_TAB = 'bench-blank-newtab.html';
export const BLANK_POPUP = 'bench-blank-popup.html';

/**
 * A copy of Closer's build with a blank popup page beside its own, so both are loaded from
 * the same extension, in the same way, in the same session.
 */
export function buildWithBlankPopup(build: string, into: string): string {
  const dir = path.join(into, 'closer-with-blank-popup');
  cpSync(build, dir, { recursive: true });
  writeFileSync(path.join(dir, BLANK_POPUP), blankPage('Blank popup'));
  return dir;
}

/**
 * An extension whose new tab is the blank page, so it is opened exactly as Closer's is
 * (`chrome://newtab`): the browser resolves an override differently from a typed URL. Like
 * Closer it has a service worker, so its process is as alive as Closer's between loads
 * (without one, every blank tab would pay for starting a process, and flatter Closer).
 */
export function blankNewTabExtension(into: string): string {
  const dir = path.join(into, 'blank-new-tab');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Blank new tab',
      version: '1.0',
      chrome_url_overrides: { newtab: BLANK_NEW_TAB },
      background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(path.join(dir, BLANK_NEW_TAB), blankPage('New Tab'));
  writeFileSync(path.join(dir, 'background.js'), 'chrome.runtime.onInstalled.addListener(() => {});\n');
  return dir;
}

/** An extension that only sets its badge when its service worker starts: the fastest a badge can be right. */
export function blankBadgeExtension(into: string): string {
  const dir = path.join(into, 'blank-badge');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Blank badge',
      version: '1.0',
      action: {},
      background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(
    path.join(dir, 'background.js'),
    "chrome.runtime.onStartup.addListener(() => {});\nchrome.action.setBadgeText({ text: '1' });\n",
  );
  return dir;
}
