import { t } from '@/utils/i18n/i18n';
import { browser } from '@/utils/browser/native-browser';

/**
 * The small links to her library and her settings, added to `place` by the page's app (outside
 * the drawing the first frame copies, which holds no link). Her library opens in this tab from
 * the new tab, and in a tab of its own from the popup; her settings open as the browser's
 * options page (a plain link opens no tab from Firefox's extension pages).
 */
export function addPageLinks(place: Element | null, inPopup: boolean): void {
  const nav = Object.assign(document.createElement('nav'), { className: 'page-links' });
  const link = (href: string, text: string, open?: () => Promise<unknown>) => {
    const anchor = Object.assign(document.createElement('a'), { href, text });
    if (open)
      anchor.addEventListener('click', (event) => {
        event.preventDefault();
        void open();
      });
    nav.append(anchor);
  };
  link('/library.html', t('libraryLink'), inPopup ? () => browser.tabs.create({ url: '/library.html' }) : undefined);
  link('/options.html', t('settingsLink'), () => browser.runtime.openOptionsPage());
  place?.append(nav);
}
