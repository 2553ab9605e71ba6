import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';
import { browser } from '@/utils/native-browser';
import { submitSearch } from '@/utils/search';

/**
 * Her browser's own search, quiet at the top of the new tab (never focused for her: the
 * address bar keeps its focus), with the place for her most visited sites beneath it.
 * Both are in the first frame's drawing; what fills that place (`shortcuts`) never is (its
 * links would need `href`), and its height is fixed, so nothing moves when it fills.
 */
export function SearchBox({ shortcuts }: { shortcuts?: ComponentChildren }) {
  return (
    <div class="find">
      <form role="search" class="search" onSubmit={(event) => submitSearch(event, (q) => browser.search.query(q))}>
        <label for="search" class="visually-hidden">
          {t('searchLabel')}
        </label>
        <input id="search" type="search" data-testid="search" placeholder={t('searchLabel')} autocomplete="off" />
      </form>
      <div class="shortcuts">{shortcuts}</div>
    </div>
  );
}
