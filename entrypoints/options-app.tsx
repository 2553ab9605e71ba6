import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addMastheadLinks } from '@/components/page-links';
import { inHerLanguage } from '@/hooks/her-language';
import { readClock } from '@/utils/days/clock';
import { t } from '@/utils/i18n/i18n';
import { App } from './options/App';

// options.html loads it as the other pages load theirs: one classic script, no module shells.
export default defineUnlistedScript({
  globalName: false,
  main() {
    inHerLanguage(() => {
      document.title = t('settingsTitle');
      render(<App year={readClock().getFullYear()} />, document.getElementById('app')!);
      addMastheadLinks('settings');
    });
  },
});
