import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browserFamily } from '@/utils/browser/browser-family';
import { readClock } from '@/utils/days/clock';
import { inHerLanguage } from '@/hooks/her-language';
import { t } from '@/utils/i18n/i18n';
import { App } from './welcome/App';

// welcome.html loads it as the new tab and the popup load theirs: one classic script, no module shells.
export default defineUnlistedScript({
  globalName: false,
  main() {
    inHerLanguage(() => {
      document.title = t('welcomeTitle');
      render(
        <App family={browserFamily(navigator.userAgent)} year={readClock().getFullYear()} />,
        document.getElementById('app')!,
      );
    });
  },
});
