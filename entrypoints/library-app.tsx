import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addMastheadLinks } from '@/components/page-links';
import { inHerLanguage } from '@/hooks/her-language';
import { readClock } from '@/utils/days/clock';
import { t } from '@/utils/i18n/i18n';
import { languageOf } from '@/utils/i18n/language';
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
      addMastheadLinks('library');
    });
  },
});
