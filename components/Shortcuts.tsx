import type { Shortcuts as State } from '@/hooks/useShortcuts';
import { t } from '@/utils/i18n';

/**
 * Her most visited sites as real links with a letter tile each, and the one quiet button
 * that turns them on (the browser asks her then) or off. Nothing until her choice is read.
 */
export function Shortcuts({ show, sites, refused, turnOn, turnOff }: State) {
  if (show === undefined) return null;
  return (
    <>
      {show && !!sites?.length && (
        <nav aria-label={t('shortcutsLabel')}>
          <ul>
            {sites.map((site) => (
              <li key={site.url}>
                <a class="site" href={site.url}>
                  <span class="site-letter" aria-hidden="true">
                    {site.letter}
                  </span>
                  <span class="site-name">{site.name}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <button type="button" onClick={show ? turnOff : turnOn}>
        {t(show ? 'shortcutsHide' : 'shortcutsShow')}
      </button>
      <p aria-live="polite">
        {refused ? t('shortcutsRefused') : show && sites?.length === 0 ? t('shortcutsEmpty') : ''}
      </p>
    </>
  );
}
