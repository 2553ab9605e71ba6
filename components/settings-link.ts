import { t } from '@/utils/i18n';
import { browser } from '@/utils/native-browser';

/**
 * The small link to her settings, added to `place` by the page's app (outside the drawing the
 * first frame copies, which holds no link). The browser opens them as its options page, in a
 * tab of their own (a plain link opens no tab from Firefox's extension pages).
 */
export function addSettingsLink(place: Element | null): void {
  const link = Object.assign(document.createElement('a'), { href: '/options.html', text: t('settingsLink') });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  place?.append(link);
}
