import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const HEADING = 'A blank page to compare with';

/** A page with one heading and no script: the fastest an extension page can be. */
const blankPage = (title: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>${title}</title>
  </head>
  <body>
    <h1 elementtiming="tip-title">${HEADING}</h1>
  </body>
</html>
`;

/**
 * The blank page with its heading drawn by one tiny script instead: the fastest a page can be
 * that must run a script to know today's tip (Manifest V3 lets extension pages run no inline
 * script, so that script is a file to fetch). The floor for Closer's pages, measured in the
 * same run.
 */
const scriptedBlankPage = (title: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script src="/${SCRIPTED_BLANK_SCRIPT}" defer></script>
    <title>${title}</title>
  </head>
  <body></body>
</html>
`;

/** Reads `localStorage` as Closer's first frame does, then draws the heading. */
const scriptedBlankScript = `const heading = document.createElement('h1');
heading.setAttribute('elementtiming', 'tip-title');
heading.textContent = localStorage.getItem('bench.heading') ?? ${JSON.stringify(HEADING)};
document.body.append(heading);
`;

// "bench-blank" in a page's name tells the probe it is a blank page (it clicks the heading).
export const BLANK_NEW_TAB = 'bench-blank-newtab.html';
export const BLANK_POPUP = 'bench-blank-popup.html';
export const SCRIPTED_BLANK_NEW_TAB = 'bench-blank-scripted-newtab.html';
export const SCRIPTED_BLANK_POPUP = 'bench-blank-scripted-popup.html';
const SCRIPTED_BLANK_SCRIPT = 'bench-blank-scripted.js';

/**
 * A copy of Closer's build with the blank popup pages (without and with a script) beside its
 * own, so all are loaded from the same extension, in the same way, in the same session.
 */
export function buildWithBlankPopups(build: string, into: string): string {
  const dir = path.join(into, 'closer-with-blank-popups');
  cpSync(build, dir, { recursive: true });
  writeFileSync(path.join(dir, BLANK_POPUP), blankPage('Blank popup'));
  writeFileSync(path.join(dir, SCRIPTED_BLANK_POPUP), scriptedBlankPage('Blank popup'));
  writeFileSync(path.join(dir, SCRIPTED_BLANK_SCRIPT), scriptedBlankScript);
  return dir;
}

/**
 * An extension whose new tab is the blank page (`scripted`: the blank page drawn by a script),
 * so it is opened exactly as Closer's is (`chrome://newtab`): the browser resolves an override
 * differently from a typed URL. Like Closer it has a service worker, so its process is as
 * alive as Closer's between loads (without one, every blank tab would pay for starting a
 * process, and flatter Closer).
 */
export function blankNewTabExtension(into: string, { scripted = false } = {}): string {
  const page = scripted ? SCRIPTED_BLANK_NEW_TAB : BLANK_NEW_TAB;
  const dir = path.join(into, scripted ? 'scripted-blank-new-tab' : 'blank-new-tab');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: scripted ? 'Scripted blank new tab' : 'Blank new tab',
      version: '1.0',
      chrome_url_overrides: { newtab: page },
      background: { service_worker: 'background.js' },
    }),
  );
  writeFileSync(path.join(dir, page), (scripted ? scriptedBlankPage : blankPage)('New Tab'));
  if (scripted) writeFileSync(path.join(dir, SCRIPTED_BLANK_SCRIPT), scriptedBlankScript);
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
