import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stampScriptStart } from './page-probe';

const HEADING = 'A blank page to compare with';

/**
 * The pages Closer's are compared with: `blank`, one heading and no script, the fastest an
 * extension page can be; `scripted`, the heading drawn by a one-line script instead, the
 * fastest a page can be that must run a script to know today's tip (Manifest V3 lets
 * extension pages run no inline script, so that script is a file to fetch); `stored`, that
 * script also reading and writing `localStorage`, as Closer's first frame reads its copy
 * there, so the first synchronous access is measured apart from the rest of Closer's work.
 */
export type BlankKind = 'blank' | 'scripted' | 'stored';
export const BLANK_KINDS: readonly BlankKind[] = ['blank', 'scripted', 'stored'];

const HEADING_JS = JSON.stringify(HEADING);

/** The script each kind of page runs, if any. */
const SCRIPTS: Record<BlankKind, string | undefined> = {
  blank: undefined,
  scripted: `const heading = document.createElement('h1');
heading.setAttribute('elementtiming', 'tip-title');
heading.textContent = ${HEADING_JS};
document.body.append(heading);
`,
  stored: `const heading = document.createElement('h1');
heading.setAttribute('elementtiming', 'tip-title');
heading.textContent = localStorage.getItem('bench.heading') ?? ${HEADING_JS};
localStorage.setItem('bench.heading', heading.textContent);
document.body.append(heading);
`,
};

const scriptFile = (kind: BlankKind) => `bench-blank-${kind}.js`;

/** "bench-blank" in a page's name tells the probe it is a blank page (it clicks the heading). */
export const blankPageFile = (kind: BlankKind, page: 'newtab' | 'page') => `bench-blank-${kind}-${page}.html`;

/** The page of `kind`: its heading in the HTML, or drawn by its script. */
function blankPage(kind: BlankKind, title: string): string {
  const script = SCRIPTS[kind] ? `<script src="/${scriptFile(kind)}" defer></script>` : '';
  const heading = SCRIPTS[kind] ? '' : `<h1 elementtiming="tip-title">${HEADING}</h1>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    ${script}
    <title>${title}</title>
  </head>
  <body>${heading}</body>
</html>
`;
}

function writeBlankPage(dir: string, kind: BlankKind, page: 'newtab' | 'page', title: string): void {
  writeFileSync(path.join(dir, blankPageFile(kind, page)), blankPage(kind, title));
  const script = SCRIPTS[kind];
  if (script) writeFileSync(path.join(dir, scriptFile(kind)), stampScriptStart(script));
}

/**
 * A copy of Closer's build with a blank page of each kind beside its own, so pages opened by
 * their address are all loaded from the same extension, in the same process, in the same
 * session: the strictest comparison, where nothing but the page itself differs.
 */
export function buildWithBlankPages(build: string, into: string): string {
  const dir = path.join(into, 'closer-with-blank-pages');
  cpSync(build, dir, { recursive: true });
  const firstFrame = path.join(dir, 'first-frame.js');
  writeFileSync(firstFrame, stampScriptStart(readFileSync(firstFrame, 'utf8')));
  for (const kind of BLANK_KINDS) writeBlankPage(dir, kind, 'page', 'Blank page');
  return dir;
}

/**
 * An extension whose new tab is the blank page of `kind`, so it can be opened exactly as
 * Closer's is (`chrome://newtab`: the browser resolves an override differently from a typed
 * URL), or by its own address. Like Closer it has a service worker, so its process is as
 * alive as Closer's between loads (without one, every blank tab would pay for starting a
 * process, and flatter Closer).
 */
export function blankNewTabExtension(into: string, kind: BlankKind): string {
  const dir = path.join(into, `${kind}-new-tab`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `Blank new tab (${kind})`,
      version: '1.0',
      chrome_url_overrides: { newtab: blankPageFile(kind, 'newtab') },
      background: { service_worker: 'background.js' },
    }),
  );
  writeBlankPage(dir, kind, 'newtab', 'New Tab');
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
