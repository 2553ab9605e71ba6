import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/i18n';
import { browser } from '@/utils/browser/native-browser';
import { shortcutsShown, turnShortcutsOff, turnShortcutsOn, type ShortcutsApis } from '@/utils/browser/shortcuts';

type Status = 'off' | 'on' | 'refused' | 'just-on';

const apis = browser as unknown as ShortcutsApis;

/**
 * Her most visited sites on the new tab, offered once, on the welcome page: the browser
 * asks her when she clicks (`topSites` is optional, never asked at install).
 */
export function ShortcutsOffer() {
  const [status, setStatus] = useState<Status>('off');
  useEffect(() => {
    void shortcutsShown(apis).then((shown) => shown && setStatus('on'));
  }, []);
  const on = status === 'on' || status === 'just-on';
  const toggle = () => {
    if (on) void turnShortcutsOff(apis).then(() => setStatus('off'));
    else
      turnShortcutsOn(apis).then(
        (granted) => setStatus(granted ? 'just-on' : 'refused'),
        () => setStatus('refused'),
      );
  };
  return (
    <section class="welcome-sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('shortcutsOfferTitle')}</h2>
      <p>{t('shortcutsOfferText')}</p>
      <button type="button" class="welcome-secondary" data-testid="shortcuts-toggle" onClick={toggle}>
        {t(on ? 'shortcutsHide' : 'shortcutsShow')}
      </button>
      <p class="welcome-status" aria-live="polite">
        {status === 'just-on' ? t('shortcutsOn') : status === 'refused' ? t('shortcutsRefused') : ''}
      </p>
    </section>
  );
}
