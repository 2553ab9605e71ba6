import { useState } from 'preact/hooks';
import { CloserMark } from '@/components/welcome/CloserMark';
import { PinGuide } from '@/components/welcome/PinGuide';
import { ShortcutsOffer } from '@/components/welcome/ShortcutsOffer';
import { TwoQuestions } from '@/components/questions/TwoQuestions';
import type { BrowserFamily } from '@/utils/browser/browser-family';
import { t } from '@/utils/i18n/i18n';
import { browser } from '@/utils/browser/native-browser';

const OTHER: Record<BrowserFamily, BrowserFamily> = { chrome: 'firefox', firefox: 'chrome' };

/**
 * The welcome page, opened once when she installs Closer: what it is, two questions, the button
 * to her first tip (under them, in sight), how to pin its icon (her own browser's way first,
 * the other's behind a toggle), that nothing leaves her browser, and her most visited sites if
 * she wants them. Closing it loses nothing.
 */
export function App({ family, year }: { family: BrowserFamily; year: number }) {
  const [showOther, setShowOther] = useState(false);
  const other = OTHER[family];
  return (
    <main id="welcome" data-testid="welcome" class="welcome">
      <header class="welcome-intro">
        <CloserMark size={56} />
        <h1>{t('welcomeTitle')}</h1>
        <ul class="welcome-lines">
          <li>{t('welcomeLineTip')}</li>
          <li>{t('welcomeLineCheckIn')}</li>
          <li>{t('welcomeLineStreak')}</li>
        </ul>
      </header>
      <TwoQuestions year={year} />
      <div class="welcome-action">
        {/* With no address, the browser opens its new tab, which is Closer's. */}
        <button type="button" class="welcome-open" onClick={() => void browser.tabs.create({})}>
          {t('welcomeOpenTip')}
        </button>
        <p>{t('welcomeSkip')}</p>
      </div>
      <section class="welcome-pin" aria-labelledby="pin-heading">
        <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
        <p>{t('welcomePinIntro')}</p>
        <PinGuide family={family} />
        <button
          type="button"
          class="welcome-toggle"
          aria-expanded={showOther ? 'true' : 'false'}
          aria-controls="pin-other"
          onClick={() => setShowOther(!showOther)}
        >
          {t(other === 'firefox' ? 'welcomeShowFirefox' : 'welcomeShowChrome')}
        </button>
        <div id="pin-other" hidden={!showOther}>
          <PinGuide family={other} />
        </div>
      </section>
      <section class="welcome-privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('welcomePrivacyHeading')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>
      <ShortcutsOffer />
    </main>
  );
}
