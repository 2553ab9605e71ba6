import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { inHerLanguage } from '@/hooks/her-language';
import { readClock } from '@/utils/days/clock';
import { t } from '@/utils/i18n/i18n';
import { languageOf } from '@/utils/i18n/language';
import { browser } from '@/utils/browser/native-browser';
import { App } from './library/App';

// library.html loads it as the other pages load theirs: one classic script, no module shells.
export default defineUnlistedScript({
  globalName: false,
  main() {
    inHerLanguage(() => {
      document.title = t('libraryTitle');
      render(
        <App year={readClock().getFullYear()} language={languageOf(t('pageLanguage'))} />,
        document.getElementById('app')!,
      );
      // Back to today's tip (Closer's own new tab page), and her settings, from the masthead.
      const nav = Object.assign(document.createElement('nav'), { className: 'page-links' });
      const today = Object.assign(document.createElement('a'), { href: '/newtab.html', text: t('libraryToday') });
      const settings = Object.assign(document.createElement('a'), { href: '/options.html', text: t('settingsLink') });
      settings.addEventListener('click', (event) => {
        event.preventDefault();
        void browser.runtime.openOptionsPage();
      });
      nav.append(today, settings);
      document.querySelector('.masthead .page-links')?.remove();
      document.querySelector('.masthead')?.append(nav);
    });
  },
});
