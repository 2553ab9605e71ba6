import { t } from '@/utils/i18n/i18n';
import { browser } from '@/utils/browser/native-browser';

/** A link in `nav`; with `open`, a click runs it instead of following the link. */
function appendLink(nav: Element, href: string, text: string, open?: () => Promise<unknown>): void {
  const anchor = Object.assign(document.createElement('a'), { href, text });
  if (open)
    anchor.addEventListener('click', (event) => {
      event.preventDefault();
      void open();
    });
  nav.append(anchor);
}

const openSettings = () => browser.runtime.openOptionsPage();

/**
 * The small links to her library and her settings, added to `place` by the page's app (outside
 * the drawing the first frame copies, which holds no link). Her library opens in this tab from
 * the new tab, and in a tab of its own from the popup; her settings open as the browser's
 * options page (a plain link opens no tab from Firefox's extension pages).
 */
export function addPageLinks(place: Element | null, inPopup: boolean): void {
  const nav = Object.assign(document.createElement('nav'), { className: 'page-links' });
  appendLink(
    nav,
    '/library.html',
    t('libraryLink'),
    inPopup ? () => browser.tabs.create({ url: '/library.html' }) : undefined,
  );
  appendLink(nav, '/options.html', t('settingsLink'), openSettings);
  place?.append(nav);
}

/**
 * The masthead's links on her library and her settings, each a page in a tab of its own: back
 * to today's tip (Closer's new tab page), and to the other one.
 */
export function addMastheadLinks(page: 'library' | 'settings'): void {
  const nav = Object.assign(document.createElement('nav'), { className: 'page-links' });
  appendLink(nav, '/newtab.html', t('libraryToday'));
  if (page === 'library') appendLink(nav, '/options.html', t('settingsLink'), openSettings);
  else appendLink(nav, '/library.html', t('libraryLink'));
  document.querySelector('.masthead .page-links')?.remove();
  document.querySelector('.masthead')?.append(nav);
}
